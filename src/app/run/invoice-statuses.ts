/**
 * What the status columns say of each invoice after the run, by invoice number: a row error, or
 * the decision of the day with the invoice's history and today's problem if it had one.
 */
import { readHistory } from '../../core/history.ts';
import type { RowError } from '../../core/invoice.ts';
import type { LogEntry } from '../../core/log-entry.ts';
import type { Plan } from '../../core/plan.ts';
import type { Settings } from '../../core/settings.ts';
import type { StatusCells } from '../../core/status/status-columns.ts';
import { statusCellsFor, statusCellsForError } from '../../core/status/status-text.ts';

export function invoiceStatuses(
  plan: Plan,
  entries: readonly LogEntry[],
  settings: Settings,
  rowErrors: readonly RowError[],
  problems: ReadonlyMap<string, string>,
): Map<string, StatusCells> {
  // What really reached clients: a log cleared later is rebuilt from these cells, so a test send
  // must never show as a stage done (rebuilt-history.ts).
  const history = readHistory(entries, {
    countTestSends: false,
    invoices: new Set(plan.decisions.map((d) => d.number)),
  });
  const statuses = new Map<string, StatusCells>();
  for (const error of rowErrors)
    if (error.invoiceNumber !== null) statuses.set(error.invoiceNumber, statusCellsForError(error));
  for (const decision of plan.decisions) {
    statuses.set(
      decision.number,
      statusCellsFor(
        decision,
        history.invoice(decision.number),
        settings.language,
        problems.get(decision.number) ?? null,
        settings.testMode,
      ),
    );
  }
  return statuses;
}
