/**
 * What the status columns say of each invoice after the run, by invoice number: a row error, or
 * the decision of the day with the invoice's history and today's problem if it had one, followed
 * by the client's latest automatic reply of the last two weeks (an absence may explain a silence),
 * of the person whose invoice it is when one name is several.
 */
import {
  autoReplyOf,
  autoReplySentence,
  recentAutoReplies,
} from '../../core/exchanges/auto-reply-notes.ts';
import { readHistory } from '../../core/history.ts';
import type { Invoice, RowError } from '../../core/invoice.ts';
import type { LogEntry } from '../../core/log-entry.ts';
import type { Plan } from '../../core/plan.ts';
import { clientGroups } from '../../core/planner.ts';
import type { Settings } from '../../core/settings.ts';
import type { StatusCells } from '../../core/status/status-columns.ts';
import { statusCellsFor, statusCellsForError } from '../../core/status/status-text.ts';

/** Nothing left to chase: an automatic reply is no news for these. */
const SETTLED = new Set(['paid', 'auto_pay', 'cancelled']);

export function invoiceStatuses(
  plan: Plan,
  invoices: readonly Invoice[],
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
  const autoReplies = recentAutoReplies(entries, plan.today);
  const invoiceOf = new Map(invoices.map((invoice) => [invoice.number, invoice]));
  const groupOf = clientGroups(invoices);
  for (const decision of plan.decisions) {
    const [stage, last, next, note] = statusCellsFor(
      decision,
      history.invoice(decision.number),
      settings.language,
      problems.get(decision.number) ?? null,
      settings.testMode,
    );
    const settled = decision.state === 'skipped' && SETTLED.has(decision.reason.code);
    const invoice = invoiceOf.get(decision.number);
    const reply =
      settled || !invoice
        ? undefined
        : autoReplyOf(autoReplies, invoice.clientKey, groupOf(invoice));
    const told = reply ? autoReplySentence(reply, settings.language) : '';
    statuses.set(decision.number, [stage, last, next, [note, told].filter(Boolean).join(' · ')]);
  }
  return statuses;
}
