import { describe, expect, it } from 'vitest';
import { computeOutcomes } from '../../../src/core/outcomes/outcome-statistics.ts';
import { statisticsSheetRows } from '../../../src/core/outcomes/statistics-sheet.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings-defaults.ts';
import { day, invoice } from '../fixtures/invoices.ts';

describe('the figures as a tab', () => {
  const outcomes = computeOutcomes({
    invoices: [
      // €1,200 due 10 January, paid 20 days late; €800 open, due 1 May.
      invoice({
        number: 'F-1',
        client: 'Atelier Moreau',
        dueDate: '2026-01-10',
        paidDate: '2026-01-30',
      }),
      invoice({
        number: 'F-2',
        client: 'Atelier Moreau',
        amountCents: 80_000,
        dueDate: '2026-05-01',
      }),
    ],
    log: [],
    templates: [],
    settings: DEFAULT_SETTINGS,
    asOf: day('2026-06-15'),
  });

  it('one row per figure, in English, money in major units and unknown figures empty', () => {
    const rows = statisticsSheetRows(outcomes, 'en');
    expect(rows[0]).toEqual([
      'Question',
      'Currency',
      'Profile',
      'Period',
      'Measure',
      'Value',
      'Count',
    ]);
    expect(rows).toContainEqual([
      'Chasing',
      'EUR',
      'all',
      '2026-01',
      'Collected within 30 d',
      1,
      1,
    ]);
    // June's 30-day window has not ended: empty value.
    expect(rows).toContainEqual([
      'Chasing',
      'EUR',
      'all',
      '2026-06',
      'Collected within 30 d',
      '',
      0,
    ]);
    // F-2 is expected in the first week (no history beyond one payment: at risk): €800.
    expect(rows).toContainEqual(['Cash-in', 'EUR', 'all', '2026-06-15', 'At risk', 800, 1]);
  });
});
