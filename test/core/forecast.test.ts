import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/core/forecast.ts';
import type { PlanInput } from '../../src/core/planner.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { day, invoice, weekdayCalendar } from './fixtures/invoices.ts';

const settings = { ...DEFAULT_SETTINGS, testMode: false };

function input(today: string, invoices: PlanInput['invoices']): PlanInput {
  return {
    today: day(today),
    invoices,
    rowErrors: [],
    log: [],
    settings,
    calendar: weekdayCalendar(),
  };
}

describe('forecast', () => {
  it('shows each of the next days, starting tomorrow', () => {
    const inv = invoice({ number: 'F-2026-014', client: 'Atelier Brun', dueDate: '2026-03-13' });
    const days = forecast(input('2026-03-06', [inv]), 7);
    expect(days.map((d) => d.date)).toEqual([
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
    ]);
    const withEmails = days.filter((d) => d.plan.emails.length > 0);
    expect(withEmails.map((d) => [d.date, d.plan.emails[0]?.stage])).toEqual([
      ['2026-03-10', 'pre_due'],
    ]);
  });

  it('treats what it plans as sent: no stage twice, the gap kept for later days', () => {
    // Today, 5 March, one message goes out: F-2026-008 at r1 (+3) with F-2026-012 at pre-due.
    // F-2026-012's r1 (9 March) waits for the 5-day gap; both r2 (12 and 16 March) then group.
    const a = invoice({
      number: 'F-2026-008',
      client: 'Boulangerie Lefèvre',
      dueDate: '2026-03-02',
    });
    const b = invoice({
      number: 'F-2026-012',
      client: 'Boulangerie Lefèvre',
      dueDate: '2026-03-06',
    });
    const days = forecast(input('2026-03-05', [a, b]), 14);
    const sent = days.flatMap((d) =>
      d.plan.emails.map((e) => [
        d.date,
        e.stage,
        e.invoices.map((i) => `${i.invoice.number}:${i.stage}`).join(' '),
      ]),
    );
    expect(sent).toEqual([
      ['2026-03-10', 'r1', 'F-2026-012:r1'],
      ['2026-03-16', 'r2', 'F-2026-008:r2 F-2026-012:r2'],
    ]);
  });

  it('changes nothing in the input log', () => {
    const inv = invoice({ number: 'F-2026-014', client: 'Atelier Brun', dueDate: '2026-03-13' });
    const base = input('2026-03-06', [inv]);
    forecast(base, 10);
    expect(base.log).toEqual([]);
  });
});
