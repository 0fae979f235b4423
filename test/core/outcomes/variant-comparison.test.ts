import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../../src/core/calendar-date.ts';
import { readOutcomeLog } from '../../../src/core/outcomes/reminder-events.ts';
import { twoProportionPValue } from '../../../src/core/outcomes/two-proportion-test.ts';
import { compareVariants } from '../../../src/core/outcomes/variant-comparison.ts';
import type { TemplateRow } from '../../../src/core/templates/index.ts';
import { day, logRow } from '../fixtures/invoices.ts';

const AS_OF = day('2026-06-30');

function template(id: string, active = true): TemplateRow {
  const [stage, segment, language, variant] = id.split('.') as [
    TemplateRow['stage'],
    TemplateRow['segment'],
    TemplateRow['language'],
    string,
  ];
  return { id, stage, segment, language, variant, subject: 's', body: 'b', active };
}

const TEMPLATES = [
  template('r1.all.fr.A'),
  template('r1.all.fr.B'),
  template('r1.all.en.A'),
  template('r2.all.fr.A'),
  template('r2.all.fr.B', false),
];

/** `count` first reminders with `variant`, the first `paidWithin` paid 7 days later. */
function reminders(variant: string, count: number, paidWithin: number, start: number) {
  const rows = [];
  const paid = new Map<string, CalendarDate>();
  for (let k = 0; k < count; k++) {
    const number = `F-${variant}-${start + k}`;
    const date = addDays(day('2026-03-02'), k);
    rows.push(
      logRow({
        date,
        outcome: 'sent',
        stage: 'r1',
        invoiceNumbers: [number],
        clientKey: `client ${k}`,
        variant,
        templateId: `r1.all.fr.${variant}`,
        messageKey: `rl-${number}`,
      }),
    );
    if (k < paidWithin) paid.set(number, addDays(date, 7));
    else if (k === paidWithin) paid.set(number, addDays(date, 30));
  }
  return { rows, paid };
}

function compare(a: ReturnType<typeof reminders>, b: ReturnType<typeof reminders>) {
  const paid = new Map([...a.paid, ...b.paid]);
  return compareVariants(
    TEMPLATES,
    readOutcomeLog([...a.rows, ...b.rows]),
    (n) => paid.get(n) ?? null,
    AS_OF,
  );
}

describe('two-proportion test', () => {
  it('45/100 vs 30/100: z = 2.19, p = 0.028', () => {
    expect(twoProportionPValue(45, 100, 30, 100)).toBeCloseTo(0.0285, 3);
  });
  it('equal shares: p = 1; no variation: no test', () => {
    expect(twoProportionPValue(10, 40, 10, 40)).toBeCloseTo(1, 6);
    expect(twoProportionPValue(0, 40, 0, 40)).toBeNull();
  });
});

describe('A/B comparison of template variants', () => {
  it('only stages with two active variants of one segment and language are compared', () => {
    const result = compare(reminders('A', 2, 1, 0), reminders('B', 2, 1, 100));
    expect(result.map((s) => s.stage)).toEqual(['r1']);
    expect(result[0]?.variants.map((v) => v.variant)).toEqual(['A', 'B']);
  });

  it('30 of 40 paid within 14 days against 15 of 40: A wins (z = 3.38, p = 0.0007)', () => {
    const [r1] = compare(reminders('A', 40, 30, 0), reminders('B', 40, 15, 100));
    expect(r1?.variants).toEqual([
      {
        variant: 'A',
        reminded: 40,
        paidWithin: 30,
        share: 0.75,
        medianDaysToPayment: 7,
        waiting: 0,
      },
      {
        variant: 'B',
        reminded: 40,
        paidWithin: 15,
        share: 0.375,
        medianDaysToPayment: 7,
        waiting: 0,
      },
    ]);
    expect(r1?.verdict).toBe('winner');
    expect(r1?.winner).toBe('A');
    expect(r1?.pValue).toBeCloseTo(0.00072, 4);
  });

  it('below 30 reminders for a variant: not enough data yet', () => {
    const [r1] = compare(reminders('A', 40, 30, 0), reminders('B', 29, 5, 100));
    expect(r1).toMatchObject({ verdict: 'not_enough_data', winner: null, pValue: null });
  });

  it('a small difference on enough data is no clear winner', () => {
    const [r1] = compare(reminders('A', 40, 20, 0), reminders('B', 40, 18, 100));
    expect(r1?.verdict).toBe('no_clear_winner');
    expect(r1?.pValue).toBeGreaterThan(0.05);
  });

  it('reminders younger than 14 days wait; the median counts payments made later too', () => {
    const recent = reminders('A', 3, 1, 0);
    // Sent 2, 3 and 4 March; paid 9 March (7 days) and 2 April (30 days).
    const result = compareVariants(
      TEMPLATES,
      readOutcomeLog(recent.rows),
      (n) => recent.paid.get(n) ?? null,
      day('2026-03-17'),
    );
    // On 17 March only the reminder of 2 March is 14 days old.
    expect(result[0]?.variants[0]).toMatchObject({ reminded: 1, paidWithin: 1, waiting: 2 });
    expect(result[0]?.variants[0]?.medianDaysToPayment).toBe(18.5); // (7 + 30) / 2
  });
});
