import { describe, expect, it } from 'vitest';
import {
  currencySymbol,
  formatMoney,
  formatMoneyTotals,
} from '../../../src/core/templates/money-format.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatMoney in French', () => {
  it('groups thousands with a narrow no-break space and puts € after a no-break space', () => {
    expect(formatMoney(123456, 'EUR', 'fr')).toBe(`1${NNBSP}234,56${NBSP}€`);
  });

  it('writes small, round and large amounts with two decimals', () => {
    expect(formatMoney(4000, 'EUR', 'fr')).toBe(`40,00${NBSP}€`);
    expect(formatMoney(5, 'EUR', 'fr')).toBe(`0,05${NBSP}€`);
    expect(formatMoney(0, 'EUR', 'fr')).toBe(`0,00${NBSP}€`);
    expect(formatMoney(123456789012, 'EUR', 'fr')).toBe(
      `1${NNBSP}234${NNBSP}567${NNBSP}890,12${NBSP}€`,
    );
  });

  it('uses the French symbols for other currencies and the ISO code otherwise', () => {
    expect(formatMoney(123456, 'USD', 'fr')).toBe(`1${NNBSP}234,56${NBSP}$US`);
    expect(formatMoney(123456, 'GBP', 'fr')).toBe(`1${NNBSP}234,56${NBSP}£`);
    expect(formatMoney(123456, 'CHF', 'fr')).toBe(`1${NNBSP}234,56${NBSP}CHF`);
    expect(formatMoney(123456, 'CAD', 'fr')).toBe(`1${NNBSP}234,56${NBSP}$CA`);
    expect(formatMoney(123456, 'sek', 'fr')).toBe(`1${NNBSP}234,56${NBSP}SEK`);
  });

  it('puts a hyphen-minus before a negative amount', () => {
    expect(formatMoney(-123456, 'EUR', 'fr')).toBe(`-1${NNBSP}234,56${NBSP}€`);
  });
});

describe('formatMoney in English', () => {
  it('writes €1,234.56 with the symbol first and no space', () => {
    expect(formatMoney(123456, 'EUR', 'en')).toBe('€1,234.56');
    expect(formatMoney(123456, 'GBP', 'en')).toBe('£1,234.56');
    expect(formatMoney(123456, 'USD', 'en')).toBe('$1,234.56');
    expect(formatMoney(123456, 'CAD', 'en')).toBe('CA$1,234.56');
    expect(formatMoney(99, 'EUR', 'en')).toBe('€0.99');
  });

  it('separates a symbol made of letters with a no-break space', () => {
    expect(formatMoney(123456, 'CHF', 'en')).toBe(`CHF${NBSP}1,234.56`);
    expect(formatMoney(100000000, 'NOK', 'en')).toBe(`NOK${NBSP}1,000,000.00`);
  });

  it('rounds a fractional cent value to the nearest cent', () => {
    expect(formatMoney(999.5, 'EUR', 'en')).toBe('€10.00');
    expect(formatMoney(-123456, 'EUR', 'en')).toBe('-€1,234.56');
  });
});

describe('currencySymbol', () => {
  it('falls back to the upper-case ISO code', () => {
    expect(currencySymbol('jpy', 'en')).toBe('JPY');
    expect(currencySymbol('EUR', 'fr')).toBe('€');
  });
});

describe('formatMoneyTotals', () => {
  it('sums per currency in order of first appearance', () => {
    const amounts = [
      { cents: 120000, currency: 'EUR' },
      { cents: 30000, currency: 'GBP' },
      { cents: 4000, currency: 'EUR' },
    ];
    expect(formatMoneyTotals(amounts, 'en', 'EUR')).toBe('€1,240.00 + £300.00');
  });

  it('shows a zero in the given currency when there is nothing to add', () => {
    expect(formatMoneyTotals([], 'fr', 'EUR')).toBe(`0,00${NBSP}€`);
  });
});
