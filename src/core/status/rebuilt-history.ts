/**
 * What was already done, read back from the status columns when the log is empty: a log tab
 * cleared or deleted (and created again by set-up) must not restart every sequence, or clients
 * would get their reminders a second time. Each invoice whose "stage" cell names a stage Relance
 * reached gets one log entry for that stage, dated by its "last" cell, so the planner escalates
 * from there instead of starting over.
 */
import { type CalendarDate, parseCalendarDate } from '../calendar-date.ts';
import type { Invoice } from '../invoice.ts';
import { type LogEntry, logEntry } from '../log-entry.ts';
import { foldText } from '../parse/fold-text.ts';
import { EMAIL_STAGES, STAGES, type Stage } from '../stage.ts';
import { statusColumnsOf } from './status-columns.ts';
import { stageLabel } from './status-text.ts';

const STAGE_OF_LABEL: ReadonlyMap<string, Stage> = new Map(
  STAGES.flatMap((stage) =>
    (['fr', 'en'] as const).map((language) => [foldText(stageLabel(stage, language)), stage]),
  ),
);

function dayOf(cell: unknown): CalendarDate | null {
  if (cell instanceof Date) return parseCalendarDate(cell.toISOString().slice(0, 10));
  return parseCalendarDate(String(cell ?? '').trim());
}

/**
 * One entry per invoice whose status says a stage was reached. `values` are the invoices tab's
 * rows, header first; `today` dates the entries whose "last" cell is blank.
 */
export function historyFromStatusColumns(
  values: readonly (readonly unknown[])[],
  invoices: readonly Invoice[],
  today: CalendarDate,
  at: string,
  runId: string,
): LogEntry[] {
  const header = values[0] ?? [];
  const { stage: stageColumn, last: lastColumn } = statusColumnsOf(header);
  if (stageColumn === undefined) return [];
  const entries: LogEntry[] = [];
  for (const invoice of invoices) {
    const cells = values[invoice.row - 1] ?? [];
    const stage = STAGE_OF_LABEL.get(foldText(String(cells[stageColumn] ?? '')));
    if (stage === undefined) continue;
    const last = lastColumn === undefined ? null : dayOf(cells[lastColumn]);
    const entry = (stage: Stage, outcome: LogEntry['outcome'], date: CalendarDate) =>
      logEntry({
        at,
        date,
        runId,
        outcome,
        stage,
        invoiceNumbers: [invoice.number],
        clientKey: invoice.clientKey,
        detail: 'rebuilt=status_columns',
      });
    if ((EMAIL_STAGES as readonly Stage[]).includes(stage)) {
      entries.push(entry(stage, 'sent', last ?? today));
      continue;
    }
    // A call or a notice comes after the e-mail stages (escalation never skips one): the "last"
    // cell dates the last of them, which spaces the client's next e-mail.
    if (last !== null) entries.push(entry('r3', 'sent', last));
    entries.push(entry(stage, stage === 'call' ? 'task' : 'drafted', last ?? today));
  }
  return entries;
}
