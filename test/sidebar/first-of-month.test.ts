import { describe, expect, it } from 'vitest';
import { createI18n } from '../../sidebar/src/i18n/i18n.tsx';

describe('dates in the sidebar', () => {
  it('write the first of the month "1er" in French, as the messages do', () => {
    expect(createI18n('fr').date('2026-03-01')).toBe('1er mars 2026');
    expect(createI18n('fr').date('2026-03-11')).toBe('11 mars 2026');
    expect(createI18n('en').date('2026-03-01')).not.toContain('1er');
  });
});
