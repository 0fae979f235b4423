import { describe, expect, it } from 'vitest';
import { parseYesNo } from '../../../src/core/parse/yes-no.ts';

describe('parseYesNo', () => {
  it.each(['oui', 'Oui', 'OUI ', 'yes', 'x', 'X', 'TRUE', 'vrai', '1', '✓', '✔'])(
    '%j is yes',
    (t) => {
      expect(parseYesNo(t)).toBe(true);
    },
  );

  it.each(['non', 'No', 'false', 'FAUX', '0', '', '  ', '-'])('%j is no', (t) => {
    expect(parseYesNo(t)).toBe(false);
  });

  it('reads checkboxes and 1/0 numbers', () => {
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
    expect(parseYesNo(1)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
    expect(parseYesNo(2)).toBeNull();
  });

  it('does not guess for other text', () => {
    expect(parseYesNo('peut-être')).toBeNull();
  });
});
