import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { formulaErrorOf, isBlankCell, isDateCell } from '../../../src/core/parse/cell.ts';

describe('cells as getValues() returns them', () => {
  it('blank means empty, only spaces (no-break ones too), null or missing', () => {
    for (const cell of ['', '   ', '\u00a0\t', null, undefined])
      expect(isBlankCell(cell)).toBe(true);
    for (const cell of ['x', 0, false, new Date(0)]) expect(isBlankCell(cell)).toBe(false);
  });

  it('recognises a Date from another realm (the offline runtime builds cells in its own context)', () => {
    const foreign: unknown = runInNewContext('new Date(Date.UTC(2026, 2, 12))');
    expect(foreign instanceof Date).toBe(false);
    expect(isDateCell(foreign)).toBe(true);
    expect(isDateCell('2026-03-12')).toBe(false);
    expect(isDateCell({ getTime: () => 0 })).toBe(false);
  });

  it('names formula errors and nothing else', () => {
    expect(formulaErrorOf('#N/A')).toBe('#N/A');
    expect(formulaErrorOf(' #REF! ')).toBe('#REF!');
    expect(formulaErrorOf('#div/0!')).toBe('#DIV/0!');
    expect(formulaErrorOf('#1 client')).toBeNull();
    expect(formulaErrorOf('F-2026-014')).toBeNull();
    expect(formulaErrorOf(42)).toBeNull();
  });
});
