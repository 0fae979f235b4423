import type { CalendarDate } from '../calendar-date.ts';
import { formatLogDetail, parseLogDetail } from '../history.ts';
import { type LogEntry, logEntry } from '../log-entry.ts';
import type { PaymentPlan } from './payment-plan.ts';
import type { PlanStanding, RecordedBreak } from './plan-standing.ts';

/** What the log records of a plan's life, besides its instalments' notes (their own rows). */
export type PlanEvent = 'created' | 'kept' | 'broken';

interface EventRow {
  readonly at: string;
  readonly date: CalendarDate;
  readonly runId: string;
}

/** The `plan` row of one event: the plan's invoices, client, and `event=…; plan=…` details. */
export function planEventRow(
  plan: PaymentPlan,
  event: PlanEvent,
  row: EventRow,
  fields: Readonly<Record<string, string>> = {},
): LogEntry {
  return logEntry({
    ...row,
    outcome: 'plan',
    invoiceNumbers: plan.invoiceNumbers,
    clientKey: plan.clientKey,
    detail: formatLogDetail({ event, plan: plan.id, ...fields }),
  });
}

/** The breaks the log records, by plan id: the day and the instalment (0-based). */
export function recordedBreaks(log: readonly LogEntry[]): Map<string, RecordedBreak> {
  const breaks = new Map<string, RecordedBreak>();
  for (const entry of log) {
    if (entry.outcome !== 'plan') continue;
    const fields = parseLogDetail(entry.detail);
    const index = Number(fields.instalment) - 1;
    if (fields.event === 'broken' && fields.plan && !breaks.has(fields.plan) && index >= 0)
      breaks.set(fields.plan, { on: entry.date, index });
  }
  return breaks;
}

/** `plan id|event|instalment` of every plan event already in the log. */
function recordedEvents(log: readonly LogEntry[]): Set<string> {
  const seen = new Set<string>();
  for (const entry of log) {
    if (entry.outcome !== 'plan') continue;
    const fields = parseLogDetail(entry.detail);
    seen.add(`${fields.plan}|${fields.event}|${fields.instalment ?? ''}`);
  }
  return seen;
}

/**
 * The events the log does not hold yet: an instalment paid in full is `kept` (once per
 * instalment), a plan past the grace days of an unpaid instalment is `broken` (once). Pure and
 * derived from the sheet and the log, so a second run the same day adds nothing.
 */
export function newPlanEvents(
  standings: readonly PlanStanding[],
  log: readonly LogEntry[],
  row: EventRow,
): LogEntry[] {
  const seen = recordedEvents(log);
  const rows: LogEntry[] = [];
  for (const standing of standings) {
    const { plan } = standing;
    for (const instalment of standing.instalments) {
      const number = String(instalment.index + 1);
      if (instalment.dueCents > 0 || seen.has(`${plan.id}|kept|${number}`)) continue;
      rows.push(planEventRow(plan, 'kept', row, { instalment: number }));
    }
    const { state } = standing;
    if (state.kind === 'broken' && !seen.has(`${plan.id}|broken|${state.index + 1}`)) {
      rows.push(
        planEventRow(plan, 'broken', row, {
          instalment: String(state.index + 1),
          due: String(standing.instalments[state.index]?.dueCents ?? 0),
        }),
      );
    }
  }
  return rows;
}
