import { describe, expect, it } from 'vitest';
import { cashInForecast, shortenedForecast } from '../../../src/core/outcomes/cash-in-forecast.ts';
import { lateness, paymentBehaviour } from '../../../src/core/outcomes/payment-behaviour.ts';
import { day, invoice } from '../fixtures/invoices.ts';

const MADE_ON = day('2026-04-15'); // a Wednesday: week 0 is 15–21 April, week 1 22–28, …

const SEGMENTS: Record<string, string> = {
  horloge: 'punctual',
  'bistro lumiere': 'occasional',
  'nouveau client': 'occasional',
};
const segmentOf = (clientKey: string) => SEGMENTS[clientKey] ?? 'new';

const HISTORY = [
  // Horloge always pays exactly 10 days late: mean 10, spread 0.
  invoice({ number: 'H-1', client: 'Horloge', dueDate: '2026-01-10', paidDate: '2026-01-20' }),
  invoice({ number: 'H-2', client: 'Horloge', dueDate: '2026-02-10', paidDate: '2026-02-20' }),
  invoice({ number: 'H-3', client: 'Horloge', dueDate: '2026-03-10', paidDate: '2026-03-20' }),
  // Bistro Lumière: 20, 30 and 40 days late: mean 30, spread √(200/3) = 8.2.
  invoice({
    number: 'B-1',
    client: 'Bistro Lumière',
    dueDate: '2025-11-01',
    paidDate: '2025-11-21',
  }),
  invoice({
    number: 'B-2',
    client: 'Bistro Lumière',
    dueDate: '2025-12-01',
    paidDate: '2025-12-31',
  }),
  invoice({
    number: 'B-3',
    client: 'Bistro Lumière',
    dueDate: '2026-01-01',
    paidDate: '2026-02-10',
  }),
  // Nouveau client: one payment, 24 days late — too little history of its own.
  invoice({
    number: 'N-1',
    client: 'Nouveau client',
    dueDate: '2026-02-01',
    paidDate: '2026-02-25',
  }),
];

const OPEN = [
  // Horloge: due 20 April + 10 days → 30 April, week 2, likely.
  invoice({ number: 'H-4', client: 'Horloge', amountCents: 100_000, dueDate: '2026-04-20' }),
  // Horloge promised to pay this one on 17 April: the promise wins → week 0, likely.
  invoice({
    number: 'H-5',
    client: 'Horloge',
    amountCents: 30_000,
    dueDate: '2026-05-01',
    promiseDate: '2026-04-17',
  }),
  // Bistro: due 1 March, 45 days overdue, beyond its usual 30 + 8.2 → at risk, this week.
  invoice({ number: 'B-4', client: 'Bistro Lumière', amountCents: 200_000, dueDate: '2026-03-01' }),
  // Nouveau client borrows the "occasional" segment: 20, 30, 40, 24 → mean 28.5, spread 7.5;
  // due 10 April + 29 days (28.5 rounded) → 9 May, week 3, likely.
  invoice({ number: 'N-2', client: 'Nouveau client', amountCents: 50_000, dueDate: '2026-04-10' }),
  // In dispute: set aside.
  invoice({
    number: 'B-5',
    client: 'Bistro Lumière',
    amountCents: 70_000,
    dueDate: '2026-03-20',
    status: 'disputed',
  }),
];

describe('payment behaviour', () => {
  it('mean and spread of days late', () => {
    expect(lateness([20, 30, 40])).toEqual({ count: 3, mean: 30, spread: Math.sqrt(200 / 3) });
  });

  it('a client with fewer than 3 payments borrows its segment’s figures', () => {
    const behaviour = paymentBehaviour(HISTORY, MADE_ON, segmentOf);
    expect(behaviour.latenessOf('horloge')).toEqual({
      source: 'client',
      lateness: { count: 3, mean: 10, spread: 0 },
    });
    const borrowed = behaviour.latenessOf('nouveau client');
    expect(borrowed.source).toBe('segment');
    expect(borrowed.lateness.mean).toBe(28.5);
    expect(borrowed.lateness.spread).toBeCloseTo(7.53, 2); // √(227 / 4)
    // A client of a segment with no history at all falls back on the whole book (7 payments).
    expect(behaviour.latenessOf('inconnu').source).toBe('book');
  });

  it('payments after the day are not known yet', () => {
    const behaviour = paymentBehaviour(HISTORY, day('2026-02-19'), segmentOf);
    // H-2 and H-3 were paid after 19 February: Horloge has one payment, its segment too few.
    expect(behaviour.latenessOf('horloge').source).toBe('book');
  });
});

