import { describe, expect, it } from 'vitest';
import { backtestForecast } from '../../../src/core/outcomes/forecast-backtest.ts';
import { day, invoice } from '../fixtures/invoices.ts';

const AS_OF = day('2026-04-15');
const segmentOf = () => 'punctual';

/** Horloge pays every invoice exactly 10 days after its due date (€1,000 each). */
function clockwork(number: string, dueDate: string, paidDate: string | null) {
  return invoice({ number, client: 'Horloge', amountCents: 100_000, dueDate, paidDate });
}

const HISTORY = [
  clockwork('H-01', '2026-01-05', '2026-01-15'),
  clockwork('H-02', '2026-01-12', '2026-01-22'),
  clockwork('H-03', '2026-01-19', '2026-01-29'),
  clockwork('H-04', '2026-01-26', '2026-02-05'),
  clockwork('H-05', '2026-02-02', '2026-02-12'),
];

// Replayed from 18 March (4 weeks before 15 April): weeks of 18, 25 March, 1 and 8 April.
const OPEN_THEN = [
  clockwork('H-10', '2026-03-10', '2026-03-20'), // expected 20 Mar, week 0
  clockwork('H-11', '2026-03-17', '2026-03-27'), // expected 27 Mar, week 1
  clockwork('H-12', '2026-03-24', '2026-04-03'), // expected 3 Apr, week 2
];

describe('forecast backtest', () => {
  it('a client as regular as clockwork is forecast without error', () => {
    const test = backtestForecast(
      [...HISTORY, ...OPEN_THEN, clockwork('H-13', '2026-03-31', '2026-04-10')],
      AS_OF,
      4,
      segmentOf,
    );
    expect(test.madeOn).toBe('2026-03-18');
    expect(test.byWeek.map((w) => [w.forecastCents, w.actualCents])).toEqual([
      [100_000, 100_000],
      [100_000, 100_000],
      [100_000, 100_000],
      [100_000, 100_000],
    ]);
    expect(test.error).toBe(0);
  });

  it('one payment that did not come: 1,000 off over 3,000 paid, an error of 1/3', () => {
    const test = backtestForecast(
      [
        ...HISTORY,
        ...OPEN_THEN,
        // Expected 10 April, still unpaid on 15 April.
        clockwork('H-13', '2026-03-31', null),
        // Billed after 18 March: unknown to the forecast, so not in what it is compared with.
        invoice({
          number: 'H-20',
          client: 'Horloge',
          amountCents: 500_000,
          issueDate: '2026-03-20',
          dueDate: '2026-03-30',
          paidDate: '2026-04-09',
        }),
      ],
      AS_OF,
      4,
      segmentOf,
    );
    expect(test.forecastCents).toBe(400_000);
    expect(test.actualCents).toBe(300_000);
    expect(test.absoluteErrorCents).toBe(100_000);
    expect(test.error).toBeCloseTo(1 / 3, 10);
  });

  it('8 weeks back, only the invoices known then are compared', () => {
    const test = backtestForecast([...HISTORY, ...OPEN_THEN], AS_OF, 8, segmentOf);
    expect(test.madeOn).toBe('2026-02-18');
    // With no issue date an invoice counts from 30 days before its due date: on 18 February
    // H-10 (from 8 Feb) and H-11 (from 15 Feb) were known, H-12 (from 22 Feb) not yet. The five
    // payments of January and February gave 10 days late: both land in the right week.
    expect(test.actualCents).toBe(200_000);
    expect(test.forecastCents).toBe(200_000);
    expect(test.error).toBe(0);
  });
});
