import { describe, expect, it } from 'vitest';
import { parseCurrency } from '../../../src/core/parse/currency.ts';

describe('parseCurrency', () => {
  it.each([
    ['€', 'EUR'],
    ['EUR', 'EUR'],
    ['eur', 'EUR'],
    ['Euros', 'EUR'],
    ['$', 'USD'],
    ['USD', 'USD'],
    ['US$', 'USD'],
    ['£', 'GBP'],
    ['GBP', 'GBP'],
    ['CHF', 'CHF'],
    ['Fr.', 'CHF'],
    ['CAD', 'CAD'],
    ['C$', 'CAD'],
    ['JPY', 'JPY'],
    [' sek ', 'SEK'],
  ])('%j is %s', (text, code) => {
    expect(parseCurrency(text)).toBe(code);
  });

  it('a bare $ follows the user currency when it is a dollar', () => {
    expect(parseCurrency('$', 'CAD')).toBe('CAD');
    expect(parseCurrency('$', 'AUD')).toBe('AUD');
    expect(parseCurrency('$', 'EUR')).toBe('USD');
  });

  it.each(['EUE', 'XYZ', 'euro-dollar', '', 'kr'])('does not invent a currency for %j', (text) => {
    expect(parseCurrency(text)).toBeNull();
  });
});
