import { describe, expect, it } from 'vitest';
import { contractRateFloor, jurisdictionOf, lateFees } from '../../src/core/late-fees.ts';
import { BUILT_IN_RATES } from '../../src/core/rates/rate-history.ts';
import type { RatePoint, Settings } from '../../src/core/settings.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import { day, type InvoiceSpec, invoice } from './fixtures/invoices.ts';

function settingsWith(patch: {
  establishment?: string;
  contractRatePercent?: number | null;
  rates?: readonly RatePoint[];
}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    establishment: patch.establishment ?? 'FR',
    lateFees: {
      contractRatePercent: patch.contractRatePercent ?? null,
      rates: patch.rates ?? [],
    },
  };
}

/** What the monthly refresh stores after reading the ECB in December 2026 (no change since June 2025). */
const FETCHED_ECB: readonly RatePoint[] = [
  {
    series: 'ecb_mro',
    from: '2025-06-11',
    percent: 2.15,
    source: 'ECB Data Portal FM.B.U2.EUR.4F.KR.MRR_FR.LEV, fetched 2026-12-01',
    until: '2026-12-01',
  },
];

interface Case {
  readonly name: string;
  readonly arithmetic: string;
  readonly invoice: Omit<InvoiceSpec, 'number' | 'client'>;
  readonly today: string;
  readonly settings?: Parameters<typeof settingsWith>[0];
  readonly noticeDate?: string;
  readonly fetched?: readonly RatePoint[];
  readonly jurisdiction: string;
  /** Interest in cents, or null when the law or the data refuse a figure. */
  readonly interestCents: number | null;
  readonly indemnityCents: number;
}

/**
 * Hand-computed cases. Simple interest = principal × annual rate × days / 365, days counted from
 * the day after the due date (or after the formal notice) to the stated date, both included.
 */
