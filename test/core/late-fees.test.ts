import { describe, expect, it } from 'vitest';
import { jurisdictionOf, lateFees } from '../../src/core/late-fees.ts';
import type { Settings } from '../../src/core/settings.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import { day, invoice } from './fixtures/invoices.ts';

const settings = DEFAULT_SETTINGS;

describe('jurisdictionOf', () => {
  it('follows the client’s country and kind, the settings’ country by default', () => {
    const base = { number: 'F-2026-050', client: 'Studio Nord', dueDate: '2026-03-02' };
    expect(jurisdictionOf(invoice(base), settings)).toBe('fr_b2b');
    expect(jurisdictionOf(invoice({ ...base, customerKind: 'b2c' }), settings)).toBe('fr_b2c');
    expect(jurisdictionOf(invoice({ ...base, country: 'BE' }), settings)).toBe('eu_b2b');
    expect(jurisdictionOf(invoice({ ...base, country: 'GB' }), settings)).toBe('uk_b2b');
    expect(jurisdictionOf(invoice({ ...base, country: 'DE', customerKind: 'b2c' }), settings)).toBe(
      'none',
    );
    expect(jurisdictionOf(invoice({ ...base, country: 'CH' }), settings)).toBe('none');
    expect(jurisdictionOf(invoice({ ...base, country: 'US' }), settings)).toBe('none');
  });
});

describe('lateFees, French business client', () => {
  it('reproduces the worked example: €1,000, 30 days late at 12.15% gives €9.99', () => {
    // Due 31 January 2026; 30 days counted from 1 February to 2 March, all in H1 2026.
    const inv = invoice({
      number: 'F-2026-001',
      client: 'Agence Horizon',
      dueDate: '2026-01-31',
      amountCents: 100_000,
    });
    const fees = lateFees(inv, day('2026-03-02'), settings);
    expect(fees).toEqual({
      jurisdiction: 'fr_b2b',
      daysLate: 30,
      interestCents: 999,
      indemnityCents: 4_000,
      indemnityCurrency: 'EUR',
      ratePercents: [{ from: '2026-02-01', to: '2026-03-02', days: 30, percent: 12.15 }],
      totalWithPenaltiesCents: 100_000 + 999 + 4_000,
    });
  });

  it('splits a delay that crosses 1 January by half-year', () => {
    const inv = invoice({
      number: 'F-2025-118',
      client: 'Agence Horizon',
      dueDate: '2025-12-16',
      amountCents: 365_000,
    });
    const fees = lateFees(inv, day('2026-01-15'), settings);
    expect(fees.ratePercents).toEqual([
      { from: '2025-12-17', to: '2025-12-31', days: 15, percent: 12.15 },
      { from: '2026-01-01', to: '2026-01-15', days: 15, percent: 12.15 },
    ]);
    // 3,650 € × 12.15 % × 30 / 365 = 36.45 €
    expect(fees.interestCents).toBe(3_645);
  });

  it('uses the contract rate instead of the statutory one', () => {
    const inv = invoice({
      number: 'F-2026-001',
      client: 'Agence Horizon',
      dueDate: '2026-01-31',
      amountCents: 100_000,
    });
    const withContract: Settings = {
      ...settings,
      lateFees: { ...settings.lateFees, contractRatePercent: 10 },
    };
    const fees = lateFees(inv, day('2026-03-02'), withContract);
    expect(fees.ratePercents.map((r) => r.percent)).toEqual([10]);
    expect(fees.interestCents).toBe(822); // 1,000 € × 10 % × 30 / 365 = 8.219 €
  });

  it('charges interest on the balance but the full €40 after a partial payment', () => {
    const inv = invoice({
      number: 'F-2026-004',
      client: 'Maison Dupuis',
      dueDate: '2026-01-31',
      amountCents: 200_000,
      amountPaidCents: 100_000,
    });
    const fees = lateFees(inv, day('2026-03-02'), settings);
    expect(fees.interestCents).toBe(999);
    expect(fees.indemnityCents).toBe(4_000);
    expect(fees.totalWithPenaltiesCents).toBe(100_000 + 999 + 4_000);
  });

  it('says the rate is unknown rather than guess a half-year missing from the settings', () => {
    // H1 2025 is not in the default data: the ECB point starts on 11 June 2025.
    const inv = invoice({
      number: 'F-2025-030',
      client: 'Studio Nord',
      dueDate: '2025-05-30',
      amountCents: 100_000,
    });
    const fees = lateFees(inv, day('2025-07-15'), settings);
    expect(fees.interestCents).toBeNull();
    expect(fees.totalWithPenaltiesCents).toBeNull();
    expect(fees.ratePercents.map((r) => r.percent)).toEqual([null, 12.15]);
    expect(fees.note?.code).toBe('rate_unknown');
    expect(fees.note?.en).toContain('settings');
  });

  it('does not assume the ECB rate of H1 2026 still held on 1 July 2026', () => {
    // Today 25 November 2026: the delay runs in H2 2026, whose reference is the ECB rate in force
    // on 1 July 2026. The default data is only verified through H1 2026 (DOMAIN.md).
    const inv = invoice({
      number: 'F-2026-188',
      client: 'Agence Horizon',
      dueDate: '2026-10-01',
      amountCents: 250_000,
    });
    const fees = lateFees(inv, day('2026-11-25'), settings);
    expect(fees.ratePercents).toEqual([
      { from: '2026-10-02', to: '2026-11-25', days: 55, percent: null },
    ]);
    expect(fees.interestCents).toBeNull();
    expect(fees.totalWithPenaltiesCents).toBeNull();
    expect(fees.note?.code).toBe('rate_unknown');
    // The €40 is owed whatever the rate.
    expect(fees.indemnityCents).toBe(4_000);
  });

  it('uses a rate the user added for H2 2026', () => {
    const inv = invoice({
      number: 'F-2026-188',
      client: 'Agence Horizon',
      dueDate: '2026-10-01',
      amountCents: 250_000,
    });
    const updated: Settings = {
      ...settings,
      lateFees: {
        ...settings.lateFees,
        rates: [
          ...settings.lateFees.rates,
          { series: 'ecb_mro', from: '2026-06-10', percent: 2, source: 'BCE, décision de juin' },
        ],
      },
    };
    const fees = lateFees(inv, day('2026-11-25'), updated);
    expect(fees.ratePercents.map((r) => r.percent)).toEqual([12]);
    // 2,500 € × 12 % × 55 / 365 = 45.205 €
    expect(fees.interestCents).toBe(4_521);
  });

  it('splits a delay that crosses 1 July 2026 into a known and an unknown half-year', () => {
    const inv = invoice({
      number: 'F-2026-101',
      client: 'Studio Nord',
      dueDate: '2026-06-15',
      amountCents: 100_000,
    });
    const fees = lateFees(inv, day('2026-07-10'), settings);
    expect(fees.ratePercents).toEqual([
      { from: '2026-06-16', to: '2026-06-30', days: 15, percent: 12.15 },
      { from: '2026-07-01', to: '2026-07-10', days: 10, percent: null },
    ]);
    expect(fees.interestCents).toBeNull();
  });

  it('owes nothing before or on the due date', () => {
    const inv = invoice({ number: 'F-2026-060', client: 'Studio Nord', dueDate: '2026-03-02' });
    expect(lateFees(inv, day('2026-03-02'), settings)).toMatchObject({
      daysLate: 0,
      interestCents: 0,
      indemnityCents: 0,
    });
  });

  it('counts up to the payment date for an invoice paid late', () => {
    const inv = invoice({
      number: 'F-2026-001',
      client: 'Agence Horizon',
      dueDate: '2026-01-31',
      amountCents: 100_000,
      amountPaidCents: 100_000,
      paidDate: '2026-03-02',
    });
    const fees = lateFees(inv, day('2026-06-30'), settings);
    expect(fees.daysLate).toBe(30);
    expect(fees.interestCents).toBe(999);
  });
});

