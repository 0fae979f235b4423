/**
 * Payment plans (échéancier): the default schedule, payments allocated to instalments in order,
 * the break rule, the instalments' notes and reminders, the log events and the forecast seam.
 * Atelier Brun owes €1,800 on F-2026-014 (due 13 March 2026); on 20 March Camille agrees three
 * monthly instalments of €600 from 1 April.
 */

import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../src/core/invoice.ts';
import {
  byFoldedNumber,
  type Folded,
  foldedNumbers,
  foldInvoiceNumber,
} from '../../../src/core/invoice-number-key.ts';
import { createPlan, overdueInvoicesOf } from '../../../src/core/payment-plans/create-plan.ts';
import { equalMonthlyInstalments } from '../../../src/core/payment-plans/equal-instalments.ts';
import { expectedInstalments } from '../../../src/core/payment-plans/instalment-forecast.ts';
import type { PaymentPlan } from '../../../src/core/payment-plans/payment-plan.ts';
import { newPlanEvents, recordedBreaks } from '../../../src/core/payment-plans/plan-events.ts';
import { planInstalmentNotes } from '../../../src/core/payment-plans/plan-instalment-notes.ts';
import { plansFromRows, planToRows } from '../../../src/core/payment-plans/plan-rows.ts';
import {
  allocatePayments,
  planStanding,
  suspendedInvoices,
} from '../../../src/core/payment-plans/plan-standing.ts';
import type { Settings } from '../../../src/core/settings.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings-defaults.ts';
import { day, invoice, logRow, weekdayCalendar } from '../fixtures/invoices.ts';

const live: Settings = { ...DEFAULT_SETTINGS, testMode: false };

const brun = invoice({
  number: 'F-2026-014',
  client: 'Atelier Brun',
  dueDate: '2026-03-13',
  amountCents: 180_000,
});

function planFor(invoices: readonly Invoice[], today = '2026-03-20'): PaymentPlan {
  const made = createPlan(
    { invoiceNumbers: invoices.map((i) => i.number), count: 3, firstDate: day('2026-04-01') },
    { invoices, inKeptPlans: foldedNumbers([]), today: day(today), random: () => 0.5 },
  );
  if (!made.ok) throw new Error(made.error.en);
  return made.plan;
}

const paid = (cents: number): Folded<Map<string, Invoice>> =>
  byFoldedNumber([[brun.number, { ...brun, amountPaidCents: cents }]]);

describe('the default schedule', () => {
  it('splits the balance in equal monthly parts that add up exactly, month ends kept', () => {
    expect(equalMonthlyInstalments(100_000, 3, day('2026-01-31'))).toEqual([
      { date: '2026-01-31', amountCents: 33_334 },
      { date: '2026-02-28', amountCents: 33_333 },
      { date: '2026-03-31', amountCents: 33_333 },
    ]);
    expect(equalMonthlyInstalments(60_000, 2, day('2026-11-15')).map((i) => i.date)).toEqual([
      '2026-11-15',
      '2026-12-15',
    ]);
  });

  it('covers the balance still due, and remembers what was paid before it', () => {
    const partly = { ...brun, amountPaidCents: 30_000 };
    const plan = planFor([partly]);
    expect(plan.instalments.map((i) => i.amountCents)).toEqual([50_000, 50_000, 50_000]);
    expect(plan.paidAtStartCents).toBe(30_000);
    expect(plan.id).toMatch(/^p20260320[a-z0-9]{4}$/);
  });

  it('refuses, in French and English, what cannot be a plan', () => {
    const other = invoice({ number: 'F-2026-020', client: 'Studio Nord', dueDate: '2026-03-01' });
    const refused = createPlan(
      { invoiceNumbers: [brun.number, other.number] },
      {
        invoices: [brun, other],
        inKeptPlans: foldedNumbers([]),
        today: day('2026-03-20'),
        random: Math.random,
      },
    );
    expect(refused).toEqual({
      ok: false,
      error: {
        fr: 'Un échéancier ne couvre que les factures d’un seul client.',
        en: 'A payment plan covers the invoices of one client only.',
      },
    });
    const wrongSum = createPlan(
      {
        invoiceNumbers: [brun.number],
        instalments: [
          { date: day('2026-04-01'), amountCents: 100_000 },
          { date: day('2026-05-01'), amountCents: 50_000 },
        ],
      },
      {
        invoices: [brun],
        inKeptPlans: foldedNumbers([]),
        today: day('2026-03-20'),
        random: Math.random,
      },
    );
    expect(wrongSum.ok).toBe(false);
    const twice = createPlan(
      { invoiceNumbers: [brun.number] },
      {
        invoices: [brun],
        inKeptPlans: foldedNumbers([brun.number]),
        today: day('2026-03-20'),
        random: Math.random,
      },
    );
    expect(twice.ok).toBe(false);
    const inDispute = createPlan(
      { invoiceNumbers: [brun.number] },
      {
        invoices: [{ ...brun, status: 'disputed' }],
        inKeptPlans: foldedNumbers([]),
        today: day('2026-03-20'),
        random: Math.random,
      },
    );
    expect(inDispute).toMatchObject({
      ok: false,
      error: { en: expect.stringContaining('disputed') },
    });
  });
});

