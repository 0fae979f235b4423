/**
 * The log without the rows no reader can tell apart from their absence: what the compact log
 * state keeps (see log-state.ts). Every reader of the log (history.ts, note-history.ts,
 * outcomes/reminder-events.ts, statistics, reconcile.ts, the run's message keys and reminder
 * threads) gives the same answer on `compactLog(a)` followed by any later rows `b` as on `a`
 * followed by `b`; test/core/log/log-compaction.property.test.ts checks it on generated logs.
 * The readers stay the one fold over the log: the state only spares them rows.
 *
 * Only two kinds of rows go, and only when it is certain:
 * - `run` summary rows, except the last: no reader uses them, and one stays so that a log of
 *   runs alone never reads as a cleared log;
 * - a `pending` row whose message's next row (same message key) is a `sent`, `drafted` or `task`
 *   row of the same stage that settles every invoice it lists (those invoices listed, not a test-mode
 *   draft or task; a sent row of the same Gmail thread when it names one): once settled that
 *   way, no reader looks at it again, and a bare confirmation (no stage or invoices) coming
 *   later finds nothing to confirm with it or without it.
 *
 * And the rows kept lose their subject and recipients, which no reader reads (they are for people,
 * and stay in the log), except `pending` rows (reconcile.ts rewrites those in place with their
 * own fields) and the recipients of `paused` and `resumed` rows, which say whose pause it is
 * (history.ts). Paused and resumed rows named no recipients before they were read, so a state
 * compacted by an earlier version holds what this one would keep, and still reads.
 */
import { isTestOnly } from '../history.ts';
import type { LogEntry } from '../log-entry.ts';
import type { LogRecord } from './log-rows.ts';

/** Outcomes that settle a pending row for every reader of the log (not only for history). */
const CONFIRMING = new Set<LogEntry['outcome']>(['sent', 'drafted', 'task']);

/** Rows whose recipients a reader needs: they name the recipient group a pause is for. */
const NAMES_ITS_GROUP = new Set<LogEntry['outcome']>(['paused', 'resumed']);

function isBare(entry: LogEntry): boolean {
  return entry.stage === null || entry.invoiceNumbers.length === 0;
}

/** Whether `settling` settles every invoice of `pending` for each reader. */
function settles(settling: LogEntry, pending: LogEntry): boolean {
  if (!CONFIRMING.has(settling.outcome) || isBare(settling) || isTestOnly(settling)) return false;
  // Each reader settles only the rows of its own stages (history skips quote and instalment
  // stages): a row of another stage, or a pending row without one, may still be open for some.
  if (pending.stage !== settling.stage) return false;
  // A pending row's thread counts as a reminder thread (replies are looked for there) until a
  // sent row of the same thread takes over.
  if (
    pending.threadId !== null &&
    (settling.outcome !== 'sent' || pending.threadId !== settling.threadId)
  )
    return false;
  const listed = new Set(settling.invoiceNumbers);
  return pending.invoiceNumbers.every((number) => listed.has(number));
}

/**
 * The records a reader needs, in their order. O(rows): read back to front, each pending row is
 * checked against the first settling row of its message that follows it.
 */
export function compactLog(records: readonly LogRecord[]): LogRecord[] {
  /** Message key → the first non-pending row after the position being read. */
  const nextSettling = new Map<string, LogEntry>();
  const kept: LogRecord[] = [];
  let lastRunSeen = false;
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i] as LogRecord;
    const { entry } = record;
    if (entry.outcome === 'run') {
      if (lastRunSeen) continue;
      lastRunSeen = true;
    } else if (entry.messageKey !== null) {
      if (entry.outcome !== 'pending') nextSettling.set(entry.messageKey, entry);
      else {
        const settling = nextSettling.get(entry.messageKey);
        if (settling !== undefined && settles(settling, entry)) continue;
      }
    }
    const recipients = NAMES_ITS_GROUP.has(entry.outcome) ? entry.recipients : [];
    kept.push(
      entry.outcome === 'pending' ||
        (entry.subject === '' && entry.recipients.length === recipients.length)
        ? record
        : { row: record.row, entry: { ...entry, subject: '', recipients } },
    );
  }
  return kept.reverse();
}