describe('lateFees, French consumer', () => {
  const inv = invoice({
    number: 'F-2026-070',
    client: 'Julie Moreau',
    dueDate: '2026-01-31',
    amountCents: 100_000,
    customerKind: 'b2c',
  });

  it('has no indemnity and no interest before a formal notice', () => {
    const fees = lateFees(inv, day('2026-03-02'), settings);
    expect(fees).toMatchObject({
      jurisdiction: 'fr_b2c',
      interestCents: 0,
      indemnityCents: 0,
      indemnityCurrency: null,
    });
    expect(fees.note?.code).toBe('no_formal_notice');
  });

  it('runs the legal rate for consumers from the notice', () => {
    const fees = lateFees(inv, day('2026-03-02'), settings, 'fr_b2c', {
      noticeDate: day('2026-02-20'),
    });
    // 1,000 € × 6.67 % × 10 / 365 = 1.827 €
    expect(fees.ratePercents).toEqual([
      { from: '2026-02-21', to: '2026-03-02', days: 10, percent: 6.67 },
    ]);
    expect(fees.interestCents).toBe(183);
  });

  it('does not apply a consumer legal rate to a half-year the decree did not cover', () => {
    const fees = lateFees(inv, day('2026-07-10'), settings, 'fr_b2c', {
      noticeDate: day('2026-06-20'),
    });
    expect(fees.ratePercents.map((r) => r.percent)).toEqual([6.67, null]);
    expect(fees.interestCents).toBeNull();
  });
});

