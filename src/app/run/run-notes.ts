/**
 * The daily run's notes outside the invoice ladder: quote follow-ups from the quotes tab, and
 * payment plans from the plans tab (read by note-tabs.ts). From them this module works out where
 * each plan stands, and gives the run (and the sidebar's preview) what it weaves into its steps: the holds that suspend the invoices of kept plans, the plan events to log, the
 * notes to carry out with the reminders, and the status cells of quotes and plan invoices.
 */
import type { CalendarDate } from '../../core/calendar-date.ts';
import { clientCalendar } from '../../core/client-calendar.ts';
import type { DayOutsideLadder } from '../../core/forecast.ts';
import { CLIENTS_ONLY, readHistory } from '../../core/history.ts';
import type { Invoice, RowError } from '../../core/invoice.ts';
import { byFoldedNumber } from '../../core/invoice-number-key.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import type { LogEntry } from '../../core/log-entry.ts';
import { readNoteHistory } from '../../core/note-history.ts';
import type { PaymentPlan } from '../../core/payment-plans/payment-plan.ts';
import { newPlanEvents, recordedBreaks } from '../../core/payment-plans/plan-events.ts';
import {
  type InstalmentNotes,
  planInstalmentNotes,
} from '../../core/payment-plans/plan-instalment-notes.ts';
import {
  type PlanStanding,
  planStanding,
  suspendedInvoices,
} from '../../core/payment-plans/plan-standing.ts';
import type { PlannedNote } from '../../core/planned-note.ts';
import type { InvoiceHold } from '../../core/planner.ts';
import { buildProfiles } from '../../core/profiles.ts';
import { planQuotes, type QuotePlan } from '../../core/quotes/plan-quotes.ts';
import { isQuoteClosed, type Quote, quoteAsInvoice } from '../../core/quotes/quote.ts';
import type { QuoteColumns } from '../../core/quotes/quote-columns.ts';
import type { Settings } from '../../core/settings.ts';
import {
  keptPlanStatusCells,
  planStatusNote,
  quoteStatusCells,
} from '../../core/status/note-status-text.ts';
import type { StatusCells } from '../../core/status/status-columns.ts';

/** The quotes tab as read for one run (see note-tabs.ts for the reading). */
export interface QuoteReading {
  readonly quotes: readonly Quote[];
  readonly rowErrors: readonly RowError[];
  readonly keyHeader: string | null;
  readonly problem: LocalizedText | null;
  readonly columns: QuoteColumns;
  /** The tab's name and its non-blank headers, for the Start guide. */
  readonly sheet: string;
  readonly headers: readonly string[];
}

export interface NoteSources {
  readonly quotes: QuoteReading | null;
  /** Plans not cancelled. */
  readonly plans: readonly PaymentPlan[];
}

/** Open quotes as the documents whose prospects' replies pause their notes. */
export function quoteDocuments(sources: NoteSources): Invoice[] {
  return (sources.quotes?.quotes ?? []).filter((q) => !isQuoteClosed(q)).map(quoteAsInvoice);
}

export function standingsOf(
  sources: NoteSources,
  invoices: readonly Invoice[],
  log: readonly LogEntry[],
  today: CalendarDate,
): PlanStanding[] {
  // Asked for every day of Today's week ahead: a book without plans costs no index of its invoices.
  if (sources.plans.length === 0) return [];
  const byNumber = byFoldedNumber(invoices.map((i) => [i.number, i]));
  const breaks = recordedBreaks(log);
  return sources.plans.map((plan) =>
    planStanding(plan, byNumber, today, breaks.get(plan.id) ?? null),
  );
}

/** A broken plan's invoices restart their sequence, at its next stage, on the day it broke. */
export function planRestarts(standings: readonly PlanStanding[]): Map<string, CalendarDate> {
  const restarts = new Map<string, CalendarDate>();
  for (const { plan, state } of standings)
    if (state.kind === 'broken') for (const n of plan.invoiceNumbers) restarts.set(n, state.on);
  return restarts;
}

/** A kept plan suspends its invoices' sequence until it is completed or broken. */
export function planHolds(standings: readonly PlanStanding[]): InvoiceHold[] {
  return [...suspendedInvoices(standings)].map((invoiceNumber) => ({ invoiceNumber, until: null }));
}

export interface NotePlans {
  readonly quotes: QuotePlan | null;
  readonly instalments: InstalmentNotes;
  readonly emails: readonly PlannedNote[];
}

/** What the notes of one day are planned from. */
export interface NotesDay {
  readonly sources: NoteSources;
  readonly standings: readonly PlanStanding[];
  readonly invoices: readonly Invoice[];
  /** The log as the run (or the preview) knows it. */
  readonly log: readonly LogEntry[];
  readonly settings: Settings;
  readonly today: CalendarDate;
}

