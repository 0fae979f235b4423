import { addDays, type CalendarDate, daysBetween } from '../calendar-date.ts';
import { clientCalendar } from '../client-calendar.ts';
import { readHistory } from '../history.ts';
import type { Invoice } from '../invoice.ts';
import { type Folded, foldInvoiceNumber } from '../invoice-number-key.ts';
import type { LogEntry } from '../log-entry.ts';
import { instalmentMessageKey, instalmentSubject, readNoteHistory } from '../note-history.ts';
import type { PlannedNote } from '../planned-note.ts';
import { clientBlocker, type RecentExchange, rowGroup } from '../planner.ts';
import { type ClientProfile, profileOf } from '../profiles.ts';
import { type BusinessCalendar, memoizeCalendar, nextBusinessDayFrom } from '../schedule.ts';
import type { Settings } from '../settings.ts';
import type { InstalmentStage } from '../stage.ts';
import type { InstalmentStanding, PlanStanding } from './plan-standing.ts';
import type { PlanTiming } from './plan-timing.ts';

export interface InstalmentNotesInput {
  readonly today: CalendarDate;
  readonly standings: readonly PlanStanding[];
  /** By folded number (foldInvoiceNumber): a plan lists its numbers as they were typed then. */
  readonly invoices: Folded<ReadonlyMap<string, Invoice>>;
  readonly log: readonly LogEntry[];
  readonly settings: Settings;
  readonly calendar?: BusinessCalendar;
  readonly recentExchanges?: readonly RecentExchange[];
  readonly profiles?: ReadonlyMap<string, ClientProfile>;
}

/** Where one plan stands for its notes today, for the status columns and the sidebar. */
export type InstalmentDecision =
  | {
      readonly planId: string;
      readonly state: 'planned';
      readonly stage: InstalmentStage;
      readonly index: number;
    }
  | {
      readonly planId: string;
      readonly state: 'waiting';
      readonly stage: InstalmentStage;
      readonly index: number;
      readonly date: CalendarDate;
    }
  | { readonly planId: string; readonly state: 'idle' };

export interface InstalmentNotes {
  readonly emails: readonly PlannedNote[];
  readonly decisions: readonly InstalmentDecision[];
}

interface NoteDate {
  readonly instalment: InstalmentStanding;
  readonly stage: InstalmentStage;
  readonly date: CalendarDate;
}

/**
 * The instalment notes of the kept plans: before each unpaid instalment a friendly note, and when
 * its date has passed unpaid a reminder for what is left of that instalment (not the whole
 * balance), each at most once, on a business day of the client's country, never while the
 * client's reply pauses them, never while a send is pending. At most one message per plan a day:
 * the earliest instalment's.
 */