describe('payments allocated to instalments', () => {
  const plan = planFor([brun]);

  it('fills the first instalment before the second, a partial payment staying on its instalment', () => {
    expect(allocatePayments(plan, 75_000).map((i) => [i.paidCents, i.dueCents])).toEqual([
      [60_000, 0],
      [15_000, 45_000],
      [0, 60_000],
    ]);
  });

  it('is kept while every instalment is paid within 10 days of its date', () => {
    expect(planStanding(plan, paid(60_000), day('2026-04-05')).state).toEqual({ kind: 'kept' });
    // The second instalment (1 May) is late but paid on the 9th: still kept.
    expect(planStanding(plan, paid(120_000), day('2026-05-11')).state).toEqual({ kind: 'kept' });
  });

  it('breaks the day after the grace days of an instalment still unpaid', () => {
    expect(planStanding(plan, paid(60_000), day('2026-05-11')).state).toEqual({ kind: 'kept' });
    expect(planStanding(plan, paid(60_000), day('2026-05-12')).state).toEqual({
      kind: 'broken',
      on: '2026-05-12',
      index: 1,
    });
    // Part of the instalment is not enough.
    expect(planStanding(plan, paid(119_999), day('2026-05-12')).state.kind).toBe('broken');
  });

  it('stays broken once the log records the break, even if the missed instalment is paid later', () => {
    const standing = planStanding(plan, paid(60_000), day('2026-05-12'));
    const logged = newPlanEvents([standing], [], {
      at: '2026-05-12T08:00:00.000Z',
      date: day('2026-05-12'),
      runId: 'run-1',
    });
    const breaks = recordedBreaks(logged);
    expect(
      planStanding(plan, paid(120_000), day('2026-05-20'), breaks.get(plan.id) ?? null).state,
    ).toEqual({
      kind: 'broken',
      on: '2026-05-12',
      index: 1,
    });
  });

  it('is completed when every instalment is paid or the invoice is marked paid', () => {
    expect(planStanding(plan, paid(180_000), day('2026-06-20')).state).toEqual({
      kind: 'completed',
    });
    const marked = byFoldedNumber([[brun.number, { ...brun, status: 'paid' as const }]]);
    expect(planStanding(plan, marked, day('2026-04-20')).state).toEqual({ kind: 'completed' });
  });

  it('suspends the invoice only while the plan is kept', () => {
    const kept = planStanding(plan, paid(0), day('2026-04-05'));
    const broken = planStanding(plan, paid(0), day('2026-04-20'));
    expect([...suspendedInvoices([kept])]).toEqual([foldInvoiceNumber('F-2026-014')]);
    expect([...suspendedInvoices([broken])]).toEqual([]);
  });

  it('still counts an invoice whose number was retyped since the plan was made', () => {
    const retyped = { ...brun, number: 'f-2026-014', amountPaidCents: 60_000 };
    const standing = planStanding(
      plan,
      byFoldedNumber([[retyped.number, retyped]]),
      day('2026-05-11'),
    );
    expect(standing.state).toEqual({ kind: 'kept' });
    expect(standing.paidCents).toBe(60_000);
    expect(suspendedInvoices([standing]).has(foldInvoiceNumber(retyped.number))).toBe(true);
  });

  it('refuses a second plan over an invoice of a kept plan, its number retyped', () => {
    const retyped = { ...brun, number: 'f-2026-014' };
    const second = createPlan(
      { invoiceNumbers: [retyped.number], count: 2, firstDate: day('2026-04-01') },
      {
        invoices: [retyped],
        inKeptPlans: suspendedInvoices([planStanding(plan, paid(0), day('2026-04-05'))]),
        today: day('2026-03-20'),
        random: () => 0.5,
      },
    );
    expect(second).toMatchObject({ ok: false, error: { en: expect.stringMatching(/plan/i) } });
  });
});

