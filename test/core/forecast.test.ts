import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendar-date.ts';
import {
  type DayOutsideLadder,
  type ForecastDay,
  forecast,
  planWeek,
} from '../../src/core/forecast.ts';
import type { LogEntry } from '../../src/core/log-entry.ts';
import { planRecords } from '../../src/core/plan-records.ts';
import type { PlannedNote } from '../../src/core/planned-note.ts';
import { type PlanInput, planDay } from '../../src/core/planner.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import { STAGES } from '../../src/core/stage.ts';
import { clientKeyOf, day, invoice, logRow, weekdayCalendar } from './fixtures/invoices.ts';

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
    // Today, 5 March, one message goes out: F-2026-008 at r1 (+3); F-2026-012's pre-due nudge
    // stays out of it (a message lists one stage only). F-2026-012's r1 (9 March) waits for the
    // 5-day gap, to 10 March; F-2026-008's r2 (12 March) then waits for the gap after it, to
    // Monday 16 March; F-2026-012's r2 (10 + 7 = 17 March) for the gap after that.
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
      ['2026-03-16', 'r2', 'F-2026-008:r2'],
    ]);
  });

  it('changes nothing in the input log', () => {
    const inv = invoice({ number: 'F-2026-014', client: 'Atelier Brun', dueDate: '2026-03-13' });
    const base = input('2026-03-06', [inv]);
    forecast(base, 10);
    expect(base.log).toEqual([]);
  });
});

/** The forecast as first written: the whole log read again for every day. */
function naiveForecast(input: PlanInput, days: number): ForecastDay[] {
  const log: LogEntry[] = [...input.log];
  const result: ForecastDay[] = [];
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(input.today, offset);
    const plan = planDay({ ...input, today: date, log });
    if (offset > 0) result.push({ date, plan, notes: [] });
    log.push(
      ...planRecords(plan, {
        at: `${date}T09:00:00.000Z`,
        runId: `forecast-${date}`,
        emailOutcome: 'sent',
      }),
    );
  }
  return result;
}

const CLIENTS = ['Atelier Brun', 'Studio Nord', 'Agence Horizon', 'Maison Dupuis'];
const TODAY = day('2026-03-16');

const logArb = fc.record({
  outcome: fc.constantFrom(
    'sent',
    'test_sent',
    'pending',
    'drafted',
    'task',
    'skipped',
    'held',
    'resumed',
    'paused',
  ),
  invoice: fc.integer({ min: 0, max: 11 }),
  stage: fc.constantFrom(...STAGES),
  dayOffset: fc.integer({ min: -40, max: 0 }),
  /** Pending rows share a key with a later row (settled) or not; sent rows may be bare. */
  keyed: fc.boolean(),
  bare: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  detail: fc.constantFrom('', 'by=user', 'mode=test', 'kind=client_reply', 'until=2026-03-20'),
});

const bookArb = fc.record({
  invoices: fc.array(
    fc.record({
      client: fc.integer({ min: 0, max: CLIENTS.length - 1 }),
      dueOffset: fc.integer({ min: -60, max: 20 }),
      partial: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    }),
    { minLength: 12, maxLength: 12 },
  ),
  log: fc.array(logArb, { maxLength: 40 }),
  testMode: fc.boolean(),
  minGapDays: fc.integer({ min: 1, max: 7 }),
});

