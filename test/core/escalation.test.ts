import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../src/core/calendar-date.ts';
import { forecast } from '../../src/core/forecast.ts';
import type { Invoice } from '../../src/core/invoice.ts';
import type { LogEntry } from '../../src/core/log-entry.ts';
import type { InvoiceDecision, Plan } from '../../src/core/plan.ts';
import { planRecords } from '../../src/core/plan-records.ts';
import { type PlanInput, planDay } from '../../src/core/planner.ts';
import type { Settings } from '../../src/core/settings.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import { singleInvoiceEmail } from '../../src/core/single-invoice-email.ts';
import { STAGES, type Stage } from '../../src/core/stage.ts';
import { day, invoice, logRow, weekdayCalendar } from './fixtures/invoices.ts';

const live: Settings = { ...DEFAULT_SETTINGS, testMode: false };

function input(today: string, invoices: readonly Invoice[], extra: Partial<PlanInput> = {}) {
  return {
    today: day(today),
    invoices,
    rowErrors: [],
    log: [],
    settings: live,
    calendar: weekdayCalendar(),
    ...extra,
  } satisfies PlanInput;
}

function decisionOf(p: Plan, number: string): InvoiceDecision {
  const decision = p.decisions.find((d) => d.number === number);
  if (!decision) throw new Error(`no decision for ${number}`);
  return decision;
}

/** Every step the invoice gets from `today` on, as the run would do it day after day. */
function steps(today: string, invoices: readonly Invoice[], extra: Partial<PlanInput> = {}) {
  const base = input(today, invoices, extra);
  const todays = planDay(base);
  const later = forecast(base, 90).map((d) => d.plan);
  return [todays, ...later].flatMap((p) =>
    [...p.emails, ...p.followUps].map((a) => `${p.today} ${a.stage}`),
  );
}

function done(date: string, inv: Invoice, stage: Stage, outcome: LogEntry['outcome'] = 'sent') {
  return logRow({
    date,
    outcome,
    stage,
    clientKey: inv.clientKey,
    invoiceNumbers: [inv.number],
    detail: outcome === 'skipped' ? 'by=user' : '',
  });
}