describe('the instalments’ notes', () => {
  const plan = planFor([brun]);
  const notes = (today: string, paidCents: number) =>
    planInstalmentNotes({
      today: day(today),
      standings: [planStanding(plan, paid(paidCents), day(today))],
      invoices: paid(paidCents),
      log: [],
      settings: live,
      calendar: weekdayCalendar(),
    });

  it('sends a friendly note 3 days before an instalment, for that instalment’s amount', () => {
    expect(notes('2026-03-27', 0).emails).toEqual([]);
    const [note] = notes('2026-03-30', 0).emails;
    expect(note?.stage).toBe('plan_note');
    expect(note?.invoices[0]?.invoice).toMatchObject({
      number: 'F-2026-014',
      amountCents: 60_000,
      dueDate: '2026-04-01',
    });
  });

  it('reminds a missed instalment 3 days after its date for what is left of it, not the balance', () => {
    const [reminder] = notes('2026-05-04', 75_000).emails;
    expect(reminder?.stage).toBe('plan_reminder');
    expect(reminder?.invoices[0]?.invoice.amountCents).toBe(45_000);
    expect(reminder?.priority).toBe(45_000);
    expect(reminder?.messageKey).toMatch(new RegExp(`-${plan.id}-2$`));
  });

  it('reminds each instalment once: the sent row, read back by its message key, settles it', () => {
    const [reminder] = notes('2026-05-04', 75_000).emails;
    const sentRow = logRow({
      date: '2026-05-04',
      outcome: 'sent',
      stage: 'plan_reminder',
      clientKey: plan.clientKey,
      invoiceNumbers: [brun.number],
      messageKey: reminder?.messageKey ?? null,
    });
    const next = planInstalmentNotes({
      today: day('2026-05-05'),
      standings: [planStanding(plan, paid(75_000), day('2026-05-05'))],
      invoices: paid(75_000),
      log: [sentRow],
      settings: live,
      calendar: weekdayCalendar(),
    });
    expect(next.emails).toEqual([]);
    expect(next.decisions).toEqual([
      { planId: plan.id, state: 'waiting', stage: 'plan_note', index: 2, date: '2026-05-29' },
    ]);
  });

  it('sends nothing for a paid instalment, nor once the plan is broken', () => {
    expect(notes('2026-04-06', 60_000).emails).toEqual([]);
    expect(notes('2026-05-12', 60_000).emails).toEqual([]);
  });

  it('waits while the client’s reply pauses them, though it came from an address the row no longer gives', () => {
    // Atelier Brun answered from its former address about F-2026-014; the row now gives another.
    const reply = logRow({
      date: '2026-03-26',
      outcome: 'paused',
      clientKey: brun.clientKey,
      recipients: ['contact@atelier-brun.fr'],
      invoiceNumbers: [brun.number],
      detail: 'kind=client_reply; on=2026-03-26',
    });
    const paused = planInstalmentNotes({
      today: day('2026-03-30'),
      standings: [planStanding(plan, paid(0), day('2026-03-30'))],
      invoices: paid(0),
      log: [reply],
      settings: { ...live, pauseDaysAfterReply: 7 },
      calendar: weekdayCalendar(),
    });
    expect(paused.emails).toEqual([]);
  });
});

