import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date.ts';
import type { Invoice } from '../../src/core/invoice.ts';
import type { LogEntry } from '../../src/core/log-entry.ts';
import type { Stage } from '../../src/core/stage.ts';
import { agingBucket, computeStatistics, isSettled } from '../../src/core/statistics.ts';

const d = (text: string) => text as CalendarDate;

function invoice(
  fields: Partial<Invoice> & Pick<Invoice, 'number' | 'amountCents' | 'dueDate'>,
): Invoice {
  return {
    row: 2,
    client: 'Atelier Moreau',
    clientKey: 'atelier moreau',
    emails: ['compta@atelier-moreau.fr'],
    cc: [],
    contactName: null,
    amountPaidCents: 0,
    currency: 'EUR',
    issueDate: null,
    paidDate: null,
    status: 'open',
    promiseDate: null,
    language: null,
    country: null,
    customerKind: 'b2b',
    paymentLink: null,
    fileId: null,
    segmentOverride: null,
    doNotRemind: false,
    notes: null,
    ...fields,
  };
}

function sent(
  date: string,
  stage: Stage,
  numbers: string[],
  outcome: LogEntry['outcome'] = 'sent',
): LogEntry {
  return {
    at: `${date}T09:05:00.000Z`,
    date: d(date),
    runId: `run-${date}`,
    outcome,
    stage,
    invoiceNumbers: numbers,
    clientKey: 'atelier moreau',
    recipients: ['compta@atelier-moreau.fr'],
    templateId: null,
    variant: 'A',
    subject: 'Relance',
    threadId: 'thread-1',
    messageKey: null,
    detail: '',
  };
}

const TODAY = d('2026-03-31');

describe('aging buckets', () => {
  it('puts invoices not yet due in current and the rest by days past due', () => {
    expect([-5, 0, 1, 30, 31, 60, 61, 90, 91].map(agingBucket)).toEqual([
      'current',
      'current',
      'd1_30',
      'd1_30',
      'd31_60',
      'd31_60',
      'd61_90',
      'd61_90',
      'd90_plus',
    ]);
  });
});

describe('outstanding and overdue totals', () => {
  const invoices = [
    invoice({ number: 'F-2026-014', amountCents: 120_000, dueDate: d('2026-04-15') }),
    invoice({
      number: 'F-2026-009',
      amountCents: 250_000,
      amountPaidCents: 50_000,
      dueDate: d('2026-03-10'),
    }),
    invoice({ number: 'F-2025-112', amountCents: 90_000, dueDate: d('2025-12-01') }),
    invoice({
      number: 'F-2026-002',
      amountCents: 75_000,
      dueDate: d('2026-01-31'),
      paidDate: d('2026-02-20'),
    }),
    invoice({
      number: 'F-2026-005',
      amountCents: 40_000,
      dueDate: d('2026-02-28'),
      status: 'cancelled',
    }),
    invoice({
      number: 'INV-0031',
      amountCents: 300_000,
      currency: 'GBP',
      dueDate: d('2026-02-15'),
    }),
  ];
  const stats = computeStatistics(invoices, [], TODAY);

  it('sums balances still due per currency, never across currencies', () => {
    const eur = stats.byCurrency.find((line) => line.currency === 'EUR');
    const gbp = stats.byCurrency.find((line) => line.currency === 'GBP');
    // 1,200 + (2,500 − 500) + 900; the paid and cancelled invoices owe nothing.
    expect(eur?.outstandingCents).toBe(410_000);
    expect(eur?.overdueCents).toBe(290_000);
    expect(gbp?.outstandingCents).toBe(300_000);
    expect(gbp?.overdueCents).toBe(300_000);
  });

  it('spreads the outstanding balance over the aging buckets', () => {
    const eur = stats.byCurrency.find((line) => line.currency === 'EUR');
    expect(eur?.aging).toEqual([
      { bucket: 'current', cents: 120_000, count: 1 },
      { bucket: 'd1_30', cents: 200_000, count: 1 },
      { bucket: 'd31_60', cents: 0, count: 0 },
      { bucket: 'd61_90', cents: 0, count: 0 },
      { bucket: 'd90_plus', cents: 90_000, count: 1 },
    ]);
  });

  it('lists the currency with the most outstanding first', () => {
    expect(stats.byCurrency.map((line) => line.currency)).toEqual(['EUR', 'GBP']);
  });

  it('treats a paid date, a paid status or a zero balance as settled', () => {
    expect(isSettled(invoices[3] as Invoice)).toBe(true);
    expect(
      isSettled(invoice({ number: 'F-1', amountCents: 100, dueDate: TODAY, status: 'paid' })),
    ).toBe(true);
    expect(
      isSettled(invoice({ number: 'F-2', amountCents: 100, amountPaidCents: 100, dueDate: TODAY })),
    ).toBe(true);
    expect(isSettled(invoices[1] as Invoice)).toBe(false);
  });
});

