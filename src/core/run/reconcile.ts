/**
 * Pending log rows left by a run that was cut between "pending" and its outcome. Each one is
 * checked against Gmail by the reference printed in the message, never re-sent blindly:
 * - found in Sent mail (or among drafts for a formal notice): it went out, the row says so;
 * - not found: it never left; the row is marked failed and the planner plans it again, any
 *   half-made draft being deleted first.
 */
import { formatLogDetail, parseLogDetail, SETTLING } from '../history.ts';
import type { LogRecord } from '../log/log-rows.ts';
import type { LogEntry, LogOutcome } from '../log-entry.ts';
import { messageReference } from './message-reference.ts';

export interface GmailLookups {
  findSent(reference: string): string | null;
  findDraft(reference: string): string | null;
  deleteDrafts(reference: string): number;
}

export interface Reconciliation {
  /** Rows to rewrite in place, with their new content. */
  readonly updates: readonly { readonly record: LogRecord; readonly entry: LogEntry }[];
  /** Number of messages resolved. */
  readonly messages: number;
}

/** Pending records whose message key no later row settles, grouped by message key. */
export function unsettledPending(records: readonly LogRecord[]): Map<string, LogRecord[]> {
  const open = new Map<string, LogRecord[]>();
  for (const record of records) {
    const key = record.entry.messageKey;
    if (key === null) continue;
    if (record.entry.outcome === 'pending') {
      const list = open.get(key) ?? [];
      list.push(record);
      open.set(key, list);
    } else if (SETTLING.has(record.entry.outcome)) open.delete(key);
  }
  return open;
}

export function reconcilePending(
  records: readonly LogRecord[],
  gmail: GmailLookups,
  at: string,
  runId: string,
): Reconciliation {
  const updates: { record: LogRecord; entry: LogEntry }[] = [];
  let messages = 0;
  for (const [key, group] of unsettledPending(records)) {
    const first = group[0]?.entry;
    if (!first) continue;
    const reference = messageReference(key);
    const isNotice = first.stage === 'notice';
    const test = parseLogDetail(first.detail).mode === 'test';
    const threadId = isNotice
      ? (gmail.findDraft(reference) ?? gmail.findSent(reference))
      : gmail.findSent(reference);
    let outcome: LogOutcome;
    let detail: string;
    if (threadId !== null) {
      outcome = isNotice ? 'drafted' : test ? 'test_sent' : 'sent';
      // A test-mode draft keeps its mark: once live it does not count as the client's notice.
      detail = formatLogDetail({
        reconciled: at,
        run: runId,
        found: 'gmail',
        ...(test ? { mode: 'test' } : {}),
      });
    } else {
      const removed = isNotice ? 0 : gmail.deleteDrafts(reference);
      outcome = 'failed';
      detail = formatLogDetail({
        reconciled: at,
        run: runId,
        found: 'none',
        reason: 'interrupted before sending; planned again',
        ...(removed > 0 ? { draftsDeleted: String(removed) } : {}),
      });
    }
    messages += 1;
    for (const record of group) {
      updates.push({
        record,
        entry: { ...record.entry, outcome, threadId: threadId ?? record.entry.threadId, detail },
      });
    }
  }
  return { updates, messages };
}
