import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, daysBetween } from '../../src/core/calendar-date.ts';
import { clientCalendar } from '../../src/core/client-calendar.ts';
import type { Invoice } from '../../src/core/invoice.ts';
import type { LogEntry } from '../../src/core/log-entry.ts';
import { planRecords } from '../../src/core/plan-records.ts';
import { planDay, type RecentExchange } from '../../src/core/planner.ts';
import { SEGMENTS } from '../../src/core/segment.ts';
import type { Settings } from '../../src/core/settings.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import { EMAIL_STAGES, type Stage, stageRank } from '../../src/core/stage.ts';
import { day, invoice } from './fixtures/invoices.ts';

const START = day('2026-02-02');
const CLIENTS = [
  'Atelier Brun',
  'Studio Nord',
  'Agence Horizon',
  'Maison Dupuis',
  'Boulangerie Lefèvre',
  'Harper & Lane Ltd',
];

const invoiceArb = fc.record({
  client: fc.integer({ min: 0, max: CLIENTS.length - 1 }),
  dueOffset: fc.integer({ min: -90, max: 45 }),
  amountCents: fc.integer({ min: 1_000, max: 2_000_000 }),
  status: fc.constantFrom(
    'open',
    'open',
    'open',
    'open',
    'paid',
    'disputed',
    'on_hold',
    'auto_pay',
    'cancelled',
  ),
  paidOffset: fc.option(fc.integer({ min: -10, max: 60 }), { freq: 4 }),
  partial: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 4 }),
  promiseOffset: fc.option(fc.integer({ min: -5, max: 40 }), { freq: 4 }),
  doNotRemind: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  segmentOverride: fc.option(fc.constantFrom(...SEGMENTS), { freq: 6 }),
  country: fc.constantFrom(null, 'FR', 'BE', 'GB', 'DE'),
});

const settingsArb = fc.record({
  minGapDays: fc.integer({ min: 1, max: 10 }),
  maxRemindersPerInvoice: fc.integer({ min: 1, max: 4 }),
  pauseDaysAfterReply: fc.integer({ min: 0, max: 10 }),
  recentManualEmailDays: fc.integer({ min: 0, max: 5 }),
  testMode: fc.boolean(),
});