describe('DSO over the period', () => {
  it('is ending receivables × days / credit sales of the period (CRF)', () => {
    const invoices = [
      invoice({
        number: 'F-2026-020',
        amountCents: 300_000,
        issueDate: d('2026-02-01'),
        dueDate: d('2026-03-03'),
      }),
      invoice({
        number: 'F-2026-021',
        amountCents: 600_000,
        issueDate: d('2026-03-01'),
        dueDate: d('2026-03-31'),
        paidDate: d('2026-03-25'),
      }),
      // Issued before the 90-day period: not a sale of the period, but still receivable.
      invoice({
        number: 'F-2025-099',
        amountCents: 150_000,
        issueDate: d('2025-11-15'),
        dueDate: d('2025-12-15'),
      }),
    ];
    const stats = computeStatistics(invoices, [], TODAY, 90);
    const eur = stats.byCurrency[0];
    expect(stats.periodStart).toBe('2026-01-01');
    expect(eur?.creditSalesCents).toBe(900_000);
    // 4,500 outstanding × 90 days / 9,000 of sales = 45 days.
    expect(eur?.dsoDays).toBe(45);
  });

  it('has no DSO when nothing was invoiced in the period', () => {
    const invoices = [
      invoice({
        number: 'F-2025-050',
        amountCents: 80_000,
        issueDate: d('2025-06-01'),
        dueDate: d('2025-07-01'),
      }),
    ];
    expect(computeStatistics(invoices, [], TODAY).byCurrency[0]?.dsoDays).toBeNull();
  });

  it('falls back on the due date for a row without an issue date', () => {
    const invoices = [
      invoice({ number: 'F-2026-030', amountCents: 50_000, dueDate: d('2026-03-20') }),
    ];
    expect(computeStatistics(invoices, [], TODAY).byCurrency[0]?.creditSalesCents).toBe(50_000);
  });
});

describe('payment delays and reminders', () => {
  const invoices = [
    invoice({
      number: 'F-2026-040',
      amountCents: 100_000,
      dueDate: d('2026-03-01'),
      paidDate: d('2026-03-08'),
    }),
    invoice({
      number: 'F-2026-041',
      amountCents: 100_000,
      dueDate: d('2026-03-01'),
      paidDate: d('2026-02-27'),
    }),
    invoice({
      number: 'F-2026-042',
      amountCents: 100_000,
      dueDate: d('2026-02-01'),
      paidDate: d('2026-03-04'),
    }),
    invoice({ number: 'F-2026-043', amountCents: 100_000, dueDate: d('2026-02-10') }),
  ];
  const log = [
    sent('2026-02-04', 'r1', ['F-2026-042']),
    sent('2026-02-11', 'r2', ['F-2026-042']),
    sent('2026-03-04', 'r1', ['F-2026-040']),
    sent('2026-02-13', 'r1', ['F-2026-043']),
    sent('2026-02-20', 'r2', ['F-2026-043']),
    sent('2026-03-06', 'r3', ['F-2026-043']),
    sent('2026-03-12', 'call', ['F-2026-043'], 'task'),
    sent('2026-03-20', 'r1', ['F-2026-043'], 'test_sent'),
    // Made while the user was trying Relance out in test mode: they reached nobody.
    { ...sent('2026-01-20', 'notice', ['F-2026-043'], 'drafted'), detail: 'mode=test' },
    { ...sent('2026-01-20', 'call', ['F-2026-043'], 'task'), detail: 'mode=test' },
  ];
  const stats = computeStatistics(invoices, log, TODAY);

  it('averages days late over invoices paid in the period, early payment counting 0', () => {
    // 7, 0 (two days early) and 31 days.
    expect(stats.paidInPeriod).toBe(3);
    expect(stats.averageDaysLate).toBe(12.7);
  });

  it('counts real actions per stage, not test sends, drafts or tasks', () => {
    expect(stats.remindersByStage).toEqual({ pre_due: 0, r1: 3, r2: 2, r3: 1, call: 1, notice: 0 });
  });

  it('measures the share of reminded invoices paid before a second reminder', () => {
    // Reminded: 040 (paid after r1 only), 042 (needed r2), 043 (unpaid).
    expect(stats.firstReminder).toEqual({ reminded: 3, paidAfter: 1, share: 1 / 3 });
  });

  it('has no share and no average when there is no history', () => {
    const empty = computeStatistics([], [], TODAY);
    expect(empty.firstReminder.share).toBeNull();
    expect(empty.averageDaysLate).toBeNull();
    expect(empty.byCurrency).toEqual([]);
  });
});

