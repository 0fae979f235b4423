/**
 * LockService (https://developers.google.com/apps-script/reference/lock/lock-service and
 * https://developers.google.com/apps-script/reference/lock/lock).
 *
 * - getScriptLock() is one lock for every user of the script; getUserLock() one per user;
 *   getDocumentLock() one per document, and null when the execution has no document ("If this
 *   method is called outside of the context of a containing document then null is returned").
 * - tryLock(ms) returns false after waiting `ms` when another execution holds the lock; the clock
 *   advances by the time waited, so a run that waits eats into its 6-minute budget.
 * - waitLock(ms) throws "Lock timeout: another process was holding the lock for too long." (the
 *   message executions report; not on the reference page).
 * - A lock is released by releaseLock() or when its execution ends (the Lock page: the lock is
 *   released when the script finishes).
 *
 * Only one execution runs at a time in this runtime, so "another process" is either another
 * execution context (two contexts driven by a test) or a hold placed by `holdLock`.
 */
import type { ExecutionContext, ServiceModule } from '../service-module.ts';

export type LockScope = 'script' | 'user' | 'document';

export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

/** Stands for an execution outside this runtime holding a lock (see LockStore.holdLock). */
const OTHER_PROCESS = Object.freeze({ name: 'another execution' });

interface Hold {
  readonly owner: object;
  /** When the other process lets go by itself (epoch ms), null when only release() ends it. */
  readonly releaseAt: number | null;
}

function lockKey(scope: LockScope, key: string | null): string {
  return scope === 'script' ? 'script' : `${scope}:${key ?? ''}`;
}

export class LockStore {
  readonly #holds = new Map<string, Hold>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  /**
   * Test control: another execution holds the lock (`key` is the document id for 'document',
   * the user's e-mail for 'user', ignored for 'script'), until `release` or, if given, `until`.
   */
  holdLock(
    scope: LockScope,
    key: string | null = null,
    options: { until?: Date | number } = {},
  ): void {
    this.#holds.set(lockKey(scope, key), {
      owner: OTHER_PROCESS,
      releaseAt: options.until === undefined ? null : Number(options.until),
    });
  }

  /** Test control: the other execution lets go. */
  release(scope: LockScope, key: string | null = null): void {
    const k = lockKey(scope, key);
    if (this.#holds.get(k)?.owner === OTHER_PROCESS) this.#holds.delete(k);
  }

  isHeld(scope: LockScope, key: string | null = null): boolean {
    return this.#current(lockKey(scope, key)) !== null;
  }

  /** Snapshot for /state and debugging. */
  held(): { key: string; byAnotherProcess: boolean; releaseAt: Date | null }[] {
    return [...this.#holds.keys()]
      .filter((k) => this.#current(k) !== null)
      .map((k) => {
        const h = this.#holds.get(k) as Hold;
        return {
          key: k,
          byAnotherProcess: h.owner === OTHER_PROCESS,
          releaseAt: h.releaseAt === null ? null : new Date(h.releaseAt),
        };
      });
  }

  #current(k: string): Hold | null {
    const hold = this.#holds.get(k);
    if (!hold) return null;
    if (hold.releaseAt !== null && hold.releaseAt <= this.#now()) {
      this.#holds.delete(k);
      return null;
    }
    return hold;
  }

  /**
   * Tries to take `k` for `owner`, waiting at most `timeoutMs`: returns how long it waited and
   * whether it got the lock. Taking a lock the owner already holds succeeds at once (whether
   * Apps Script's locks are re-entrant within one execution is not documented).
   */
  acquire(k: string, owner: object, timeoutMs: number): { acquired: boolean; waitedMs: number } {
    const hold = this.#current(k);
    if (hold === null || hold.owner === owner) {
      this.#holds.set(k, { owner, releaseAt: null });
      return { acquired: true, waitedMs: 0 };
    }
    const wait = hold.releaseAt === null ? null : hold.releaseAt - this.#now();
    if (wait !== null && wait <= timeoutMs) {
      this.#holds.set(k, { owner, releaseAt: null });
      return { acquired: true, waitedMs: Math.max(0, wait) };
    }
    return { acquired: false, waitedMs: Math.max(0, timeoutMs) };
  }

  releaseBy(k: string, owner: object): void {
    if (this.#holds.get(k)?.owner === owner) this.#holds.delete(k);
  }

  /** Releases every lock `owner` holds (end of its execution). */
  releaseAll(owner: object): void {
    for (const [k, hold] of this.#holds) if (hold.owner === owner) this.#holds.delete(k);
  }

  ownedBy(k: string, owner: object): boolean {
    return this.#current(k)?.owner === owner;
  }
}

/** Latency estimates in ms; time spent waiting for a held lock is added on top. */
export const LOCK_LATENCY: Readonly<Record<string, number>> = {
  'Lock.tryLock': 50,
  'Lock.waitLock': 50,
  'Lock.releaseLock': 20,
  'Lock.hasLock': 0,
};

export class LockModule implements ServiceModule {
  constructor(readonly store: LockStore) {}

  globals(ctx: ExecutionContext): Record<string, unknown> {
    const store = this.store;
    const makeLock = (k: string) => {
      let acquired = false;
      const attempt = (ms: number): boolean => {
        const timeout = Math.max(0, Number(ms) || 0);
        const { acquired: got, waitedMs } = store.acquire(k, ctx, timeout);
        if (waitedMs > 0) ctx.kernel.clock.advance(waitedMs);
        acquired = got;
        return got;
      };
      return {
        tryLock(timeoutInMillis: number): boolean {
          ctx.kernel.call('Lock.tryLock');
          return attempt(timeoutInMillis);
        },
        waitLock(timeoutInMillis: number): void {
          ctx.kernel.call('Lock.waitLock');
          if (!attempt(timeoutInMillis)) throw ctx.newError(LOCK_TIMEOUT_MESSAGE);
        },
        releaseLock(): void {
          ctx.kernel.call('Lock.releaseLock');
          store.releaseBy(k, ctx);
          acquired = false;
        },
        /** True once this Lock acquired and neither released nor lost it. */
        hasLock(): boolean {
          ctx.kernel.call('Lock.hasLock');
          return acquired && store.ownedBy(k, ctx);
        },
        toString: () => 'Lock',
      };
    };
    const LockService = {
      getScriptLock: () => {
        ctx.kernel.call('LockService.getScriptLock');
        return makeLock(lockKey('script', null));
      },
      getUserLock: () => {
        ctx.kernel.call('LockService.getUserLock');
        return makeLock(lockKey('user', ctx.userEmail));
      },
      getDocumentLock: () => {
        ctx.kernel.call('LockService.getDocumentLock');
        return ctx.activeSpreadsheetId === null
          ? null
          : makeLock(lockKey('document', ctx.activeSpreadsheetId));
      },
      toString: () => 'LockService',
    };
    return { LockService };
  }

  endExecution(ctx: ExecutionContext): void {
    this.store.releaseAll(ctx);
  }
}
