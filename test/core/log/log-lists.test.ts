import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCell, splitList } from '../../../src/core/log/log-rows.ts';

describe('lists in a log cell', () => {
  it('reads back plain numbers written the usual way', () => {
    expect(listCell(['F-2026-014', 'F-2026-015'])).toBe('F-2026-014, F-2026-015');
    expect(splitList('F-2026-014, F-2026-015')).toEqual(['F-2026-014', 'F-2026-015']);
  });

  it('keeps a number holding a separator whole', () => {
    const cell = listCell(['F-2026-001, avoir', 'F-2026-002']);
    expect(splitList(cell)).toEqual(['F-2026-001, avoir', 'F-2026-002']);
  });

  it('still reads rows written before lists were encoded, and hand-typed ones', () => {
    expect(splitList('F-1; F-2\nF-3')).toEqual(['F-1', 'F-2', 'F-3']);
    expect(splitList('[brouillon')).toEqual(['[brouillon']);
  });

  it('round-trips any list of trimmed, non-empty texts', () => {
    const item = fc
      .string({ minLength: 1 })
      .map((t) => t.trim())
      .filter((t) => t !== '');
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), (items) => {
        expect(splitList(listCell(items))).toEqual(items);
      }),
    );
  });
});