// Weekdays only: 2 March 2026 is a Monday.
describe('escalation never skips an e-mail stage', () => {
  it('starts an invoice first seen 40 days late at r1, then keeps the rhythm from there', () => {
    // The segment is pinned: past 60 days overdue the client would turn high-risk (tighter gaps).
    const moreau = invoice({
      number: 'F-2026-019',
      client: 'Cabinet Moreau',
      dueDate: '2026-02-06',
      segmentOverride: 'occasional',
    });
    expect(steps('2026-03-18', [moreau])).toEqual([
      '2026-03-18 r1',
      '2026-03-25 r2', // r1 + (10 − 3)
      '2026-04-08 r3', // r2 + (24 − 10)
      '2026-04-14 call', // r3 + (30 − 24)
      '2026-04-29 notice', // call + (45 − 30)
    ]);
  });

  it('leaves an invoice first seen 200 days late to the user: nothing sent, nothing drafted', () => {
    const old = invoice({ number: 'F-2025-061', client: 'Garage Petit', dueDate: '2025-08-30' });
    const p = planDay(input('2026-03-18', [old]));
    expect(p.emails).toEqual([]);
    expect(p.followUps).toEqual([]);
    expect(decisionOf(p, old.number)).toEqual({
      number: old.number,
      state: 'skipped',
      reason: { code: 'old_debt', daysOverdue: 200 },
      nextStage: null,
      nextDate: null,
    });
    expect(steps('2026-03-18', [old])).toEqual([]);
  });

  it('chases an old debt from r1 once the user decides to, from that day on', () => {
    const old = invoice({
      number: 'F-2025-061',
      client: 'Garage Petit',
      dueDate: '2025-08-30',
      segmentOverride: 'occasional',
    });
    const log = [
      logRow({
        date: '2026-03-18',
        outcome: 'resumed',
        clientKey: old.clientKey,
        invoiceNumbers: [old.number],
      }),
    ];
    expect(steps('2026-03-18', [old], { log }).slice(0, 2)).toEqual([
      '2026-03-18 r1',
      '2026-03-25 r2',
    ]);
  });

  it('chases an invoice a day short of the old-debt limit, and every invoice when it is 0', () => {
    const under = invoice({ number: 'F-2025-110', client: 'Studio Nord', dueDate: '2025-12-19' });
    expect(planDay(input('2026-03-18', [under])).emails.map((e) => e.stage)).toEqual(['r1']);
    const at = invoice({ number: 'F-2025-109', client: 'Studio Nord', dueDate: '2025-12-18' });
    expect(decisionOf(planDay(input('2026-03-18', [at])), at.number)).toMatchObject({
      reason: { code: 'old_debt', daysOverdue: 90 },
    });
    const old = invoice({ number: 'F-2025-061', client: 'Garage Petit', dueDate: '2025-08-30' });
    const settings = { ...live, oldDebtDays: 0 };
    expect(planDay(input('2026-03-18', [old], { settings })).emails.map((e) => e.stage)).toEqual([
      'r1',
    ]);
  });

  it('after missed runs sends the next stage, not the latest one due, and shifts the rest', () => {
    // r1 on time (5 March); the runs stopped until 30 March, past r2 (12) and r3 (26).
    const inv = invoice({
      number: 'F-2026-008',
      client: 'Boulangerie Lefèvre',
      dueDate: '2026-03-02',
    });
    const log = [done('2026-03-05', inv, 'r1')];
    expect(steps('2026-03-30', [inv], { log }).slice(0, 2)).toEqual([
      '2026-03-30 r2',
      '2026-04-13 r3',
    ]);
  });

  it('goes on after a stage the user skipped, from the day it was skipped', () => {
    const inv = invoice({
      number: 'F-2026-008',
      client: 'Boulangerie Lefèvre',
      dueDate: '2026-03-02',
    });
    const log = [done('2026-03-05', inv, 'r1'), done('2026-03-20', inv, 'r2', 'skipped')];
    expect(decisionOf(planDay(input('2026-03-20', [inv], { log })), inv.number)).toEqual({
      number: inv.number,
      state: 'waiting',
      nextStage: 'r3',
      nextDate: '2026-04-03', // skipped on 20 March + (24 − 10)
    });
  });

  it('announces r1, not a later stage, for an invoice held before any reminder', () => {
    const inv = invoice({ number: 'F-2026-021', client: 'Maison Dupuis', dueDate: '2026-03-02' });
    const log = [
      logRow({
        date: '2026-03-01',
        outcome: 'held',
        clientKey: inv.clientKey,
        invoiceNumbers: [inv.number],
        detail: 'until=2026-03-27',
      }),
    ];
    expect(decisionOf(planDay(input('2026-03-16', [inv], { log })), inv.number)).toEqual({
      number: inv.number,
      state: 'skipped',
      reason: { code: 'held_by_user', until: '2026-03-27' },
      nextStage: 'r1',
      nextDate: '2026-03-30',
    });
    expect(steps('2026-03-16', [inv], { log })[0]).toBe('2026-03-30 r1');
  });

  it('re-bases the later stages on a late step', () => {
    // r1 went out 4 days late (9 March instead of 5): r2 waits 7 days from it, not the 12th.
    const inv = invoice({
      number: 'F-2026-008',
      client: 'Boulangerie Lefèvre',
      dueDate: '2026-03-02',
    });
    const log = [done('2026-03-09', inv, 'r1')];
    expect(decisionOf(planDay(input('2026-03-12', [inv], { log })), inv.number)).toEqual({
      number: inv.number,
      state: 'waiting',
      nextStage: 'r2',
      nextDate: '2026-03-16',
    });
  });

  it('plans the call only after r3 and the notice only after the call', () => {
    const inv = invoice({ number: 'F-2026-002', client: 'Maison Dupuis', dueDate: '2026-01-05' });
    const afterR2 = [done('2026-01-08', inv, 'r1'), done('2026-01-15', inv, 'r2')];
    expect(
      planDay(input('2026-03-02', [inv], { log: afterR2 })).emails.map((e) => e.stage),
    ).toEqual(['r3']);
    const afterR3 = [...afterR2, done('2026-01-29', inv, 'r3')];
    const p = planDay(input('2026-03-02', [inv], { log: afterR3 }));
    expect(p.followUps.map((f) => f.stage)).toEqual(['call']);
  });

  it('gives each message the day of the next step, for the deadline it states', () => {
    const inv = invoice({
      number: 'F-2026-008',
      client: 'Boulangerie Lefèvre',
      dueDate: '2026-03-02',
    });
    const log = [done('2026-03-05', inv, 'r1'), done('2026-03-12', inv, 'r2')];
    const p = planDay(input('2026-03-26', [inv], { log }));
    expect(p.emails.map((e) => [e.stage, e.nextStepOn])).toEqual([['r3', '2026-04-01']]);
  });

  it('gives the same day to the e-mail of one invoice made outside the plan (preview, test)', () => {
    const inv = invoice({
      number: 'F-2026-008',
      client: 'Boulangerie Lefèvre',
      dueDate: '2026-03-02',
    });
    const log = [done('2026-03-05', inv, 'r1'), done('2026-03-12', inv, 'r2')];
    const options = { language: 'fr', messageKey: 'preview' } as const;
    const onR3Day = input('2026-03-26', [inv], { log });
    expect(singleInvoiceEmail(inv, { ...options, stage: 'r3', plan: onR3Day }).nextStepOn).toBe(
      '2026-04-01',
    );
    // r3 previewed before its day: the call keeps its gap after it.
    const early = input('2026-03-20', [inv], { log });
    expect(singleInvoiceEmail(inv, { ...options, stage: 'r3', plan: early }).nextStepOn).toBe(
      '2026-04-01',
    );
    // r3 previewed four days late: the call waits its six days (Sunday 5 April), then Easter
    // Monday.
    const late = input('2026-03-30', [inv], { log });
    expect(singleInvoiceEmail(inv, { ...options, stage: 'r3', plan: late }).nextStepOn).toBe(
      '2026-04-07',
    );
  });
});

