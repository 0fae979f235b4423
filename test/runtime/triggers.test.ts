/**
 * ScriptApp triggers with the editor add-on rules:
 * - https://developers.google.com/apps-script/reference/script/script-app
 * - https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 * - https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
 * - https://developers.google.com/workspace/add-ons/concepts/editor-triggers (one trigger of each
 *   type per user per document; time-driven at most hourly)
 * - https://developers.google.com/apps-script/guides/triggers/events#time-driven-events
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Kernel } from '../../local/kernel.ts';
import type { ServiceModule } from '../../local/service-module.ts';
import { GmailModule } from '../../local/services/gmail/gmail-app.ts';
import { Mailbox } from '../../local/services/gmail/mailbox.ts';
import { LockModule, LockStore } from '../../local/services/lock.ts';
import {
  Authorization,
  ScriptAppModule,
  TRIGGER_ERRORS,
  type TriggerRun,
  TriggerStore,
} from '../../local/services/script-app.ts';
import { execute, type GasGlobals } from './service-context.ts';

const SHEET = '1xFacturesCamille2026';
let kernel: Kernel;
let store: TriggerStore;
let auth: Authorization;
let modules: ServiceModule[];

beforeEach(() => {
  kernel = new Kernel(new Date('2026-03-02T07:30:00Z'));
  store = new TriggerStore({ seed: 42 });
  auth = new Authorization();
  const mailbox = new Mailbox(kernel, {
    userEmail: 'camille.martin@gmail.com',
    userName: 'Camille Martin',
  });
  modules = [
    new ScriptAppModule(store, auth),
    new LockModule(new LockStore(() => kernel.clock.now())),
    new GmailModule(mailbox, auth),
  ];
});

const run = <T>(body: (g: GasGlobals) => T, options = {}) =>
  execute(kernel, modules, body, { activeSpreadsheetId: SHEET, ...options });

const installDaily = (hour = 9) =>
  run(({ ScriptApp }) =>
    ScriptApp.newTrigger('runReminders')
      .timeBased()
      .atHour(hour)
      .everyDays(1)
      .inTimezone('Europe/Paris')
      .create(),
  );

function errorOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('creating triggers', () => {
  it('describes the trigger it created', () => {
    const info = run(({ ScriptApp }) => {
      const t = ScriptApp.newTrigger('runReminders').timeBased().atHour(9).everyDays(1).create();
      return {
        handler: t.getHandlerFunction(),
        type: String(t.getEventType()),
        source: String(t.getTriggerSource()),
        isClock: t.getEventType() === ScriptApp.EventType.CLOCK,
        uid: t.getUniqueId(),
        listed: ScriptApp.getProjectTriggers().map((p) => p.getUniqueId()),
      };
    });
    expect(info).toMatchObject({
      handler: 'runReminders',
      type: 'CLOCK',
      source: 'CLOCK',
      isClock: true,
    });
    expect(info.uid).toMatch(/^\d{19}$/);
    expect(info.listed).toEqual([info.uid]);
  });

  it('refuses a second time-based trigger for the same user and document', () => {
    installDaily();
    expect(errorOf(() => installDaily(18))).toBe(TRIGGER_ERRORS.oneTimeBasedPerDocument);
    expect(store.list()).toHaveLength(1);
  });

  it('lets the add-on replace its trigger: delete, then create', () => {
    installDaily();
    run(({ ScriptApp }) => {
      for (const t of ScriptApp.getProjectTriggers()) ScriptApp.deleteTrigger(t);
      ScriptApp.newTrigger('runReminders').timeBased().atHour(18).everyDays(1).create();
    });
    expect(store.list()).toHaveLength(1);
  });

  it('allows one time-based trigger in each document', () => {
    installDaily();
    expect(() =>
      run(
        ({ ScriptApp }) => ScriptApp.newTrigger('runReminders').timeBased().everyHours(1).create(),
        {
          activeSpreadsheetId: '1xFacturesAssociation',
        },
      ),
    ).not.toThrow();
  });

  it('refuses triggers more frequent than hourly for an add-on, not for a plain script', () => {
    const everyFive = () =>
      run(({ ScriptApp }) =>
        ScriptApp.newTrigger('runReminders').timeBased().everyMinutes(5).create(),
      );
    expect(errorOf(everyFive)).toBe(TRIGGER_ERRORS.addOnTooFrequent);
    store = new TriggerStore({ addOn: false });
    modules = [new ScriptAppModule(store, auth)];
    expect(errorOf(everyFive)).toBeNull();
  });

  it('caps the triggers of a user at 20', () => {
    const errors = run(({ ScriptApp }) =>
      Array.from({ length: 21 }, () =>
        errorOf(() => ScriptApp.newTrigger('onSheetEdit').forSpreadsheet(SHEET).onEdit().create()),
      ),
    );
    expect(errors.slice(0, 20).every((e) => e === null)).toBe(true);
    expect(errors[20]).toBe(TRIGGER_ERRORS.tooManyTriggers);
  });

  it('is refused in a simple trigger', () => {
    expect(
      errorOf(() =>
        run(
          ({ ScriptApp }) =>
            ScriptApp.newTrigger('runReminders').timeBased().everyHours(1).create(),
          {
            authMode: 'LIMITED',
          },
        ),
      ),
    ).toBe(
      'You do not have permission to call ClockTriggerBuilder.create. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });
});

describe('firing time-based triggers', () => {
  /** Runs each trigger like the runtime does: as its own execution, with no active spreadsheet. */
  function runner(seen: { run: TriggerRun; lock: unknown; threads: number | string }[]) {
    return (trigger: TriggerRun) =>
      execute(
        kernel,
        modules,
        ({ LockService, GmailApp }) => {
          const lock = LockService.getDocumentLock();
          let threads: number | string;
          try {
            threads = GmailApp.search('in:sent').length;
          } catch (e) {
            threads = (e as Error).message;
          }
          seen.push({ run: trigger, lock, threads });
        },
        {
          activeSpreadsheetId: trigger.activeSpreadsheetId,
          kind: 'trigger',
          functionName: trigger.functionName,
        },
      );
  }

  it('fires a 9 a.m. Paris trigger once a day between 9:00 and 10:00, at the same minute each day', () => {
    installDaily(9);
    const seen: { run: TriggerRun; lock: unknown; threads: number | string }[] = [];
    const fired = store.fireDueTriggers(
      kernel.clock,
      runner(seen),
      new Date('2026-03-05T07:30:00Z'),
    );

    expect(fired.map((f) => f.at.toISOString().slice(0, 10))).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
    ]);
    const parisMinutes = fired.map((f) => {
      const [h, m] = f.at
        .toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris' })
        .split(':')
        .map(Number);
      return (h ?? 0) * 60 + (m ?? 0);
    });
    expect(parisMinutes.every((m) => m >= 9 * 60 && m < 10 * 60)).toBe(true);
    expect(new Set(parisMinutes).size).toBe(1);
    expect(kernel.clock.now()).toBe(Date.parse('2026-03-05T07:30:00Z'));
  });

  it('keeps following the wall clock across the change to summer time', () => {
    kernel.clock.set(new Date('2026-03-27T12:00:00Z'));
    installDaily(9);
    const fired = store.fireDueTriggers(kernel.clock, () => {}, new Date('2026-03-31T00:00:00Z'));
    const parisHours = fired.map((f) =>
      f.at.toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris' }).slice(0, 2),
    );
    expect(parisHours).toEqual(['09', '09', '09']);
  });

  it('nearMinute(30) fires within 15 minutes of 9:30', () => {
    run(({ ScriptApp }) =>
      ScriptApp.newTrigger('runReminders')
        .timeBased()
        .atHour(9)
        .nearMinute(30)
        .everyDays(1)
        .inTimezone('Europe/Paris')
        .create(),
    );
    const at = store.list()[0]?.nextFireAt ?? 0;
    const [h, m] = new Date(at)
      .toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris' })
      .split(':')
      .map(Number);
    const minute = (h ?? 0) * 60 + (m ?? 0);
    expect(minute).toBeGreaterThanOrEqual(9 * 60 + 15);
    expect(minute).toBeLessThanOrEqual(9 * 60 + 45);
  });

  it('runs the handler with the time-driven event object and no active spreadsheet', () => {
    const uid = installDaily(9).getUniqueId();
    const seen: { run: TriggerRun; lock: unknown; threads: number | string }[] = [];
    store.fireDueTriggers(kernel.clock, runner(seen), new Date('2026-03-02T12:00:00Z'));

    expect(seen).toHaveLength(1);
    const [first] = seen;
    expect(first?.run.functionName).toBe('runReminders');
    expect(first?.run.activeSpreadsheetId).toBeNull();
    expect(first?.lock).toBeNull();
    const firedAt = new Date(store.fired()[0]?.at ?? 0);
    expect(first?.run.event).toMatchObject({
      triggerUid: uid,
      year: 2026,
      month: 3,
      'day-of-month': 2,
      hour: firedAt.getUTCHours(),
      minute: firedAt.getUTCMinutes(),
      timezone: 'UTC',
    });
    expect(String(first?.run.event.authMode)).toBe('FULL');
  });

  it('records a handler that throws and goes on with the next days', () => {
    installDaily(9);
    let calls = 0;
    const fired = store.fireDueTriggers(
      kernel.clock,
      () => {
        calls += 1;
        if (calls === 1) throw new Error('Exceeded maximum execution time');
      },
      new Date('2026-03-04T12:00:00Z'),
    );
    expect(fired.map((f) => f.outcome)).toEqual(['threw', 'returned', 'returned']);
    expect(fired[0]?.error).toBe('Exceeded maximum execution time');
  });

  it('keeps firing when re-authorization is needed, and Gmail calls then fail', () => {
    installDaily(9);
    auth.requireAuthorization();
    const status = run(({ ScriptApp }) => {
      const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
      return { status: String(info.getAuthorizationStatus()), url: info.getAuthorizationUrl() };
    });
    expect(status.status).toBe('REQUIRED');
    expect(status.url).toMatch(/^https:\/\/script\.google\.com\//);

    const seen: { run: TriggerRun; lock: unknown; threads: number | string }[] = [];
    store.fireDueTriggers(kernel.clock, runner(seen), new Date('2026-03-02T12:00:00Z'));
    expect(seen[0]?.threads).toBe('Authorization is required to perform that action.');

    auth.grant();
    expect(
      run(({ ScriptApp }) =>
        String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()),
      ),
    ).toBe('NOT_REQUIRED');
  });
});
