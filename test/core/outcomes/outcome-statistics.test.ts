import { describe, expect, it } from 'vitest';
import { computeOutcomes } from '../../../src/core/outcomes/outcome-statistics.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings-defaults.ts';
import { day, invoice, logRow } from '../fixtures/invoices.ts';

const AS_OF = day('2026-06-15');

/**
 * Two currencies; in euros a punctual client (three invoices paid on their due date) and a
 * chronically late one (three paid 40 days late, one open), in pounds one new client.
 */
const INVOICES = [
  invoice({ number: 'P-1', client: 'Horloge', dueDate: '2026-01-10', paidDate: '2026-01-10' }),
  invoice({ number: 'P-2', client: 'Horloge', dueDate: '2026-02-10', paidDate: '2026-02-10' }),
  invoice({ number: 'P-3', client: 'Horloge', dueDate: '2026-03-10', paidDate: '2026-03-10' }),
  invoice({
    number: 'C-1',
    client: 'Bistro Lumière',
    dueDate: '2026-01-05',
    paidDate: '2026-02-14',
  }),
  invoice({
    number: 'C-2',
    client: 'Bistro Lumière',
    dueDate: '2026-02-05',
    paidDate: '2026-03-17',
  }),
  invoice({
    number: 'C-3',
    client: 'Bistro Lumière',
    dueDate: '2026-03-05',
    paidDate: '2026-04-14',
  }),
  invoice({ number: 'C-4', client: 'Bistro Lumière', dueDate: '2026-06-01' }),
  invoice({
    number: 'G-1',
    client: 'Camden Studio',
    currency: 'GBP',
    amountCents: 50_000,
    dueDate: '2026-05-01',
  }),
];

const LOG = [
  // A real first reminder for C-2 and a test one for C-3: only the real one counts.
  logRow({
    date: '2026-02-07',
    outcome: 'sent',
    stage: 'r1',
    invoiceNumbers: ['C-2'],
    clientKey: 'bistro lumiere',
    messageKey: 'k1',
  }),
  logRow({
    date: '2026-03-07',
    outcome: 'test_sent',
    stage: 'r1',
    invoiceNumbers: ['C-3'],
    clientKey: 'bistro lumiere',
    messageKey: 'k2',
  }),
];

describe('outcome figures per currency and segment', () => {
  const outcomes = computeOutcomes({
    invoices: INVOICES,
    log: LOG,
    templates: [],
    settings: DEFAULT_SETTINGS,
    asOf: AS_OF,
  });

  it('gives each currency all segments first, then each segment present, with its count', () => {
    expect(outcomes.chasing.map((c) => `${c.currency} ${c.segment} ${c.invoiceCount}`)).toEqual([
      'EUR all 7',
      'EUR punctual 3',
      'EUR chronic 4',
      'GBP all 1',
      'GBP new 1',
    ]);
    expect(outcomes.forecasts.map((f) => f.currency)).toEqual(['EUR', 'GBP']);
    expect(outcomes.months).toHaveLength(12);
  });

  it('keeps the segments apart: only the late client has a recovery base', () => {
    const punctual = outcomes.chasing.find((c) => c.segment === 'punctual');
    const chronic = outcomes.chasing.find((c) => c.segment === 'chronic');
    expect(punctual?.recovery.every((m) => m.overdueCount === 0)).toBe(true);
    // January: C-1 (€1,200) overdue, paid 40 days late: 0 % within 30 days, 100 % within 60.
    const january = chronic?.recovery.find((m) => m.month === '2026-01');
    expect(january?.windows.map((w) => w.rate)).toEqual([0, 1, 1]);
  });

  it('counts the one real reminder, never the test send', () => {
    const all = outcomes.chasing[0];
    // 6 invoices paid in the last 12 months, 1 reminder before payment among them.
    expect(all?.remindersPerPaid).toMatchObject({ paidCount: 6, reminders: 1 });
    expect(all?.replies.find((r) => r.stage === 'r1')?.messages).toBe(1);
  });

  it('forecasts the open invoices from each client’s habit', () => {
    const eur = outcomes.forecasts[0]?.forecast;
    // C-4 due 1 June, Bistro pays 40 days late → 11 July, week 3 (6–12 July) from 15 June.
    const placed = eur?.weeks.flatMap((w) =>
      w.payments.map((p) => `${p.invoiceNumber} ${p.expected} ${p.basis}`),
    );
    expect(placed).toEqual(['C-4 2026-07-11 client']);
    expect(eur?.weeks[3]?.likelyCents).toBe(120_000);
    // The GBP client has no history and its segment (new) none either: it borrows the whole
    // book's habit, every currency together (0, 0, 0, 40, 40, 40 days: mean 20, spread 20). Due
    // 1 May, 45 days overdue, beyond 20 + 20: at risk, expected now.
    const gbp = outcomes.forecasts[1]?.forecast;
    expect(gbp?.weeks[0]?.payments[0]).toMatchObject({
      invoiceNumber: 'G-1',
      expected: '2026-06-15',
      basis: 'book',
      risk: 'later_than_usual',
    });
  });
});
