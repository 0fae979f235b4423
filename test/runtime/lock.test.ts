/**
 * LockService: https://developers.google.com/apps-script/reference/lock/lock-service and
 * https://developers.google.com/apps-script/reference/lock/lock.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Kernel } from '../../local/kernel.ts';
import { LOCK_TIMEOUT_MESSAGE, LockModule, LockStore } from '../../local/services/lock.ts';
import { execute, testContext } from './service-context.ts';

const SHEET = '1xFacturesCamille2026';
let kernel: Kernel;
let locks: LockStore;
let module: LockModule;

beforeEach(() => {
  kernel = new Kernel(new Date('2026-03-02T09:12:00Z'));
  locks = new LockStore(() => kernel.clock.now());
  module = new LockModule(locks);
});

const run = <T>(body: Parameters<typeof execute<T>>[2], options = {}) =>
  execute(kernel, [module], body, { activeSpreadsheetId: SHEET, ...options });

describe('LockService', () => {
  it('getDocumentLock is null without a document (a time-driven add-on trigger)', () => {
    const lock = run(({ LockService }) => LockService.getDocumentLock(), {
      activeSpreadsheetId: null,
      kind: 'trigger',
    });
    expect(lock).toBeNull();
  });

  it('tryLock returns false after waiting its timeout while another execution holds the lock', () => {
    locks.holdLock('document', SHEET);
    const start = kernel.clock.now();
    const result = run(({ LockService }) => {
      const lock = LockService.getDocumentLock();
      return { got: lock.tryLock(10_000), has: lock.hasLock() };
    });
    expect(result).toEqual({ got: false, has: false });
    expect(kernel.clock.now() - start).toBeGreaterThanOrEqual(10_000);
  });

  it('tryLock waits only until the other execution lets go, when that comes within the timeout', () => {
    const start = kernel.clock.now();
    locks.holdLock('document', SHEET, { until: start + 3_000 });
    const got = run(({ LockService }) => LockService.getDocumentLock().tryLock(10_000));
    expect(got).toBe(true);
    const waited = kernel.clock.now() - start;
    expect(waited).toBeGreaterThanOrEqual(3_000);
    expect(waited).toBeLessThan(10_000);
  });

  it('waitLock throws the lock timeout exception', () => {
    locks.holdLock('document', SHEET);
    const error = run(({ LockService }) => {
      try {
        LockService.getDocumentLock().waitLock(30_000);
        return null;
      } catch (e) {
        return e as Error;
      }
    });
    expect(error?.message).toBe(LOCK_TIMEOUT_MESSAGE);
    expect(String(error)).toBe(`Exception: ${LOCK_TIMEOUT_MESSAGE}`);
  });

  it('a document lock on one spreadsheet does not block another spreadsheet', () => {
    locks.holdLock('document', 'another-sheet');
    expect(run(({ LockService }) => LockService.getDocumentLock().tryLock(0))).toBe(true);
  });

  it('is released at the end of the execution that held it', () => {
    run(({ LockService }) => LockService.getDocumentLock().tryLock(1000));
    expect(locks.isHeld('document', SHEET)).toBe(false);
  });

  it('hasLock is false after releaseLock, and the lock is free again', () => {
    const states = run(({ LockService }) => {
      const lock = LockService.getScriptLock();
      const before = lock.hasLock();
      lock.tryLock(0);
      const during = lock.hasLock();
      lock.releaseLock();
      return [before, during, lock.hasLock(), locks.isHeld('script')];
    });
    expect(states).toEqual([false, true, false, false]);
  });

  it('two executions contend: the second waits, fails, then succeeds once the first ends', () => {
    // Two executions of the daily run on the same sheet (a manual "run now" and the trigger).
    const manual = testContext(kernel, { activeSpreadsheetId: SHEET, functionName: 'runNow' });
    const trigger = testContext(kernel, { activeSpreadsheetId: SHEET, kind: 'trigger' });
    const manualLock = module.globals(manual).LockService as GoogleAppsScript.Lock.LockService;
    const triggerLock = module.globals(trigger).LockService as GoogleAppsScript.Lock.LockService;

    expect(manualLock.getDocumentLock().tryLock(0)).toBe(true);
    const start = kernel.clock.now();
    expect(triggerLock.getDocumentLock().tryLock(5_000)).toBe(false);
    expect(kernel.clock.now() - start).toBeGreaterThanOrEqual(5_000);

    module.endExecution(manual);
    expect(triggerLock.getDocumentLock().tryLock(5_000)).toBe(true);
  });

  it('the script lock is shared by every user; the user lock is not', () => {
    const camille = testContext(kernel, { userEmail: 'camille.martin@gmail.com' });
    const associate = testContext(kernel, { userEmail: 'lucas.bernard@gmail.com' });
    const a = module.globals(camille).LockService as GoogleAppsScript.Lock.LockService;
    const b = module.globals(associate).LockService as GoogleAppsScript.Lock.LockService;
    expect(a.getUserLock().tryLock(0)).toBe(true);
    expect(b.getUserLock().tryLock(0)).toBe(true);
    expect(a.getScriptLock().tryLock(0)).toBe(true);
    expect(b.getScriptLock().tryLock(0)).toBe(false);
  });
});
