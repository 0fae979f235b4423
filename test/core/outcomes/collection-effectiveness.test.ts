import { describe, expect, it } from 'vitest';
import { ceiByMonth, dsoFigures } from '../../../src/core/outcomes/collection-effectiveness.ts';
import { day, invoice } from '../fixtures/invoices.ts';

/**
 * March 2026 of a small book:
 * - F-201 billed 10 Feb (€1,000), due 12 Mar, paid 20 Mar;
 * - F-202 billed 20 Feb (€2,000), due 22 Mar, still unpaid (past due at the end of March);
 * - F-203 billed 15 Mar (€4,000), due 14 Apr, unpaid (not yet due at the end of March).
 * Beginning receivables 3,000; credit sales 4,000; ending 6,000, of which 4,000 current.
 */
const BOOK = [
  invoice({
    number: 'F-201',
    client: 'Atelier Moreau',
    amountCents: 100_000,
    issueDate: '2026-02-10',
    dueDate: '2026-03-12',
    paidDate: '2026-03-20',
  }),
  invoice({
    number: 'F-202',
    client: 'Bistro Lumière',
    amountCents: 200_000,
    issueDate: '2026-02-20',
    dueDate: '2026-03-22',
  }),
  invoice({
    number: 'F-203',
    client: 'Atelier Moreau',
    amountCents: 400_000,
    issueDate: '2026-03-15',
    dueDate: '2026-04-14',
  }),
  // Cancelled: never receivable, never a sale.
  invoice({
    number: 'F-204',
    client: 'Bistro Lumière',
    amountCents: 999_900,
    issueDate: '2026-03-02',
    dueDate: '2026-04-01',
    status: 'cancelled',
  }),
];

describe('DSO, best possible DSO and average days delinquent', () => {
  it('March: DSO 6,000 × 31 / 4,000 = 46.5; best 4,000 × 31 / 4,000 = 31; ADD 15.5', () => {
    const march = dsoFigures(BOOK, day('2026-03-31'), 31);
    expect(march).toEqual({
      days: 31,
      creditSalesCents: 400_000,
      receivablesCents: 600_000,
      currentCents: 400_000,
      dso: 46.5,
      bestPossibleDso: 31,
      averageDaysDelinquent: 15.5,
    });
  });

  it('90 days to 15 April: 6,000 × 90 / 7,000 = 77.1 days, all of it delinquent', () => {
    const figures = dsoFigures(BOOK, day('2026-04-15'), 90);
    expect(figures.creditSalesCents).toBe(700_000);
    expect(figures.receivablesCents).toBe(600_000);
    expect(figures.dso).toBe(77.1);
    expect(figures.bestPossibleDso).toBe(0);
    expect(figures.averageDaysDelinquent).toBe(77.1);
  });

  it('nothing billed in the period: no DSO rather than infinity', () => {
    const figures = dsoFigures(BOOK, day('2026-09-30'), 30);
    expect(figures.dso).toBeNull();
    expect(figures.averageDaysDelinquent).toBeNull();
  });
});

describe('collection effectiveness index per month', () => {
  it('March: (3,000 + 4,000 − 6,000) / (3,000 + 4,000 − 4,000) = 33.3 %', () => {
    const [february, march, april] = ceiByMonth(
      BOOK,
      ['2026-02', '2026-03', '2026-04'],
      day('2026-04-15'),
    );
    expect(march).toEqual({
      month: '2026-03',
      partial: false,
      beginningCents: 300_000,
      creditSalesCents: 400_000,
      endingCents: 600_000,
      endingCurrentCents: 400_000,
      cei: 33.3,
    });
    // February: 3,000 billed and all of it still current at the month's end: nothing was
    // collectible, so there is no index (0 / 0).
    expect(february).toMatchObject({
      creditSalesCents: 300_000,
      endingCurrentCents: 300_000,
      cei: null,
    });
    // April so far (to the 15th): 6,000 at the start, nothing billed or paid, nothing current
    // (F-203 fell due on the 14th): 0 %.
    expect(april).toMatchObject({ partial: true, beginningCents: 600_000, cei: 0 });
  });

  it('a month with everything collected scores 100', () => {
    const book = [
      invoice({
        number: 'F-301',
        client: 'Atelier Moreau',
        amountCents: 50_000,
        issueDate: '2026-05-02',
        dueDate: '2026-05-20',
        paidDate: '2026-05-25',
      }),
    ];
    expect(ceiByMonth(book, ['2026-05'], day('2026-06-10'))[0]?.cei).toBe(100);
  });
});
