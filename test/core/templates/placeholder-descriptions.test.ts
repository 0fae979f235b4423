import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_DESCRIPTIONS } from '../../../src/core/templates/placeholder-descriptions.ts';
import { PLACEHOLDER_NAMES } from '../../../src/core/templates/placeholders.ts';

describe('the palette of placeholders', () => {
  it('describes every placeholder the templates accept, and nothing else, in both languages', () => {
    expect(Object.keys(PLACEHOLDER_DESCRIPTIONS).sort()).toEqual([...PLACEHOLDER_NAMES].sort());
    for (const description of Object.values(PLACEHOLDER_DESCRIPTIONS)) {
      expect(description.fr.length).toBeGreaterThan(3);
      expect(description.en.length).toBeGreaterThan(3);
    }
  });
});
