import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/core/parse/amount.ts';

describe('parseAmount', () => {
  it.each([
    ['1 234,56 €', 123456, 'EUR'],
    ['1\u00a0234,56', 123456, null],
    ['1\u202f234,56\u00a0€', 123456, 'EUR'],
    ['1,234.56', 123456, null],
    ['1.234,56', 123456, null],
    ['1.234.567,89 EUR', 123456789, 'EUR'],
    ['EUR 1234', 123400, 'EUR'],
    ['€1,234.56', 123456, 'EUR'],
    ['$1,200', 120000, 'USD'],
    ['£ 95.50', 9550, 'GBP'],
    ["1'250.00 CHF", 125000, 'CHF'],
    ['CHF 1 200.-', 120000, 'CHF'],
    ['850 euros', 85000, 'EUR'],
    ['1 500 € TTC', 150000, 'EUR'],
    ['12,5', 1250, null],
    ['0,50', 50, null],
    ['  720  ', 72000, null],
    ['-120', -12000, null],
    ['(1 200,00 €)', -120000, 'EUR'],
    ['-€50', -5000, 'EUR'],
  ])('reads %j as %i cents (%s)', (text, cents, currency) => {
    expect(parseAmount(text)).toEqual({ cents, currency });
  });

  it('reads number cells, rounding binary noise to the cent', () => {
    expect(parseAmount(1234.56)).toEqual({ cents: 123456, currency: null });
    expect(parseAmount(0.1 + 0.2)).toEqual({ cents: 30, currency: null });
    expect(parseAmount(1234.565)).toEqual({ cents: 123457, currency: null });
  });

  it('reads a lone separator followed by three digits as thousands: money has two decimals', () => {
    expect(parseAmount('1,200')?.cents).toBe(120000);
    expect(parseAmount('12.500')?.cents).toBe(1250000);
    expect(parseAmount('0,500')?.cents).toBe(50);
    expect(parseAmount('1234.567')?.cents).toBe(123457);
  });

  it('takes a bare $ as the user currency when that is a dollar, else USD', () => {
    expect(parseAmount('$1,200', 'CAD')?.currency).toBe('CAD');
    expect(parseAmount('$1,200', 'EUR')?.currency).toBe('USD');
    expect(parseAmount('CA$ 80')?.currency).toBe('CAD');
  });

  it.each(['abc', '12 abc', '€', '1,23,456', '100 EUE', 'USD 100 €', '--5', '1.2.3', ''])(
    'rejects %j',
    (text) => {
      expect(parseAmount(text)).toBeNull();
    },
  );

  it('rejects what is not a number or text', () => {
    expect(parseAmount(true)).toBeNull();
    expect(parseAmount(new Date())).toBeNull();
    expect(parseAmount(Number.NaN)).toBeNull();
    expect(parseAmount(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseAmount(1e20)).toBeNull();
  });
});