describe('forecast reads the log once', () => {
  // 200 books planned ten days each, twice: about 4 s alone, more on a loaded machine.
  it('gives exactly the plans of reading the whole log again every day', () => {
    fc.assert(
      fc.property(bookArb, (book) => {
        const invoices = book.invoices.map((spec, i) =>
          invoice({
            number: `F-2026-${String(i + 1).padStart(3, '0')}`,
            client: CLIENTS[spec.client] as string,
            dueDate: addDays(TODAY, spec.dueOffset),
            amountCents: 150_000,
            amountPaidCents: spec.partial ? 50_000 : 0,
          }),
        );
        const log = book.log
          .map((row, i) => {
            const inv = invoices[row.invoice] as (typeof invoices)[number];
            const bare = row.outcome === 'sent' && row.bare;
            return {
              at: addDays(TODAY, row.dayOffset),
              entry: logRow({
                date: addDays(TODAY, row.dayOffset),
                outcome: row.outcome,
                stage: bare || row.outcome === 'paused' ? null : row.stage,
                clientKey: clientKeyOf(inv.client),
                invoiceNumbers: bare || row.outcome === 'paused' ? [] : [inv.number],
                messageKey: row.keyed ? `key-${row.invoice}-${row.stage}` : null,
                runId: `run-${i}`,
                detail: row.detail,
              }),
            };
          })
          .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
          .map((r) => r.entry);
        const input: PlanInput = {
          today: TODAY,
          invoices,
          rowErrors: [],
          log,
          settings: { ...settings, testMode: book.testMode, minGapDays: book.minGapDays },
          calendar: weekdayCalendar(),
        };
        expect(forecast(input, 10)).toEqual(naiveForecast(input, 10));
        expect(planWeek(input, 10).today).toEqual(planDay(input));
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('planWeek with the payment plans and notes of each day', () => {
  // Due Monday 2 March: r1 would go on Thursday 5 March. A payment plan holds it until it
  // breaks, on Monday 9 March: the sequence restarts that day.
  const brun = invoice({ number: 'F-2026-014', client: 'Atelier Brun', dueDate: '2026-03-02' });
  const held = {
    ...input('2026-03-04', [brun]),
    holds: [{ invoiceNumber: brun.number, until: null }],
  };
  const emailDays = (days: readonly ForecastDay[]) =>
    days.flatMap((d) => d.plan.emails.map((e) => `${d.date} ${e.stage}`));

  it('holds the invoices of a kept plan on every day when the days are not asked', () => {
    expect(emailDays(planWeek(held, 7).days)).toEqual([]);
  });

  it('restarts the invoices of a plan on the day it breaks inside the week', () => {
    const outside: DayOutsideLadder = (date) =>
      date < day('2026-03-09')
        ? { holds: held.holds, restarts: new Map(), notes: [], events: [] }
        : {
            holds: [],
            restarts: new Map([[brun.number, day('2026-03-09')]]),
            notes: [],
            events: [],
          };
    expect(emailDays(planWeek(held, 7, outside).days)).toEqual(['2026-03-09 r1']);
  });

  it('gives each day the log with the rows of the days before, its notes among them', () => {
    // An instalment note on Thursday 5 March, and its reminder once the note is in the log.
    const note = (stage: 'plan_note' | 'plan_reminder', date: string): PlannedNote => ({
      clientKey: brun.clientKey,
      client: brun.client,
      to: ['compta@atelier-brun.fr'],
      cc: [],
      segment: 'punctual',
      keyAccount: false,
      language: 'fr',
      kind: 'email',
      stage,
      invoices: [{ invoice: brun, stage, daysOverdue: 0 }],
      threadId: null,
      priority: 0,
      messageKey: `${brun.clientKey}|${stage}|${date}`,
      nextStepOn: null,
    });
    const seen: string[] = [];
    const outside: DayOutsideLadder = (date, log) => {
      seen.push(`${date} ${log.length}`);
      const noted = log.some((row) => row.stage === 'plan_note');
      const notes =
        date === day('2026-03-05')
          ? [note('plan_note', date)]
          : noted && date === day('2026-03-09')
            ? [note('plan_reminder', date)]
            : [];
      return { holds: held.holds, restarts: new Map(), notes, events: [] };
    };
    const week = planWeek(held, 7, outside);
    expect(
      week.days.flatMap((d) => d.notes.map((n) => `${d.date} ${n.invoices[0]?.stage}`)),
    ).toEqual(['2026-03-05 plan_note', '2026-03-09 plan_reminder']);
    // One row for the note of 5 March, from the 6th on; the input log is left as it was.
    expect(seen).toEqual([
      '2026-03-04 0',
      '2026-03-05 0',
      '2026-03-06 1',
      '2026-03-07 1',
      '2026-03-08 1',
      '2026-03-09 1',
      '2026-03-10 2',
      '2026-03-11 2',
    ]);
    expect(held.log).toEqual([]);
  });
});