describe('boundaries', () => {
  it('puts an invoice exactly 30 days late in 1–30 and one 31 days late in 31–60', () => {
    // 31 March 2026: due 1 March is 30 days past due, 28 February 31, 1 January 89, 31 December 90.
    const dues = [
      '2026-03-31',
      '2026-03-01',
      '2026-02-28',
      '2026-01-01',
      '2025-12-31',
      '2025-12-30',
    ];
    const invoices = dues.map((due, i) =>
      invoice({ number: `F-2026-1${i}`, amountCents: 10_000 * (i + 1), dueDate: d(due) }),
    );
    const eur = computeStatistics(invoices, [], TODAY).byCurrency[0];
    expect(eur?.aging.map((line) => [line.bucket, line.count, line.cents])).toEqual([
      ['current', 1, 10_000],
      ['d1_30', 1, 20_000],
      ['d31_60', 1, 30_000],
      ['d61_90', 2, 40_000 + 50_000],
      ['d90_plus', 1, 60_000],
    ]);
  });

  it('counts the sales and payments of the period’s first day, not of the day before', () => {
    // 90 days ending 31 March 2026 start on 1 January.
    const invoices = [
      invoice({
        number: 'F-2026-001',
        amountCents: 100_000,
        issueDate: d('2026-01-01'),
        dueDate: d('2026-01-31'),
        paidDate: d('2026-01-01'),
      }),
      invoice({
        number: 'F-2025-140',
        amountCents: 70_000,
        issueDate: d('2025-12-31'),
        dueDate: d('2025-12-01'),
        paidDate: d('2025-12-31'),
      }),
    ];
    const stats = computeStatistics(invoices, [], TODAY, 90);
    expect(stats.byCurrency[0]?.creditSalesCents).toBe(100_000);
    expect(stats.paidInPeriod).toBe(1);
    expect(stats.averageDaysLate).toBe(0);
  });

  it('does not count an invoice issued after the day as receivable yet', () => {
    // A monthly retainer typed in ahead of time: issued 1 April, not owed on 31 March.
    const invoices = [
      invoice({
        number: 'F-2026-040',
        amountCents: 200_000,
        issueDate: d('2026-03-02'),
        dueDate: d('2026-04-01'),
      }),
      invoice({
        number: 'F-2026-041',
        amountCents: 200_000,
        issueDate: d('2026-04-01'),
        dueDate: d('2026-05-01'),
      }),
    ];
    const eur = computeStatistics(invoices, [], TODAY, 90).byCurrency[0];
    expect(eur?.outstandingCents).toBe(200_000);
    expect(eur?.creditSalesCents).toBe(200_000);
    expect(eur?.dsoDays).toBe(90);
  });

  it('counts a payment on the day of the first reminder as paid after it, one before it not at all', () => {
    const invoices = [
      invoice({
        number: 'F-2026-050',
        amountCents: 100_000,
        dueDate: d('2026-03-02'),
        paidDate: d('2026-03-05'),
      }),
      // The transfer crossed the reminder: the reminder cannot have prompted it.
      invoice({
        number: 'F-2026-051',
        amountCents: 100_000,
        dueDate: d('2026-03-02'),
        paidDate: d('2026-03-04'),
      }),
      invoice({ number: 'F-2026-052', amountCents: 100_000, dueDate: d('2026-03-02') }),
    ];
    const log = [sent('2026-03-05', 'r1', ['F-2026-050', 'F-2026-051', 'F-2026-052'])];
    expect(computeStatistics(invoices, log, TODAY).firstReminder).toEqual({
      reminded: 2,
      paidAfter: 1,
      share: 1 / 2,
    });
  });
});