// --- The forecast is what the run then does --------------------------------------------------

const CLIENTS = ['Atelier Brun', 'Studio Nord', 'Agence Horizon', 'Maison Dupuis', 'Garage Petit'];
const START = day('2026-03-16');

const bookArb = fc.record({
  invoices: fc.array(
    fc.record({
      client: fc.integer({ min: 0, max: CLIENTS.length - 1 }),
      dueOffset: fc.integer({ min: -150, max: 20 }),
      /** How many stages were already done, each on a day at or after its own offset day. */
      doneStages: fc.integer({ min: 0, max: 5 }),
      lateness: fc.integer({ min: 0, max: 9 }),
      heldUntil: fc.option(fc.integer({ min: -3, max: 20 }), { freq: 4 }),
      promise: fc.option(fc.integer({ min: -3, max: 20 }), { freq: 5 }),
    }),
    { minLength: 1, maxLength: 10 },
  ),
  minGapDays: fc.integer({ min: 1, max: 7 }),
  horizon: fc.integer({ min: 1, max: 30 }),
});

type Book = typeof bookArb extends fc.Arbitrary<infer T> ? T : never;

function bookInput(book: Book, onePerClient: boolean): PlanInput {
  const log: LogEntry[] = [];
  const invoices = book.invoices.map((spec, i) => {
    const number = `F-2026-${String(i + 1).padStart(3, '0')}`;
    const client = onePerClient ? `Client ${i + 1}` : (CLIENTS[spec.client] as string);
    const dueDate = addDays(START, spec.dueOffset);
    const inv = invoice({
      number,
      client,
      dueDate,
      promiseDate: spec.promise === null ? null : addDays(START, spec.promise),
    });
    const offsets = live.offsets.new;
    let previous: CalendarDate | null = null;
    for (const stage of STAGES.slice(1, 1 + spec.doneStages)) {
      const offset = offsets[stage] as number;
      let on = addDays(dueDate, offset + spec.lateness);
      if (previous !== null && on <= previous) on = addDays(previous, 1);
      if (on >= START) break;
      const outcome = stage === 'call' ? 'task' : stage === 'notice' ? 'drafted' : 'sent';
      log.push(done(on, inv, stage, outcome));
      previous = on;
    }
    if (spec.heldUntil !== null) {
      log.push(
        logRow({
          date: addDays(START, -5),
          outcome: 'held',
          clientKey: inv.clientKey,
          invoiceNumbers: [number],
          detail: `until=${addDays(START, spec.heldUntil)}`,
        }),
      );
    }
    return inv;
  });
  log.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    today: START,
    invoices,
    rowErrors: [],
    log,
    settings: { ...live, minGapDays: book.minGapDays },
    calendar: weekdayCalendar(),
  };
}

/** The daily run, day after day from `input.today`: each day plans on what the runs before logged. */
function runDays(input: PlanInput, days: number): Plan[] {
  const log = [...input.log];
  const plans: Plan[] = [];
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(input.today, offset);
    const plan = planDay({ ...input, today: date, log });
    plans.push(plan);
    log.push(
      ...planRecords(plan, {
        at: `${date}T07:00:00.000Z`,
        runId: `run-${date}`,
        emailOutcome: 'sent',
      }),
    );
  }
  return plans;
}

function actions(plan: Plan): string[] {
  return [...plan.emails, ...plan.followUps].map(
    (a) => `${a.stage}:${a.invoices.map((i) => `${i.invoice.number}@${i.stage}`).join(',')}`,
  );
}

describe('the forecast made on day D is what the runs do on D+k when nothing changes', () => {
  it('gives, for every later day, exactly the actions of that day’s run', () => {
    fc.assert(
      fc.property(bookArb, (book) => {
        const input = bookInput(book, false);
        const predicted = forecast(input, book.horizon);
        const runs = runDays(input, book.horizon).slice(1);
        expect(predicted.map((d) => [d.date, actions(d.plan)])).toEqual(
          runs.map((p) => [p.today, actions(p)]),
        );
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('does on the announced day the step Today announces, for a client with one invoice', () => {
    fc.assert(
      fc.property(bookArb, (book) => {
        const input = bookInput(book, true);
        const today = planDay(input);
        const runs = runDays(input, 120).slice(1);
        for (const decision of today.decisions) {
          const announced =
            decision.state === 'waiting'
              ? { stage: decision.nextStage, date: decision.nextDate }
              : decision.state === 'skipped' && decision.nextStage && decision.nextDate
                ? { stage: decision.nextStage, date: decision.nextDate }
                : null;
          if (!announced) continue;
          const first = runs
            .flatMap((p) =>
              p.decisions
                .filter((d) => d.number === decision.number && d.state === 'planned')
                .map((d) => ({ stage: d.state === 'planned' ? d.stage : null, date: p.today })),
            )
            .at(0);
          expect(first).toEqual(announced);
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