const scenarioArb = fc.record({
  invoices: fc.array(invoiceArb, { minLength: 1, maxLength: 14 }),
  settings: settingsArb,
  /** Days between two runs: 1 most of the time, sometimes a few missed days. */
  steps: fc.array(fc.constantFrom(1, 1, 1, 1, 2, 3, 6), { minLength: 5, maxLength: 40 }),
  exchanges: fc.array(
    fc.record({
      client: fc.integer({ min: 0, max: CLIENTS.length - 1 }),
      kind: fc.constantFrom('client_reply' as const, 'manual_email' as const),
      offset: fc.integer({ min: 0, max: 80 }),
    }),
    { maxLength: 4 },
  ),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function buildBook(scenario: Scenario): Invoice[] {
  return scenario.invoices.map((spec, i) => {
    const client = CLIENTS[spec.client] as string;
    const dueDate = addDays(START, spec.dueOffset);
    const paidDate = spec.paidOffset === null ? null : addDays(dueDate, spec.paidOffset);
    return invoice({
      number: `F-2026-${String(i + 1).padStart(3, '0')}`,
      client,
      dueDate,
      issueDate: addDays(dueDate, -30),
      amountCents: spec.amountCents,
      amountPaidCents:
        spec.partial === null ? 0 : Math.round((spec.amountCents * spec.partial) / 100),
      status: spec.status as Invoice['status'],
      paidDate,
      promiseDate: spec.promiseOffset === null ? null : addDays(START, spec.promiseOffset),
      doNotRemind: spec.doNotRemind,
      segmentOverride: spec.segmentOverride,
      country: spec.country,
      currency: spec.country === 'GB' ? 'GBP' : 'EUR',
    });
  });
}

/** Paid, or set aside by the user, or promised for a day not yet passed. */
function mustStaySilent(inv: Invoice, today: CalendarDate): boolean {
  return (
    inv.paidDate !== null ||
    inv.amountPaidCents >= inv.amountCents ||
    inv.status !== 'open' ||
    inv.doNotRemind ||
    (inv.promiseDate !== null && today <= inv.promiseDate)
  );
}

function simulate(scenario: Scenario): void {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...scenario.settings };
  const calendar = clientCalendar(settings);
  const book = buildBook(scenario);
  const byNumber = new Map(book.map((inv) => [inv.number, inv]));
  const exchanges: RecentExchange[] = scenario.exchanges.map((e) => ({
    clientKey: book.find((inv) => inv.client === CLIENTS[e.client])?.clientKey ?? 'nobody',
    kind: e.kind,
    on: addDays(START, e.offset),
  }));
  const log: LogEntry[] = [];
  const stagesDone = new Map<string, Stage[]>();
  const lastEmailTo = new Map<string, CalendarDate>();

  let today = START;
  for (const step of scenario.steps) {
    today = addDays(today, step);
    const visible = exchanges.filter((e) => e.on <= today);
    const plan = planDay({
      today,
      invoices: book,
      rowErrors: [],
      log,
      settings,
      calendar,
      recentExchanges: visible,
    });

    // Every invoice gets exactly one decision; what comes next is always in the future.
    expect(plan.decisions.map((d) => d.number)).toEqual(book.map((inv) => inv.number));
    for (const decision of plan.decisions) {
      if (decision.state === 'waiting') expect(decision.nextDate > today).toBe(true);
      if (decision.state === 'skipped') {
        expect(decision.reason.code).toBeTruthy();
        if (decision.nextDate !== null) expect(decision.nextDate > today).toBe(true);
      }
    }

    const clientsToday = new Set<string>();
    for (const email of plan.emails) {
      // One e-mail per client per day, never within the minimum gap of the previous one.
      expect(clientsToday.has(email.clientKey)).toBe(false);
      clientsToday.add(email.clientKey);
      const last = lastEmailTo.get(email.clientKey);
      if (last !== undefined)
        expect(daysBetween(last, today)).toBeGreaterThanOrEqual(settings.minGapDays);
      lastEmailTo.set(email.clientKey, today);
      // The message's stage is the most advanced of its invoices, and an e-mail stage.
      expect(EMAIL_STAGES).toContain(email.stage);
      expect(Math.max(...email.invoices.map((i) => stageRank(i.stage)))).toBe(
        stageRank(email.stage),
      );
      // No e-mail to a client who replied within the pause.
      for (const e of visible) {
        if (e.clientKey !== email.clientKey || e.kind !== 'client_reply') continue;
        if (settings.pauseDaysAfterReply === 0)
          throw new Error('e-mail to a client paused until resumed');
        expect(daysBetween(e.on, today)).toBeGreaterThan(settings.pauseDaysAfterReply);
      }
    }

    for (const action of [...plan.emails, ...plan.followUps]) {
      for (const item of action.invoices) {
        const inv = byNumber.get(item.invoice.number) as Invoice;
        expect(mustStaySilent(inv, today)).toBe(false);
        expect(calendar.isBusinessDay(today, inv.country ?? settings.country)).toBe(true);
        if (item.stage === 'pre_due') expect(today <= inv.dueDate).toBe(true);
        // Never the same stage twice, never a step back.
        const done = stagesDone.get(inv.number) ?? [];
        expect(done).not.toContain(item.stage);
        const previous = done.at(-1);
        if (previous !== undefined)
          expect(stageRank(item.stage)).toBeGreaterThan(stageRank(previous));
        stagesDone.set(inv.number, [...done, item.stage]);
      }
    }
    for (const [number, done] of stagesDone) {
      const emails = done.filter((s) => EMAIL_STAGES.includes(s)).length;
      expect(emails, number).toBeLessThanOrEqual(settings.maxRemindersPerInvoice);
    }

    log.push(
      ...planRecords(plan, {
        at: `${today}T09:00:00.000Z`,
        runId: `run-${today}`,
        emailOutcome: settings.testMode ? 'test_sent' : 'sent',
      }),
    );
  }
}

describe('planner invariants over random invoice books and runs', () => {
  it('holds every reminder rule of the README day after day', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => simulate(scenario)),
      { numRuns: 300 },
    );
    // 300 books, each run day after day: about 2 s alone, much more on a busy machine.
  }, 30_000);

  it('plans something for an open invoice whose ladder has started, unless it says why not', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const settings: Settings = { ...DEFAULT_SETTINGS, ...scenario.settings };
        const book = buildBook(scenario);
        const today = addDays(START, 10);
        const plan = planDay({ today, invoices: book, rowErrors: [], log: [], settings });
        for (const decision of plan.decisions) {
          const inv = book.find((i) => i.number === decision.number) as Invoice;
          if (mustStaySilent(inv, today)) expect(decision.state).toBe('skipped');
          if (decision.state === 'waiting') expect(decision.nextStage).toBeTruthy();
        }
      }),
      { numRuns: 200 },
    );
  });
});