export function planInstalmentNotes(input: InstalmentNotesInput): InstalmentNotes {
  const { today, settings } = input;
  const calendar = memoizeCalendar(input.calendar ?? clientCalendar(settings));
  const countTestSends = settings.testMode;
  const notes = readNoteHistory(input.log, { countTestSends });
  // The plans' lead invoices are the only ones asked about (for their thread).
  const history = readHistory(input.log, {
    countTestSends,
    invoices: new Set(input.standings.map((s) => s.plan.invoiceNumbers[0] ?? '')),
  });
  const blocks = clientBlocker(today, settings, history, input.recentExchanges ?? []);
  const profiles = input.profiles ?? new Map<string, ClientProfile>();
  const emails: PlannedNote[] = [];
  const decisions: InstalmentDecision[] = [];

  for (const standing of input.standings) {
    const { plan } = standing;
    const lead = input.invoices.get(foldInvoiceNumber(plan.invoiceNumbers[0] ?? ''));
    if (standing.state.kind !== 'kept' || !lead) {
      decisions.push({ planId: plan.id, state: 'idle' });
      continue;
    }
    const country = lead.country ?? settings.country;
    const profile = profileOf(plan.clientKey, profiles);
    const timing = settings.planTiming[profile.segment];
    const ahead: NoteDate[] = standing.instalments
      .filter((i) => i.dueCents > 0)
      .flatMap((i) => noteDates(i, timing, country, calendar))
      .filter((n) => {
        const record = notes.of(instalmentSubject(plan.id, n.instalment.index));
        if (record.done.has(n.stage)) return false;
        return !(n.stage === 'plan_note' && today > n.instalment.date);
      });
    const pending = standing.instalments.some(
      (i) => notes.of(instalmentSubject(plan.id, i.index)).pendingSince !== null,
    );
    const due = ahead.find((n) => n.date <= today);
    if (
      !due ||
      pending ||
      blocks(plan.clientKey, rowGroup(lead.emails)) ||
      !calendar.isBusinessDay(today, country)
    ) {
      const next = ahead.find((n) => n.date > today) ?? due;
      decisions.push(
        next
          ? {
              planId: plan.id,
              state: 'waiting',
              stage: next.stage,
              index: next.instalment.index,
              date: next.date > today ? next.date : addDays(today, 1),
            }
          : { planId: plan.id, state: 'idle' },
      );
      continue;
    }
    const { instalment, stage } = due;
    const listed = plan.invoiceNumbers.flatMap(
      (n) => input.invoices.get(foldInvoiceNumber(n)) ?? [],
    );
    const previousThread =
      standing.instalments
        .map((i) => notes.of(instalmentSubject(plan.id, i.index)).threadId)
        .filter((t) => t !== null)
        .pop() ?? history.invoice(lead.number).threadId;
    decisions.push({ planId: plan.id, state: 'planned', stage, index: instalment.index });
    emails.push({
      kind: 'email',
      // Notes name their own dates (the instalment's, the quote's deadline); no ladder step follows.
      nextStepOn: null,
      clientKey: plan.clientKey,
      client: lead.client,
      to: unique(listed.flatMap((i) => i.emails)),
      cc: unique(listed.flatMap((i) => i.cc)),
      segment: profile.segment,
      keyAccount: profile.keyAccount,
      language: lead.language ?? settings.language,
      invoices: instalmentAsInvoices(listed, instalment).map((invoice) => ({
        invoice,
        stage,
        daysOverdue: Math.max(0, daysBetween(instalment.date, today)),
      })),
      threadId: previousThread,
      priority: stage === 'plan_reminder' ? instalment.dueCents : 0,
      messageKey: instalmentMessageKey(plan.clientKey, plan.id, instalment.index, stage, today),
      stage,
    });
  }
  return { emails, decisions };
}

function noteDates(
  instalment: InstalmentStanding,
  timing: PlanTiming,
  country: string,
  calendar: BusinessCalendar,
): NoteDate[] {
  const dates: NoteDate[] = [];
  if (timing.noteDaysBefore !== null) {
    const date = nextBusinessDayFrom(
      addDays(instalment.date, -timing.noteDaysBefore),
      country,
      calendar,
    ).date;
    if (date <= instalment.date) dates.push({ instalment, stage: 'plan_note', date });
  }
  if (timing.reminderDaysAfter !== null) {
    const date = nextBusinessDayFrom(
      addDays(instalment.date, timing.reminderDaysAfter),
      country,
      calendar,
    ).date;
    if (date <= instalment.lastDay) dates.push({ instalment, stage: 'plan_reminder', date });
  }
  return dates;
}

/**
 * The instalment as the templates see the plan's invoices: each by its own number (the message
 * names them all, the log and the status columns record them all), due on the instalment's date;
 * what is left of the instalment is carried by the first, so that `{{total_due}}` and
 * `{{amount}}` are the instalment's and not the invoices' whole balance. The lead's payment link
 * stays; no file is attached to a note.
 */
function instalmentAsInvoices(
  listed: readonly Invoice[],
  instalment: InstalmentStanding,
): Invoice[] {
  return listed.map((invoice, index) => ({
    ...invoice,
    amountCents: index === 0 ? instalment.dueCents : 0,
    amountPaidCents: 0,
    dueDate: instalment.date,
    paidDate: null,
    status: 'open',
    promiseDate: null,
    fileId: null,
    paymentLink: index === 0 ? invoice.paymentLink : null,
  }));
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