/** The day's quote follow-ups and instalment notes. */
export function planNotes(day: NotesDay): NotePlans {
  const { sources, standings, invoices, log, settings, today } = day;
  const calendar = clientCalendar(settings);
  const profiles = buildProfiles(
    invoices,
    readHistory(log, { countTestSends: settings.testMode, invoices: CLIENTS_ONLY }),
    settings,
    today,
  );
  const quotes = sources.quotes
    ? planQuotes({
        today,
        quotes: sources.quotes.quotes,
        rowErrors: sources.quotes.rowErrors,
        log,
        settings,
        calendar,
        profiles,
        invoices,
      })
    : null;
  const instalments = planInstalmentNotes({
    today,
    standings,
    invoices: byFoldedNumber(invoices.map((i) => [i.number, i])),
    log,
    settings,
    calendar,
    profiles,
  });
  return { quotes, instalments, emails: [...(quotes?.emails ?? []), ...instalments.emails] };
}

/** Each day's plan standings and notes, as the forecast planned them. */
export type PlannedNotes = Map<CalendarDate, { standings: PlanStanding[]; notes: NotePlans }>;

/**
 * The forecast's payment plans and notes of each day (see planWeek), decided as the run of that
 * day decides them: the plans stand where they stand that day (a kept plan whose instalment
 * passes its grace days breaks, and its invoices restart), its events are logged first, then the
 * notes are planned from the log as it is by then. `planned` keeps each day's note plans, for
 * the views that show more than the e-mails.
 */
export function notesOutsideLadder(
  sources: NoteSources,
  invoices: readonly Invoice[],
  settings: Settings,
  planned: PlannedNotes,
): DayOutsideLadder {
  const busy = sources.quotes !== null || sources.plans.length > 0;
  return (today, log) => {
    const standings = standingsOf(sources, invoices, log, today);
    const events = newPlanEvents(standings, log, {
      at: `${today}T09:00:00.000Z`,
      date: today,
      runId: `forecast-${today}`,
    });
    // Nothing to plan without quotes or plans: the log is not read again for nothing. The log
    // is copied only on the rare day an event joins it.
    const logged = events.length === 0 ? log : [...log, ...events];
    const notes = busy
      ? planNotes({ sources, standings, invoices, log: logged, settings, today })
      : { quotes: null, instalments: { emails: [], decisions: [] }, emails: [] };
    planned.set(today, { standings, notes });
    return {
      holds: planHolds(standings),
      restarts: planRestarts(standings),
      notes: notes.emails,
      events,
    };
  };
}

/** The status cells of each quote, by quote number. */
export function quoteStatuses(
  plans: NotePlans,
  sources: NoteSources,
  log: readonly LogEntry[],
  settings: Settings,
  problems: ReadonlyMap<string, string>,
): Map<string, StatusCells> {
  const statuses = new Map<string, StatusCells>();
  if (!plans.quotes || !sources.quotes) return statuses;
  const notes = readNoteHistory(log, { countTestSends: settings.testMode });
  for (const error of sources.quotes.rowErrors)
    if (error.invoiceNumber !== null)
      statuses.set(error.invoiceNumber, ['', '', '', error.message]);
  for (const decision of plans.quotes.decisions) {
    statuses.set(
      decision.number,
      quoteStatusCells(
        decision,
        notes.of(decision.number),
        settings.language,
        problems.get(decision.number) ?? null,
      ),
    );
  }
  return statuses;
}

/**
 * The invoices tab's cells of invoices under a plan: a kept plan replaces the suspended
 * sequence's cells; a broken or completed one keeps the ladder's cells with the plan's note
 * when the ladder has none.
 */
export function withPlanStatuses(
  statuses: Map<string, StatusCells>,
  standings: readonly PlanStanding[],
  plans: NotePlans,
  settings: Settings,
  problems: ReadonlyMap<string, string>,
): Map<string, StatusCells> {
  const decisions = new Map(plans.instalments.decisions.map((d) => [d.planId, d]));
  for (const standing of standings) {
    for (const number of standing.plan.invoiceNumbers) {
      const current = statuses.get(number);
      if (!current) continue;
      if (standing.state.kind === 'kept') {
        statuses.set(
          number,
          keptPlanStatusCells(
            standing,
            decisions.get(standing.plan.id),
            current[1],
            settings.language,
            problems.get(number) ?? null,
          ),
        );
      } else if (current[3] === '') {
        statuses.set(number, [
          current[0],
          current[1],
          current[2],
          planStatusNote(standing, settings.language),
        ]);
      }
    }
  }
  return statuses;
}
