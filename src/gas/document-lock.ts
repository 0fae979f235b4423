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

/** Short: a second run must not wait past its own time limit, it records and exits. */
export const RUN_LOCK_WAIT_MS = 5_000;

export interface HeldLock {
  readonly scope: 'document' | 'user';
  release(): void;
}

/** Takes the run lock, or returns null when another execution holds it. */
export function tryRunLock(waitMs: number = RUN_LOCK_WAIT_MS): HeldLock | null {
  const documentLock = LockService.getDocumentLock();
  const lock = documentLock ?? LockService.getUserLock();
  if (!lock.tryLock(waitMs)) return null;
  return {
    scope: documentLock ? 'document' : 'user',
    release: () => lock.releaseLock(),
  };
}

/**
 * Runs `action` under the run lock, so a sidebar action (hold, resume, ...) never interleaves
 * with a run writing the log. Returns null when the lock could not be taken.
 */
export function withRunLock<T>(action: () => T, waitMs: number = RUN_LOCK_WAIT_MS): T | null {
  const lock = tryRunLock(waitMs);
  if (!lock) return null;
  try {
    return action();
  } finally {
    lock.release();
  }
}