describe('lateFees, EU and UK business clients', () => {
  it('applies ECB + 8 points and €40 to a Belgian business', () => {
    const inv = invoice({
      number: 'F-2026-080',
      client: 'Brasserie Dupont',
      dueDate: '2026-01-31',
      amountCents: 100_000,
      country: 'BE',
    });
    const fees = lateFees(inv, day('2026-03-02'), settings);
    expect(fees.ratePercents.map((r) => r.percent)).toEqual([10.15]);
    expect(fees.interestCents).toBe(834); // 1,000 € × 10.15 % × 30 / 365 = 8.342 €
    expect(fees.indemnityCents).toBe(4_000);
  });

  it('does not apply the ECB rate to a business in an EU state outside the euro area', () => {
    // Directive 2011/7/EU art. 2(7)(b): there the reference is the national central bank's rate.
    const inv = invoice({
      number: 'F-2026-084',
      client: 'Drukarnia Kowalski sp. z o.o.',
      dueDate: '2026-01-31',
      amountCents: 400_000,
      currency: 'PLN',
      country: 'PL',
    });
    const fees = lateFees(inv, day('2026-03-02'), settings);
    expect(fees.jurisdiction).toBe('eu_b2b');
    expect(fees.interestCents).toBeNull();
    expect(fees.note?.code).toBe('rate_unknown');
    const withNbp: Settings = {
      ...settings,
      lateFees: {
        ...settings.lateFees,
        rates: [
          ...settings.lateFees.rates,
          { series: 'ncb_pl', from: '2025-11-06', percent: 4.25, source: 'NBP reference rate' },
        ],
      },
    };
    expect(lateFees(inv, day('2026-03-02'), withNbp).ratePercents.map((r) => r.percent)).toEqual([
      12.25,
    ]);
  });

  it('treats Bulgaria as a euro-area state from 1 January 2026', () => {
    const inv = invoice({
      number: 'F-2026-086',
      client: 'Sofia Design OOD',
      dueDate: '2026-01-31',
      amountCents: 100_000,
      country: 'BG',
    });
    expect(lateFees(inv, day('2026-03-02'), settings).ratePercents.map((r) => r.percent)).toEqual([
      10.15,
    ]);
  });

  it('does not assume the Bank of England rate of 31 December 2025 still held on 30 June 2026', () => {
    const inv = invoice({
      number: 'F-2026-091',
      client: 'Harper & Lane Ltd',
      dueDate: '2026-09-30',
      amountCents: 250_000,
      currency: 'GBP',
      country: 'GB',
    });
    const fees = lateFees(inv, day('2026-11-25'), settings);
    expect(fees.interestCents).toBeNull();
    expect(fees.indemnityCents).toBe(7_000);
  });

  it('applies the base rate of 31 December + 8 points and £70 to a £2,500 debt', () => {
    const inv = invoice({
      number: 'F-2026-090',
      client: 'Harper & Lane Ltd',
      dueDate: '2026-01-31',
      amountCents: 250_000,
      currency: 'GBP',
      country: 'GB',
    });
    const fees = lateFees(inv, day('2026-03-02'), settings);
    expect(fees.ratePercents.map((r) => r.percent)).toEqual([11.75]);
    expect(fees.indemnityCents).toBe(7_000);
    expect(fees.indemnityCurrency).toBe('GBP');
    expect(fees.totalWithPenaltiesCents).toBe(250_000 + (fees.interestCents ?? 0) + 7_000);
  });

  it('scales the UK compensation with the debt', () => {
    const at = (amountCents: number) =>
      lateFees(
        invoice({
          number: 'F',
          client: 'Harper & Lane Ltd',
          dueDate: '2026-01-31',
          amountCents,
          currency: 'GBP',
          country: 'GB',
        }),
        day('2026-03-02'),
        settings,
      ).indemnityCents;
    expect([at(99_999), at(100_000), at(999_999), at(1_000_000)]).toEqual([
      4_000, 7_000, 7_000, 10_000,
    ]);
  });

  it('keeps a euro indemnity out of a dollar total', () => {
    const inv = invoice({
      number: 'F-2026-095',
      client: 'Studio Nord',
      dueDate: '2026-01-31',
      amountCents: 100_000,
      currency: 'USD',
    });
    const fees = lateFees(inv, day('2026-03-02'), settings);
    expect(fees.totalWithPenaltiesCents).toBe(100_000 + 999);
    expect(fees.note?.code).toBe('indemnity_in_other_currency');
  });

  it('computes nothing where no statutory regime is known', () => {
    const inv = invoice({
      number: 'F-2026-099',
      client: 'Acme Inc',
      dueDate: '2026-01-31',
      country: 'US',
    });
    const fees = lateFees(inv, day('2026-03-02'), settings);
    expect(fees).toMatchObject({ jurisdiction: 'none', interestCents: 0, indemnityCents: 0 });
    expect(fees.note?.code).toBe('no_statutory_regime');
  });
});