const CASES: readonly Case[] = [
  {
    name: 'FR B2B, the Bpifrance worked example',
    arithmetic: '1,000 × 12.15% (ECB 2.15 on 1 Jan 2026 + 10) × 30 (1 Feb–2 Mar) / 365 = 9.986',
    invoice: { dueDate: '2026-01-31', amountCents: 100_000 },
    today: '2026-03-02',
    jurisdiction: 'fr_b2b',
    interestCents: 999,
    indemnityCents: 4_000,
  },
  {
    name: 'FR B2B across 1 January 2026, same rate both sides',
    arithmetic: '3,650 × 12.15% × (15 + 15) / 365 = 36.45',
    invoice: { dueDate: '2025-12-16', amountCents: 365_000 },
    today: '2026-01-15',
    jurisdiction: 'fr_b2b',
    interestCents: 3_645,
    indemnityCents: 4_000,
  },
  {
    name: 'FR B2B across 1 January 2025, the rate changes',
    arithmetic:
      '10,000 × 14.25% (4.25 + 10) × 30 (2–31 Dec) / 365 = 117.123; + 10,000 × 13.15% (3.15 + 10) × 31 / 365 = 111.685; = 228.808',
    invoice: { dueDate: '2024-12-01', amountCents: 1_000_000 },
    today: '2025-01-31',
    jurisdiction: 'fr_b2b',
    interestCents: 22_881,
    indemnityCents: 4_000,
  },
  {
    name: 'FR B2B in H1 2023',
    arithmetic: '2,000 × 12.50% (ECB 2.50 on 1 Jan 2023 + 10) × 30 (April) / 365 = 20.548',
    invoice: { dueDate: '2023-03-31', amountCents: 200_000 },
    today: '2023-04-30',
    jurisdiction: 'fr_b2b',
    interestCents: 2_055,
    indemnityCents: 4_000,
  },
  {
    name: 'FR B2B in 2021, ECB at 0%',
    arithmetic: '5,000 × 10% (0 + 10) × 31 (March) / 365 = 42.466',
    invoice: { dueDate: '2021-02-28', amountCents: 500_000 },
    today: '2021-03-31',
    jurisdiction: 'fr_b2b',
    interestCents: 4_247,
    indemnityCents: 4_000,
  },
  {
    name: 'FR B2B across 1 July 2023',
    arithmetic:
      '8,000 × 12.50% × 15 / 365 = 41.096; + 8,000 × 14.00% (4.00 + 10) × 15 / 365 = 46.027; = 87.123',
    invoice: { dueDate: '2023-06-15', amountCents: 800_000 },
    today: '2023-07-15',
    jurisdiction: 'fr_b2b',
    interestCents: 8_712,
    indemnityCents: 4_000,
  },
  {
    name: 'FR B2B in H2 2026 without refreshed data: unknown, not guessed',
    arithmetic: 'the ECB rate of 1 July 2026 is not in the built-in data (confirmed to 5 Feb 2026)',
    invoice: { dueDate: '2026-06-30', amountCents: 100_000 },
    today: '2026-07-30',
    jurisdiction: 'fr_b2b',
    interestCents: null,
    indemnityCents: 4_000,
  },
  {
    name: 'FR B2B in H2 2026 after the monthly refresh',
    arithmetic:
      '1,000 × 12.15% (fetched ECB 2.15, known to 1 Dec 2026, + 10) × 30 (July) / 365 = 9.986',
    invoice: { dueDate: '2026-06-30', amountCents: 100_000 },
    today: '2026-07-30',
    fetched: FETCHED_ECB,
    jurisdiction: 'fr_b2b',
    interestCents: 999,
    indemnityCents: 4_000,
  },
  {
    name: 'FR B2B after a partial payment: interest on the balance, full €40',
    arithmetic: '(3,000 − 1,000) × 12.15% × 30 / 365 = 19.973',
    invoice: { dueDate: '2026-01-31', amountCents: 300_000, amountPaidCents: 100_000 },
    today: '2026-03-02',
    jurisdiction: 'fr_b2b',
    interestCents: 1_997,
    indemnityCents: 4_000,
  },
  {
    name: 'FR B2B paid late: counted to the payment date',
    arithmetic: '1,000 × 12.15% (ECB 2.15 on 1 Jul 2025 + 10) × 30 (1–30 Oct) / 365 = 9.986',
    invoice: {
      dueDate: '2025-09-30',
      amountCents: 100_000,
      amountPaidCents: 100_000,
      paidDate: '2025-10-30',
      status: 'paid',
    },
    today: '2025-12-01',
    jurisdiction: 'fr_b2b',
    interestCents: 999,
    indemnityCents: 4_000,
  },
  {
    name: 'FR B2B contract rate above the floor',
    arithmetic: 'floor 3 × 2.62 = 7.86 ≤ 15; 1,000 × 15% × 30 / 365 = 12.329',
    invoice: { dueDate: '2026-01-31', amountCents: 100_000 },
    today: '2026-03-02',
    settings: { contractRatePercent: 15 },
    jurisdiction: 'fr_b2b',
    interestCents: 1_233,
    indemnityCents: 4_000,
  },
  {
    name: 'FR B2B contract rate below 3 × the legal rate: refused',
    arithmetic: '5 < 3 × 2.62 = 7.86 (L441-10 II)',
    invoice: { dueDate: '2026-01-31', amountCents: 100_000 },
    today: '2026-03-02',
    settings: { contractRatePercent: 5 },
    jurisdiction: 'fr_b2b',
    interestCents: null,
    indemnityCents: 4_000,
  },
  {
    name: 'FR consumer, the creditor’s legal rate (autres cas) from the notice',
    arithmetic:
      '10,000 × 2.76% × 46 (16 Nov–31 Dec) / 365 = 34.784; + 10,000 × 2.62% × 46 (1 Jan–15 Feb) / 365 = 33.019; = 67.803',
    invoice: { dueDate: '2025-10-15', amountCents: 1_000_000, customerKind: 'b2c' },
    today: '2026-02-15',
    noticeDate: '2025-11-15',
    jurisdiction: 'fr_b2c',
    interestCents: 6_780,
    indemnityCents: 0,
  },
  {
    name: 'FR consumer in 2024, across 1 July',
    arithmetic:
      '4,000 × 5.07% × 30 (June) / 365 = 16.668; + 4,000 × 4.92% × 30 (1–30 Jul) / 365 = 16.175; = 32.844',
    invoice: { dueDate: '2024-04-30', amountCents: 400_000, customerKind: 'b2c' },
    today: '2024-07-30',
    noticeDate: '2024-05-31',
    jurisdiction: 'fr_b2c',
    interestCents: 3_284,
    indemnityCents: 0,
  },
  {
    name: 'FR consumer before any formal notice',
    arithmetic: 'Code civil 1231-6: nothing runs before the notice',
    invoice: { dueDate: '2026-01-31', amountCents: 100_000, customerKind: 'b2c' },
    today: '2026-03-02',
    jurisdiction: 'fr_b2c',
    interestCents: 0,
    indemnityCents: 0,
  },
  {
    name: 'French freelancer, Belgian business client: French law (Rome I art. 4)',
    arithmetic: '1,000 × 12.15% (ECB + 10, not + 8) × 30 / 365 = 9.986',
    invoice: { dueDate: '2026-01-31', amountCents: 100_000, country: 'BE' },
    today: '2026-03-02',
    jurisdiction: 'fr_b2b',
    interestCents: 999,
    indemnityCents: 4_000,
  },
  {
    name: 'UK freelancer: one rate for the whole debt, no split at 1 January',
    arithmetic:
      '10,000 × 12.25% (Bank Rate 4.25 on 30 Jun 2025 + 8) × 166 (1 Oct–15 Mar) / 365 = 557.123',
    invoice: { dueDate: '2025-09-30', amountCents: 1_000_000, currency: 'GBP' },
    today: '2026-03-15',
    settings: { establishment: 'GB' },
    jurisdiction: 'uk_b2b',
    interestCents: 55_712,
    indemnityCents: 10_000,
  },
  {
    name: 'UK, interest starting 1 January reads 31 December',
    arithmetic:
      '5,000 × 12.75% (4.75 on 31 Dec 2024 + 8) × 60 (1 Jan–1 Mar) / 365 = 104.795; £70 (under £10,000)',
    invoice: { dueDate: '2024-12-31', amountCents: 500_000, currency: 'GBP' },
    today: '2025-03-01',
    settings: { establishment: 'GB' },
    jurisdiction: 'uk_b2b',
    interestCents: 10_479,
    indemnityCents: 7_000,
  },
  {
    name: 'UK, interest starting 1 July reads 30 June',
    arithmetic: '800 × 12.25% (4.25 on 30 Jun 2025 + 8) × 30 / 365 = 8.055; £40 (under £1,000)',
    invoice: { dueDate: '2025-06-30', amountCents: 80_000, currency: 'GBP' },
    today: '2025-07-30',
    settings: { establishment: 'GB' },
    jurisdiction: 'uk_b2b',
    interestCents: 805,
    indemnityCents: 4_000,
  },
  {
    name: 'Belgium H1 2026: ECB + 8 rounded up to the half point',
    arithmetic: '2.15 + 8 = 10.15 → 10.50; 10,000 × 10.50% × 30 / 365 = 86.301',
    invoice: { dueDate: '2026-01-31', amountCents: 1_000_000 },
    today: '2026-03-02',
    settings: { establishment: 'BE' },
    jurisdiction: 'be_b2b',
    interestCents: 8_630,
    indemnityCents: 4_000,
  },
  {
    name: 'Belgium H2 2024 (published 12.5%)',
    arithmetic: '4.25 + 8 = 12.25 → 12.50; 1,000 × 12.50% × 30 (September) / 365 = 10.274',
    invoice: { dueDate: '2024-08-31', amountCents: 100_000 },
    today: '2024-09-30',
    settings: { establishment: 'BE' },
    jurisdiction: 'be_b2b',
    interestCents: 1_027,
    indemnityCents: 4_000,
  },
  {
    name: 'Belgium H1 2025 (published 11.5%)',
    arithmetic: '3.15 + 8 = 11.15 → 11.50; 2,000 × 11.50% × 30 / 365 = 18.904',
    invoice: { dueDate: '2025-01-31', amountCents: 200_000 },
    today: '2025-03-02',
    settings: { establishment: 'BE' },
    jurisdiction: 'be_b2b',
    interestCents: 1_890,
    indemnityCents: 4_000,
  },
  {
    name: 'Germany B2B H1 2026: Basiszinssatz + 9',
    arithmetic: '1.27 + 9 = 10.27; 10,000 × 10.27% × 30 / 365 = 84.411',
    invoice: { dueDate: '2026-01-31', amountCents: 1_000_000 },
    today: '2026-03-02',
    settings: { establishment: 'DE' },
    jurisdiction: 'de_b2b',
    interestCents: 8_441,
    indemnityCents: 4_000,
  },
  {
    name: 'Germany B2B in 2022, negative Basiszinssatz',
    arithmetic: '−0.88 + 9 = 8.12; 1,000 × 8.12% × 30 (April) / 365 = 6.674',
    invoice: { dueDate: '2022-03-31', amountCents: 100_000 },
    today: '2022-04-30',
    settings: { establishment: 'DE' },
    jurisdiction: 'de_b2b',
    interestCents: 667,
    indemnityCents: 4_000,
  },
  {
    name: 'Germany consumer: + 5 from the reminder, no €40',
    arithmetic: '1.27 + 5 = 6.27; 1,000 × 6.27% × 30 (2 Feb–3 Mar) / 365 = 5.153',
    invoice: { dueDate: '2026-01-15', amountCents: 100_000, customerKind: 'b2c', country: 'DE' },
    today: '2026-03-03',
    noticeDate: '2026-02-01',
    settings: { establishment: 'DE' },
    jurisdiction: 'de_b2c',
    interestCents: 515,
    indemnityCents: 0,
  },
  {
    name: 'Germany H1 2024: Basiszinssatz not confirmed by a look-up, so unknown',
    arithmetic: 'no de_basis point for H1 2024 in the built-in data',
    invoice: { dueDate: '2024-01-31', amountCents: 100_000 },
    today: '2024-03-01',
    settings: { establishment: 'DE' },
    jurisdiction: 'de_b2b',
    interestCents: null,
    indemnityCents: 4_000,
  },
  {
    name: 'Netherlands: the directive’s minimum, ECB + 8',
    arithmetic: '2.15 + 8 = 10.15; 1,000 × 10.15% × 30 / 365 = 8.342',
    invoice: { dueDate: '2026-01-31', amountCents: 100_000 },
    today: '2026-03-02',
    settings: { establishment: 'NL' },
    jurisdiction: 'eu_b2b',
    interestCents: 834,
    indemnityCents: 4_000,
  },
  {
    name: 'Poland: outside the euro area, no central-bank rate in the data',
    arithmetic: 'series ncb_pl absent: unknown',
    invoice: { dueDate: '2026-01-31', amountCents: 100_000 },
    today: '2026-03-02',
    settings: { establishment: 'PL' },
    jurisdiction: 'eu_b2b',
    interestCents: null,
    indemnityCents: 4_000,
  },
  {
    name: 'Switzerland: no statutory scale known',
    arithmetic: 'nothing claimed',
    invoice: { dueDate: '2026-01-31', amountCents: 100_000 },
    today: '2026-03-02',
    settings: { establishment: 'CH' },
    jurisdiction: 'none',
    interestCents: 0,
    indemnityCents: 0,
  },
];

