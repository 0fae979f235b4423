/**
 * One run at a time per document.
 *
 * LockService.getDocumentLock() prevents any user of the current document from running the
 * section concurrently, and returns null outside a document's context
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
 * A time-driven trigger of an add-on may have no document; the user lock is then the closest
 * guard (the trigger and "run now" normally belong to the same user)
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getUserLock()).
 * tryLock(ms) waits at most `ms` and returns false instead of throwing
 * (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)); a lock is
 * released when the script ends, releaseLock() frees it earlier.
 */

import { tryRunLease } from './run-lease.ts';
import type { MetadataSnapshot } from './spreadsheet-metadata.ts';

/** Short: a second run must not wait past its own time limit, it records and exits. */
export const RUN_LOCK_WAIT_MS = 5_000;

export interface HeldLock {
  readonly scope: 'document' | 'user';
  release(): void;
}

/**
 * Takes the run lock, or returns null when another execution holds it. With a document, both the
 * document lock and the user lock are taken (in that order, so two executions never wait for
 * each other): a run of the daily trigger, which has only the user lock, and a "run now" or a
 * sidebar action in the document then exclude each other. The cost: two documents of one user
 * do not run at the same moment either.
 */
export function tryRunLock(waitMs: number = RUN_LOCK_WAIT_MS): HeldLock | null {
  const documentLock = LockService.getDocumentLock();
  const userLock = LockService.getUserLock();
  if (documentLock === null) {
    if (!userLock.tryLock(waitMs)) return null;
    return { scope: 'user', release: () => userLock.releaseLock() };
  }
  if (!documentLock.tryLock(waitMs)) return null;
  if (!userLock.tryLock(waitMs)) {
    documentLock.releaseLock();
    return null;
  }
  return {
    scope: 'document',
    release: () => {
      userLock.releaseLock();
      documentLock.releaseLock();
    },
  };
}

/**
 * Runs `action` under the run lock and the spreadsheet's run lease (run-lease.ts), so a sidebar
 * action (hold, resume, ...) never interleaves with a run writing the log, whoever started
 * either. Returns null when either is held by another execution.
 */
export function withRunLock<T>(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  metadata: MetadataSnapshot,
  action: () => T,
  waitMs: number = RUN_LOCK_WAIT_MS,
): T | null {
  const lock = tryRunLock(waitMs);
  if (!lock) return null;
  try {
    const lease = tryRunLease(spreadsheet, metadata);
    if (!lease) return null;
    try {
      return action();
    } finally {
      lease.release();
    }
  } finally {
    lock.release();
  }
}