describe('cash-in forecast for the next 8 weeks', () => {
  const forecast = cashInForecast(
    [...HISTORY, ...OPEN],
    paymentBehaviour([...HISTORY, ...OPEN], MADE_ON, segmentOf),
    MADE_ON,
  );

  it('puts each invoice in its week, likely or at risk', () => {
    const weeks = forecast.weeks.map((w) => [w.start, w.likelyCents, w.atRiskCents]);
    expect(weeks).toEqual([
      ['2026-04-15', 30_000, 200_000],
      ['2026-04-22', 0, 0],
      ['2026-04-29', 100_000, 0],
      ['2026-05-06', 50_000, 0],
      ['2026-05-13', 0, 0],
      ['2026-05-20', 0, 0],
      ['2026-05-27', 0, 0],
      ['2026-06-03', 0, 0],
    ]);
  });

  it('lists the invoices behind each bar, with why', () => {
    expect(forecast.weeks[0]?.payments).toEqual([
      {
        invoiceNumber: 'B-4',
        client: 'Bistro Lumière',
        cents: 200_000,
        expected: '2026-04-15',
        basis: 'client',
        risk: 'later_than_usual',
      },
      {
        invoiceNumber: 'H-5',
        client: 'Horloge',
        cents: 30_000,
        expected: '2026-04-17',
        basis: 'promise',
        risk: null,
      },
    ]);
    expect(forecast.weeks[3]?.payments[0]).toMatchObject({
      invoiceNumber: 'N-2',
      expected: '2026-05-09',
      basis: 'segment',
    });
  });

  it('sets disputed invoices aside', () => {
    expect(forecast.disputedCents).toBe(70_000);
    expect(forecast.disputedCount).toBe(1);
    expect(forecast.laterCount).toBe(0);
  });

  it('a broken promise puts the invoice at risk; a payment plan takes precedence over it', () => {
    const broken = invoice({
      number: 'H-6',
      client: 'Horloge',
      amountCents: 40_000,
      dueDate: '2026-04-20',
      promiseDate: '2026-04-10',
    });
    const behaviour = paymentBehaviour(HISTORY, MADE_ON, segmentOf);
    const withBroken = cashInForecast([broken], behaviour, MADE_ON);
    expect(withBroken.weeks[2]?.payments[0]).toMatchObject({
      risk: 'broken_promise',
      expected: '2026-04-30',
    });
    const planned = cashInForecast([broken], behaviour, MADE_ON, {
      scheduledPayments: () => [
        { date: day('2026-04-10'), cents: 20_000 },
        { date: day('2026-05-10'), cents: 20_000 },
      ],
    });
    // The April instalment was missed: expected now, at risk. May's is on its date.
    expect(planned.weeks[0]).toMatchObject({ likelyCents: 0, atRiskCents: 20_000 });
    expect(planned.weeks[3]).toMatchObject({ likelyCents: 20_000, atRiskCents: 0 });
  });

  it('a long-overdue invoice well past the client’s habit is doubtful, not placed', () => {
    const old = invoice({
      number: 'H-0',
      client: 'Horloge',
      amountCents: 80_000,
      dueDate: '2025-12-01',
    });
    const result = cashInForecast([old], paymentBehaviour(HISTORY, MADE_ON, segmentOf), MADE_ON);
    expect(result.doubtful.map((p) => p.invoiceNumber)).toEqual(['H-0']);
    expect(result.weeks.every((w) => w.payments.length === 0)).toBe(true);
  });
});

describe('the forecast as a view lists it', () => {
  const forecast = cashInForecast(
    [...HISTORY, ...OPEN],
    paymentBehaviour([...HISTORY, ...OPEN], MADE_ON, segmentOf),
    MADE_ON,
  );

  it('keeps the largest payments of each week, with the count and totals of all', () => {
    const short = shortenedForecast(forecast, 1);
    // Week 0 holds B-4 (2,000 €, at risk) and H-5 (300 €, promised): B-4 is the larger.
    expect(short.weeks[0]?.payments.map((p) => p.invoiceNumber)).toEqual(['B-4']);
    expect(short.weeks[0]?.paymentCount).toBe(2);
    expect(short.weeks[0]?.likelyCents).toBe(30_000);
    expect(short.weeks[0]?.atRiskCents).toBe(200_000);
    expect(short.weeks.map((w) => w.paymentCount)).toEqual(
      forecast.weeks.map((w) => w.paymentCount),
    );
  });

  it('leaves lists shorter than the limit whole', () => {
    expect(shortenedForecast(forecast, 25)).toEqual(forecast);
  });
});
