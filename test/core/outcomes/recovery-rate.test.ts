import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/calendar-date.ts';
import {
  lastDayOfMonth,
  monthsEndingWith,
  recoveryByMonth,
} from '../../../src/core/outcomes/recovery-rate.ts';
import { day, invoice } from '../fixtures/invoices.ts';

const AS_OF = day('2026-06-15');
const MONTHS = monthsEndingWith(AS_OF, 6); // 2026-01 … 2026-06

/** January: €10,000 overdue at the due date; €2,000 back within 30 days, €5,000 within 60, €9,000 within 90. */
const BOOK = [
  // Paid before its due date: never overdue, not in the base.
  invoice({
    number: 'F-101',
    client: 'Atelier Moreau',
    amountCents: 100_000,
    dueDate: '2026-01-10',
    paidDate: '2026-01-08',
  }),
  // 20 days late → within 30.
  invoice({
    number: 'F-102',
    client: 'Atelier Moreau',
    amountCents: 200_000,
    dueDate: '2026-01-15',
    paidDate: '2026-02-04',
  }),
  // 50 days late → within 60.
  invoice({
    number: 'F-103',
    client: 'Bistro Lumière',
    amountCents: 300_000,
    dueDate: '2026-01-20',
    paidDate: '2026-03-11',
  }),
  // 85 days late → within 90.
  invoice({
    number: 'F-104',
    client: 'Bistro Lumière',
    amountCents: 400_000,
    dueDate: '2026-01-31',
    paidDate: '2026-04-26',
  }),
  // Never paid.
  invoice({
    number: 'F-105',
    client: 'Menuiserie Girard',
    amountCents: 100_000,
    dueDate: '2026-01-25',
  }),
  // Cancelled, and paid with no date: cannot be placed in time, left out.
  invoice({
    number: 'F-106',
    client: 'Menuiserie Girard',
    amountCents: 900_000,
    dueDate: '2026-01-12',
    status: 'cancelled',
  }),
  invoice({
    number: 'F-107',
    client: 'Menuiserie Girard',
    amountCents: 900_000,
    dueDate: '2026-01-12',
    status: 'paid',
  }),
  // April: €500 overdue, nothing back yet; its 60- and 90-day windows have not ended.
  invoice({
    number: 'F-140',
    client: 'Atelier Moreau',
    amountCents: 50_000,
    dueDate: '2026-04-10',
  }),
];

describe('recovery rate at 30 / 60 / 90 days, by month of due date', () => {
  it('January: 20 %, 50 %, 90 % of €10,000', () => {
    const january = recoveryByMonth(BOOK, MONTHS, AS_OF)[0];
    expect(january?.month).toBe('2026-01');
    expect(january?.overdueCount).toBe(4); // F-102 … F-105
    expect(january?.overdueCents).toBe(1_000_000);
    expect(january?.windows.map((w) => w.collectedCents)).toEqual([200_000, 500_000, 900_000]);
    expect(january?.windows.map((w) => w.collectedCount)).toEqual([1, 2, 3]);
    expect(january?.windows.map((w) => w.rate)).toEqual([0.2, 0.5, 0.9]);
  });

  it('a window that has not ended for the whole month gives no rate yet', () => {
    const april = recoveryByMonth(BOOK, MONTHS, AS_OF)[3];
    expect(april?.month).toBe('2026-04');
    // 30 April + 30 = 30 May, before 15 June: known. + 60 = 29 June: not yet.
    expect(april?.windows.map((w) => w.rate)).toEqual([0, null, null]);
  });

  it('months without overdue invoices have no rate', () => {
    const february = recoveryByMonth(BOOK, MONTHS, AS_OF)[1];
    expect(february?.overdueCount).toBe(0);
    expect(february?.windows.map((w) => w.rate)).toEqual([null, null, null]);
  });

  it('months run across the new year', () => {
    expect(monthsEndingWith(day('2026-02-03'), 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
  });
});

describe('recovery rates, whatever the book', () => {
  it('stay within [0, 1] and never decrease as the window grows', () => {
    const asOf = day('2026-12-31');
    const months = monthsEndingWith(asOf, 12);
    const row = fc.record({
      due: fc.integer({ min: 0, max: 364 }),
      late: fc.option(fc.integer({ min: -20, max: 200 }), { nil: null }),
      cents: fc.integer({ min: 1, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const book = rows.map((r, i) => {
          const dueDate = addDays(day('2026-01-01'), r.due);
          const paid = r.late === null ? null : addDays(dueDate, r.late);
          return invoice({
            number: `F-${i}`,
            client: `Client ${i % 5}`,
            amountCents: r.cents,
            dueDate,
            paidDate: paid !== null && paid <= asOf ? paid : null,
          });
        });
        for (const month of recoveryByMonth(book, months, asOf)) {
          const rates = month.windows.map((w) => w.rate);
          let previous = 0;
          for (const rate of rates) {
            if (rate === null) continue;
            expect(rate).toBeGreaterThanOrEqual(previous);
            expect(rate).toBeLessThanOrEqual(1);
            previous = rate;
          }
          // A longer window is never known before a shorter one.
          const known = rates.map((r) => r !== null);
          expect(known).toEqual([...known].sort((a, b) => Number(b) - Number(a)));
        }
      }),
    );
  });
});