describe('the log and the forecast', () => {
  const plan = planFor([brun]);
  const row = { at: '2026-05-12T08:00:00.000Z', date: day('2026-05-12'), runId: 'run-1' };

  it('records each instalment kept once and the break once', () => {
    const standing = planStanding(plan, paid(60_000), day('2026-05-12'));
    const first = newPlanEvents([standing], [], row);
    expect(first.map((r) => r.detail)).toEqual([
      `event=kept; plan=${plan.id}; instalment=1`,
      `event=broken; plan=${plan.id}; instalment=2; due=60000`,
    ]);
    expect(first.every((r) => r.outcome === 'plan' && r.invoiceNumbers[0] === 'F-2026-014')).toBe(
      true,
    );
    expect(newPlanEvents([standing], first, row)).toEqual([]);
  });

  it('expects the unpaid instalments of kept plans, in date order', () => {
    const standing = planStanding(plan, paid(75_000), day('2026-04-20'));
    expect(expectedInstalments([standing]).map((e) => [e.date, e.amountCents, e.currency])).toEqual(
      [
        ['2026-05-01', 45_000, 'EUR'],
        ['2026-06-01', 60_000, 'EUR'],
      ],
    );
    expect(expectedInstalments([planStanding(plan, paid(0), day('2026-04-20'))])).toEqual([]);
  });

  it('round-trips through the plans tab, and a cancelled plan reads as cancelled', () => {
    const rows = [['Plan'], ...planToRows(plan, 'en')];
    expect(plansFromRows(rows)).toEqual([plan]);
    const cancelled = rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 10), 'annulé']));
    expect(plansFromRows(cancelled)[0]?.cancelled).toBe(true);
    const damaged = rows.map((r, i) => (i === 2 ? [...r.slice(0, 8), 'soon', ...r.slice(9)] : r));
    expect(plansFromRows(damaged)).toEqual([]);
  });
});

describe('plan timings from the settings, per segment', () => {
  const settings: Settings = {
    ...live,
    planTiming: {
      ...live.planTiming,
      new: { noteDaysBefore: 7, reminderDaysAfter: 1, breakAfterDays: 4 },
    },
  };

  it('takes the grace days of the client’s segment when the plan is made, and breaks after them', () => {
    const made = createPlan(
      {
        invoiceNumbers: [brun.number],
        count: 3,
        firstDate: day('2026-04-01'),
        breakAfterDays: settings.planTiming.new.breakAfterDays,
      },
      {
        invoices: [brun],
        inKeptPlans: foldedNumbers([]),
        today: day('2026-03-20'),
        random: () => 0.5,
      },
    );
    if (!made.ok) throw new Error(made.error.en);
    expect(made.plan.breakAfterDays).toBe(4);
    expect(planStanding(made.plan, paid(0), day('2026-04-05')).state).toEqual({ kind: 'kept' });
    expect(planStanding(made.plan, paid(0), day('2026-04-06')).state).toEqual({
      kind: 'broken',
      on: '2026-04-06',
      index: 0,
    });
  });

  it('sends the note 7 days before and the reminder 1 day after, as the segment says', () => {
    const plan = planFor([brun]);
    const notes = (today: string) =>
      planInstalmentNotes({
        today: day(today),
        standings: [planStanding(plan, paid(0), day(today))],
        invoices: paid(0),
        log: [],
        settings,
        calendar: weekdayCalendar(),
      });
    // 1 April 2026 is a Wednesday: 7 days before is Wednesday 25 March, 1 day after Thursday 2 April.
    expect(notes('2026-03-24').emails).toEqual([]);
    expect(notes('2026-03-25').emails.map((e) => e.stage)).toEqual(['plan_note']);
    expect(notes('2026-04-02').emails.map((e) => e.stage)).toEqual(['plan_reminder']);
  });
});

describe('a plan for all of a client’s overdue invoices', () => {
  const martin = (number: string, email: string, dueDate: string) =>
    invoice({ number, client: 'Martin', dueDate, customerKind: 'b2c', emails: [email] });
  const paul1 = martin('F-2026-031', 'paul.martin@gmail.com', '2026-01-30');
  const paul2 = martin('F-2026-035', 'Paul.Martin@gmail.com', '2026-02-27');
  const paulLater = martin('F-2026-040', 'paul.martin@gmail.com', '2026-04-30');
  // Another person typed with the same name: her invoices stay out of Paul's plan.
  const sophie = martin('F-2026-032', 'sophie.martin@orange.fr', '2026-02-10');

  it('takes the overdue invoices of the person chosen, not of everyone bearing the name', () => {
    const covered = overdueInvoicesOf(paul1, [paul1, sophie, paul2, paulLater], day('2026-03-09'));
    expect(covered.map((i) => i.number)).toEqual(['F-2026-031', 'F-2026-035']);
    expect(
      overdueInvoicesOf(sophie, [paul1, sophie, paul2], day('2026-03-09')).map((i) => i.number),
    ).toEqual(['F-2026-032']);
  });
});