describe('lateFees, hand-computed cases', () => {
  it.each(CASES)('$name ($arithmetic)', (c) => {
    const inv = invoice({ number: 'F-CASE', client: 'Client Test', ...c.invoice });
    const settings = settingsWith(c.settings ?? {});
    const fees = lateFees(inv, day(c.today), settings, jurisdictionOf(inv, settings), {
      noticeDate: c.noticeDate ? day(c.noticeDate) : null,
      fetchedRates: c.fetched ?? [],
    });
    expect(fees.jurisdiction).toBe(c.jurisdiction);
    expect(fees.interestCents).toBe(c.interestCents);
    expect(fees.indemnityCents).toBe(c.indemnityCents);
  });

  it('holds at least 20 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });
});

describe('governing law', () => {
  const base = { number: 'F-2026-050', client: 'Studio Nord', dueDate: '2026-03-02' };
  const fr = settingsWith({});

  it('follows the freelancer’s establishment, not the client’s country', () => {
    expect(jurisdictionOf(invoice({ ...base, country: 'DE' }), fr)).toBe('fr_b2b');
    expect(jurisdictionOf(invoice({ ...base, country: 'GB' }), fr)).toBe('fr_b2b');
    expect(jurisdictionOf(invoice(base), settingsWith({ establishment: 'GB' }))).toBe('uk_b2b');
  });

  it('lets a row’s governing-law column override the establishment', () => {
    expect(jurisdictionOf(invoice({ ...base, governingLaw: 'DE' }), fr)).toBe('de_b2b');
    expect(jurisdictionOf(invoice({ ...base, governingLaw: 'BE' }), fr)).toBe('be_b2b');
  });

  it('claims nothing automatic from a consumer in another country (Rome I art. 6)', () => {
    const inv = invoice({ ...base, customerKind: 'b2c', country: 'DE' });
    expect(jurisdictionOf(inv, fr)).toBe('none');
    expect(lateFees(inv, day('2026-04-01'), fr).note?.code).toBe('consumer_abroad');
  });

  it('claims nothing from a client whose kind neither the row nor the settings give', () => {
    const inv = invoice({
      ...base,
      client: 'Jeanne Martin',
      customerKind: 'unknown',
      country: 'FR',
    });
    expect(jurisdictionOf(inv, fr)).toBe('none');
    expect(jurisdictionOf(inv, settingsWith({ establishment: 'GB' }))).toBe('none');
    const fees = lateFees(inv, day('2026-04-01'), fr);
    expect([fees.interestCents, fees.indemnityCents]).toEqual([0, 0]);
    expect(fees.note?.code).toBe('client_kind_unknown');
    expect(fees.note?.fr).toContain('« Type »');
    expect(fees.note?.en).toContain('“Type”');
  });

  it('applies the 1998 Act to business debts only', () => {
    const inv = invoice({ ...base, customerKind: 'b2c', country: 'GB', currency: 'GBP' });
    expect(jurisdictionOf(inv, settingsWith({ establishment: 'GB' }))).toBe('none');
  });
});

describe('lateFees, what the result says', () => {
  it('states the rate and how it is made, to a stated date', () => {
    const inv = invoice({
      number: 'F-2026-001',
      client: 'Agence Horizon',
      dueDate: '2026-01-31',
      amountCents: 100_000,
    });
    const fees = lateFees(inv, day('2026-03-02'), fr());
    expect(fees.asOf).toBe('2026-03-02');
    expect(fees.ratePercents).toEqual([
      {
        from: '2026-02-01',
        to: '2026-03-02',
        days: 30,
        percent: 12.15,
        basis: {
          kind: 'reference',
          series: 'ecb_mro',
          referencePercent: 2.15,
          marginPoints: 10,
          roundedUpToHalf: false,
        },
      },
    ]);
    expect(fees.totalWithPenaltiesCents).toBe(100_000 + 999 + 4_000);
  });

  it('shows the floor when it refuses a contract rate', () => {
    const inv = invoice({
      number: 'F-2026-002',
      client: 'Agence Horizon',
      dueDate: '2026-01-31',
      amountCents: 100_000,
    });
    const fees = lateFees(inv, day('2026-03-02'), settingsWith({ contractRatePercent: 5 }));
    expect(fees.note?.code).toBe('contract_rate_below_floor');
    expect(fees.note?.fr).toContain('7,86 %');
    expect(fees.note?.en).toContain('7.86%');
    expect(contractRateFloor(day('2026-01-01'), BUILT_IN_RATES)).toBe(7.86);
  });

  it('says the rate is unknown rather than guess', () => {
    const inv = invoice({
      number: 'F-2026-003',
      client: 'Agence Horizon',
      dueDate: '2026-06-30',
      amountCents: 100_000,
    });
    const fees = lateFees(inv, day('2026-07-30'), fr());
    expect(fees.interestCents).toBeNull();
    expect(fees.totalWithPenaltiesCents).toBeNull();
    expect(fees.note?.code).toBe('rate_unknown');
  });

  it('lets a rate the user typed win over the fetched one on the same day', () => {
    const inv = invoice({
      number: 'F-2026-004',
      client: 'Agence Horizon',
      dueDate: '2026-06-30',
      amountCents: 100_000,
    });
    const fetched: RatePoint[] = [
      {
        series: 'ecb_mro',
        from: '2026-06-11',
        percent: 2.4,
        source: 'fetched',
        until: '2026-12-01',
      },
    ];
    const typed: RatePoint = {
      series: 'ecb_mro',
      from: '2026-06-11',
      percent: 2.65,
      source: 'typed',
    };
    const options = { fetchedRates: fetched };
    // 1,000 × 12.40% × 30 / 365 = 10.192
    expect(lateFees(inv, day('2026-07-30'), fr(), 'fr_b2b', options).interestCents).toBe(1_019);
    // 1,000 × 12.65% × 30 / 365 = 10.397
    const mine = settingsWith({ rates: [typed] });
    expect(lateFees(inv, day('2026-07-30'), mine, 'fr_b2b', options).interestCents).toBe(1_040);
  });

  it('owes nothing on or before the due date', () => {
    const inv = invoice({ number: 'F-2026-005', client: 'Agence Horizon', dueDate: '2026-03-02' });
    expect(lateFees(inv, day('2026-03-02'), fr())).toMatchObject({
      daysLate: 0,
      interestCents: 0,
      indemnityCents: 0,
    });
  });

  it('keeps a pound indemnity out of a euro total', () => {
    const inv = invoice({
      number: 'F-2026-006',
      client: 'Client UK',
      dueDate: '2026-01-31',
      amountCents: 100_000,
    });
    const fees = lateFees(inv, day('2026-03-02'), settingsWith({ establishment: 'GB' }));
    expect(fees.indemnityCurrency).toBe('GBP');
    expect(fees.note?.code).toBe('indemnity_in_other_currency');
  });
});

function fr(): Settings {
  return settingsWith({});
}
