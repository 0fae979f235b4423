/**
 * ScriptApp: triggers (with the rules Google applies to editor add-ons), authorization info and
 * the enums; plus the authorization state every service of this runtime checks.
 */
import { seededRandom } from '../seeded-random.ts';
import {
  AUTH_MODE,
  appsScriptEnumType,
  type ExecutionContext,
  type ServiceModule,
} from '../service-module.ts';
import { inRealm, ServiceError } from './gmail/facade-support.ts';
import { instantOf, wallTime } from './spreadsheet/zoned-time.ts';

/** https://developers.google.com/apps-script/reference/script/authorization-status */
export type AuthorizationStatus = 'REQUIRED' | 'NOT_REQUIRED';

/**
 * Whether the user has granted the script's scopes. A test flips it to REQUIRED to play "the
 * add-on was updated with a new scope and the user has not re-authorized yet": triggers keep
 * firing (https://developers.google.com/workspace/add-ons/concepts/editor-triggers), but calls to
 * services that need a scope then fail with "Authorization is required to perform that action."
 * (the message scripts report; not on a reference page).
 */
export class Authorization {
  status: AuthorizationStatus = 'NOT_REQUIRED';

  /** Test control: the user must re-authorize. */
  requireAuthorization(): void {
    this.status = 'REQUIRED';
  }

  /** Test control: the user authorized. */
  grant(): void {
    this.status = 'NOT_REQUIRED';
  }

  /**
   * Checks a call to `method` that needs `scope`: in an execution that is not FULL (a simple
   * trigger runs in LIMITED or NONE, https://developers.google.com/apps-script/guides/triggers#restrictions)
   * Apps Script answers "You do not have permission to call <method>. Required permissions:
   * <scope>" (the wording scripts quote).
   */
  check(ctx: ExecutionContext, method: string, scope: string): void {
    if (ctx.authMode !== 'FULL') {
      throw ctx.newError(
        `You do not have permission to call ${method}. Required permissions: ${scope}`,
      );
    }
    if (this.status === 'REQUIRED') {
      throw ctx.newError('Authorization is required to perform that action.');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Triggers

/** https://developers.google.com/apps-script/reference/script/event-type */
export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
/** https://developers.google.com/apps-script/reference/script/trigger-source */
export type TriggerSourceName = 'CLOCK' | 'SPREADSHEETS';

export const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';

/**
 * Messages of the trigger limits. The first two are what executions report (not on reference
 * pages); the hourly-minimum one is ours: Google documents the rule ("Add-ons can only use
 * time-driven triggers once an hour at most",
 * https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers)
 * but not the message an add-on gets when it asks for more.
 */
export const TRIGGER_ERRORS = {
  oneTimeBasedPerDocument:
    'This add-on has created too many time-based triggers in this document for this Google user account.',
  tooManyTriggers:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  addOnTooFrequent:
    'Add-on time-based triggers cannot run more often than once an hour (offline runtime message; the real wording is not documented).',
} as const;

/** "Triggers: 20 / user / script" (https://developers.google.com/apps-script/guides/services/quotas#current_limitations). */
export const MAX_TRIGGERS_PER_USER = 20;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type ClockSchedule =
  | { kind: 'days'; every: number; hour: number; minute: number; timeZone: string }
  | { kind: 'hours'; every: number }
  | { kind: 'minutes'; every: number }
  | { kind: 'once'; at: number };

export interface StoredTrigger {
  readonly uid: string;
  readonly handler: string;
  readonly eventType: TriggerEventType;
  readonly source: TriggerSourceName;
  /** The spreadsheet id for spreadsheet triggers, null for clock triggers. */
  readonly sourceId: string | null;
  readonly userEmail: string;
  /** The document the add-on was open in when it created the trigger (the add-on rule's key). */
  readonly documentId: string | null;
  readonly schedule: ClockSchedule | null;
  readonly createdAt: number;
  nextFireAt: number | null;
}

export interface FiredTrigger {
  readonly uid: string;
  readonly handler: string;
  readonly at: Date;
  readonly outcome: 'returned' | 'threw';
  readonly error?: string;
}

/** What fireDueTriggers hands the runtime to run one trigger. */
export interface TriggerRun {
  readonly functionName: string;
  /** Host-realm event object; the runtime copies it into the bundle's realm. */
  readonly event: Record<string, unknown>;
  readonly userEmail: string;
  /** Always null: a time-driven add-on trigger runs without an active document. */
  readonly activeSpreadsheetId: null;
  readonly authMode: 'FULL';
  readonly kind: 'trigger';
}

export interface TriggerStoreOptions {
  /** Enforce the editor add-on rules (one time-based trigger per user and document, hourly minimum). Default true. */
  readonly addOn?: boolean;
  /** Seed of the minute each daily trigger fires at. */
  readonly seed?: number;
}

export class TriggerStore {
  readonly addOn: boolean;
  readonly #triggers: StoredTrigger[] = [];
  readonly #random: () => number;
  readonly #fired: FiredTrigger[] = [];
  #counter = 0;

  constructor(options: TriggerStoreOptions = {}) {
    this.addOn = options.addOn ?? true;
    this.#random = seededRandom(options.seed ?? 20260302);
  }

  list(): readonly StoredTrigger[] {
    return [...this.#triggers];
  }

  /** Every trigger run so far (fireDueTriggers), oldest first. */
  fired(): readonly FiredTrigger[] {
    return [...this.#fired];
  }

  /** Time-based triggers due at or before `now`, earliest first. */
  dueTriggers(now: number | Date): StoredTrigger[] {
    const t = Number(now);
    return this.#triggers
      .filter((tr) => tr.nextFireAt !== null && tr.nextFireAt <= t)
      .sort((a, b) => (a.nextFireAt as number) - (b.nextFireAt as number));
  }

  /**
   * Runs every time-based trigger due up to `until` (default: the clock's now), in order, each at
   * its own time: the clock is moved to the trigger's fire time before it runs (never back), and
   * to `until` at the end. A daily trigger fires once per day crossed. A handler that throws is
   * recorded and the others still run (add-ons get no failure e-mail,
   * https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
   */
  fireDueTriggers(
    clock: { now(): number; set(date: Date): void },
    run: (trigger: TriggerRun) => unknown,
    until: number | Date = clock.now(),
  ): FiredTrigger[] {
    const end = Number(until);
    const fired: FiredTrigger[] = [];
    for (;;) {
      const next = this.dueTriggers(end)[0];
      if (!next) break;
      const at = next.nextFireAt as number;
      if (clock.now() < at) clock.set(new Date(at));
      next.nextFireAt = this.#after(next, at);
      let record: FiredTrigger;
      try {
        run({
          functionName: next.handler,
          event: timeDrivenEvent(next.uid, clock.now()),
          userEmail: next.userEmail,
          activeSpreadsheetId: null,
          authMode: 'FULL',
          kind: 'trigger',
        });
        record = {
          uid: next.uid,
          handler: next.handler,
          at: new Date(clock.now()),
          outcome: 'returned',
        };
      } catch (error) {
        record = {
          uid: next.uid,
          handler: next.handler,
          at: new Date(clock.now()),
          outcome: 'threw',
          error: error instanceof Error ? error.message : String(error),
        };
      }
      fired.push(record);
      this.#fired.push(record);
    }
    if (clock.now() < end) clock.set(new Date(end));
    return fired;
  }

  create(input: Omit<StoredTrigger, 'uid' | 'nextFireAt'>): StoredTrigger {
    const mine = this.#triggers.filter((t) => t.userEmail === input.userEmail);
    if (mine.length >= MAX_TRIGGERS_PER_USER)
      throw new ServiceError(TRIGGER_ERRORS.tooManyTriggers);
    if (this.addOn && input.eventType === 'CLOCK') {
      const schedule = input.schedule;
      if (schedule?.kind === 'minutes') throw new ServiceError(TRIGGER_ERRORS.addOnTooFrequent);
      if (mine.some((t) => t.eventType === 'CLOCK' && t.documentId === input.documentId)) {
        throw new ServiceError(TRIGGER_ERRORS.oneTimeBasedPerDocument);
      }
    }
    this.#counter += 1;
    const uid = String(
      4_000_000_000_000_000_000n +
        BigInt(Math.floor(this.#random() * 1e15)) * 1000n +
        BigInt(this.#counter),
    );
    const trigger: StoredTrigger = { ...input, uid, nextFireAt: null };
    trigger.nextFireAt = input.schedule ? this.#first(trigger) : null;
    this.#triggers.push(trigger);
    return trigger;
  }

  delete(uid: string): void {
    const i = this.#triggers.findIndex((t) => t.uid === uid);
    if (i >= 0) this.#triggers.splice(i, 1);
  }

  #first(t: StoredTrigger): number | null {
    const s = t.schedule;
    if (s === null) return null;
    switch (s.kind) {
      case 'once':
        return s.at;
      case 'hours':
        return t.createdAt + s.every * HOUR;
      case 'minutes':
        return t.createdAt + s.every * MINUTE;
      case 'days': {
        const w = wallTime(t.createdAt, s.timeZone);
        for (let offset = 0; offset < 3; offset++) {
          const at = instantOf(s.timeZone, w.year, w.month, w.day + offset, s.hour, s.minute);
          if (at > t.createdAt) return at;
        }
        return null;
      }
    }
  }

  #after(t: StoredTrigger, last: number): number | null {
    const s = t.schedule;
    if (s === null || s.kind === 'once') return null;
    if (s.kind === 'hours') return last + s.every * HOUR;
    if (s.kind === 'minutes') return last + s.every * MINUTE;
    const w = wallTime(last, s.timeZone);
    return instantOf(s.timeZone, w.year, w.month, w.day + s.every, s.hour, s.minute);
  }

  /**
   * The minute of the day a daily trigger runs at. "If you create a recurring 9 a.m. trigger,
   * Apps Script chooses a time between 9 a.m. and 10 a.m., then keeps that timing consistent from
   * day to day" (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers);
   * nearMinute(m) runs "plus or minus 15 minutes" around m
   * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#nearMinute(Integer)).
   */
  pickMinute(nearMinute: number | null): number {
    if (nearMinute === null) return Math.floor(this.#random() * 60);
    return nearMinute + Math.floor(this.#random() * 31) - 15;
  }
}

/**
 * The event object of a time-driven trigger
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events). The
 * page's example reports the time fields in UTC with `timezone: "UTC"`; this follows it.
 */
export function timeDrivenEvent(triggerUid: string, at: number): Record<string, unknown> {
  const d = new Date(at);
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    authMode: AUTH_MODE.FULL,
    triggerUid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    'week-of-year': Math.floor((at - jan1) / (7 * DAY)) + 1,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}

// ---------------------------------------------------------------------------------------------
// The ScriptApp global

const EVENT_TYPE = appsScriptEnumType('EventType', [
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
const TRIGGER_SOURCE = appsScriptEnumType('TriggerSource', [
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
]);
const AUTHORIZATION_STATUS = appsScriptEnumType('AuthorizationStatus', [
  'REQUIRED',
  'NOT_REQUIRED',
]);
const WEEK_DAY = appsScriptEnumType('Weekday', [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
]);

/** Latency estimates in ms of trigger management calls. */
export const SCRIPT_APP_LATENCY: Readonly<Record<string, number>> = {
  'ClockTriggerBuilder.create': 300,
  'SpreadsheetTriggerBuilder.create': 300,
  'ScriptApp.getProjectTriggers': 100,
  'ScriptApp.getUserTriggers': 100,
  'ScriptApp.deleteTrigger': 200,
  'ScriptApp.getAuthorizationInfo': 50,
};

export interface ScriptAppOptions {
  readonly scriptId?: string;
}

export class ScriptAppModule implements ServiceModule {
  readonly scriptId: string;

  constructor(
    readonly triggers: TriggerStore,
    readonly authorization: Authorization = new Authorization(),
    options: ScriptAppOptions = {},
  ) {
    this.scriptId = options.scriptId ?? '1RelanceOfflineScriptId0000000000000000000000000000000000';
  }

  globals(ctx: ExecutionContext): Record<string, unknown> {
    const store = this.triggers;
    const auth = this.authorization;
    const scriptId = this.scriptId;
    const enter = (method: string) => {
      ctx.kernel.call(method);
      auth.check(ctx, method, SCRIPTAPP_SCOPE);
    };
    const counted = <T>(method: string, value: () => T): T => {
      ctx.kernel.call(method);
      return value();
    };
    const triggerFacade = (t: StoredTrigger) => ({
      getUniqueId: () => counted('Trigger.getUniqueId', () => t.uid),
      getHandlerFunction: () => counted('Trigger.getHandlerFunction', () => t.handler),
      getEventType: () => counted('Trigger.getEventType', () => EVENT_TYPE[t.eventType]),
      getTriggerSource: () => counted('Trigger.getTriggerSource', () => TRIGGER_SOURCE[t.source]),
      /** The spreadsheet id; null for a clock trigger (whose source has no id). */
      getTriggerSourceId: () => counted('Trigger.getTriggerSourceId', () => t.sourceId),
      toString: () => 'Trigger',
    });
    const create = (
      handler: string,
      fields: Pick<StoredTrigger, 'eventType' | 'source' | 'sourceId' | 'schedule'>,
    ) =>
      inRealm(ctx, () =>
        triggerFacade(
          store.create({
            handler,
            ...fields,
            userEmail: ctx.userEmail,
            documentId: ctx.activeSpreadsheetId,
            createdAt: ctx.kernel.clock.now(),
          }),
        ),
      );
    const clockBuilder = (handler: string) => {
      const spec = {
        everyDays: null as number | null,
        everyHours: null as number | null,
        everyMinutes: null as number | null,
        everyWeeks: null as number | null,
        hour: null as number | null,
        nearMinute: null as number | null,
        timeZone: ctx.scriptTimeZone,
        at: null as number | null,
      };
      const step = (method: string, apply: () => void) => {
        ctx.kernel.call(`ClockTriggerBuilder.${method}`);
        apply();
        return builder;
      };
      const builder = {
        atHour: (h: number) =>
          step('atHour', () => {
            spec.hour = Number(h);
          }),
        nearMinute: (m: number) =>
          step('nearMinute', () => {
            spec.nearMinute = Number(m);
          }),
        everyDays: (n: number) =>
          step('everyDays', () => {
            spec.everyDays = Number(n);
          }),
        everyHours: (n: number) =>
          step('everyHours', () => {
            spec.everyHours = Number(n);
          }),
        everyMinutes: (n: number) =>
          step('everyMinutes', () => {
            spec.everyMinutes = Number(n);
          }),
        everyWeeks: (n: number) =>
          step('everyWeeks', () => {
            spec.everyWeeks = Number(n);
          }),
        inTimezone: (tz: string) =>
          step('inTimezone', () => {
            spec.timeZone = String(tz);
          }),
        after: (ms: number) =>
          step('after', () => {
            spec.at = ctx.kernel.clock.now() + Number(ms);
          }),
        at: (date: Date) =>
          step('at', () => {
            spec.at = new Date(date).getTime();
          }),
        create() {
          enter('ClockTriggerBuilder.create');
          return create(handler, {
            eventType: 'CLOCK',
            source: 'CLOCK',
            sourceId: null,
            schedule: scheduleOf(spec, store),
          });
        },
        toString: () => 'ClockTriggerBuilder',
      };
      return builder;
    };
    const spreadsheetBuilder = (handler: string, spreadsheetId: string) => {
      let eventType: TriggerEventType = 'ON_OPEN';
      const on = (type: TriggerEventType) => () => {
        ctx.kernel.call(`SpreadsheetTriggerBuilder.${type}`);
        eventType = type;
        return builder;
      };
      const builder = {
        onOpen: on('ON_OPEN'),
        onEdit: on('ON_EDIT'),
        onChange: on('ON_CHANGE'),
        onFormSubmit: on('ON_FORM_SUBMIT'),
        create() {
          enter('SpreadsheetTriggerBuilder.create');
          return create(handler, {
            eventType,
            source: 'SPREADSHEETS',
            sourceId: spreadsheetId,
            schedule: null,
          });
        },
        toString: () => 'SpreadsheetTriggerBuilder',
      };
      return builder;
    };
    const idOf = (spreadsheet: unknown): string =>
      typeof spreadsheet === 'string'
        ? spreadsheet
        : String((spreadsheet as { getId(): string }).getId());
    const ScriptApp = {
      AuthMode: AUTH_MODE,
      AuthorizationStatus: AUTHORIZATION_STATUS,
      EventType: EVENT_TYPE,
      TriggerSource: TRIGGER_SOURCE,
      WeekDay: WEEK_DAY,
      newTrigger(functionName: string) {
        ctx.kernel.call('ScriptApp.newTrigger');
        const handler = String(functionName);
        return {
          timeBased: () => counted('TriggerBuilder.timeBased', () => clockBuilder(handler)),
          forSpreadsheet: (spreadsheet: unknown) =>
            counted('TriggerBuilder.forSpreadsheet', () =>
              spreadsheetBuilder(handler, idOf(spreadsheet)),
            ),
          toString: () => 'TriggerBuilder',
        };
      },
      /** "Gets all installable triggers associated with the current project and current user." */
      getProjectTriggers() {
        enter('ScriptApp.getProjectTriggers');
        return ctx.toRealm(
          store
            .list()
            .filter((t) => t.userEmail === ctx.userEmail)
            .map(triggerFacade),
        );
      },
      /**
       * The user's triggers of this script in the spreadsheet: its spreadsheet triggers, and (an
       * assumption, the page does not say) the time-based ones the add-on created in it.
       */
      getUserTriggers(spreadsheet: unknown) {
        enter('ScriptApp.getUserTriggers');
        const id = idOf(spreadsheet);
        return ctx.toRealm(
          store
            .list()
            .filter(
              (t) => t.userEmail === ctx.userEmail && (t.sourceId === id || t.documentId === id),
            )
            .map(triggerFacade),
        );
      },
      deleteTrigger(trigger: { getUniqueId(): string }) {
        enter('ScriptApp.deleteTrigger');
        store.delete(trigger.getUniqueId());
      },
      getAuthorizationInfo(_authMode: unknown) {
        ctx.kernel.call('ScriptApp.getAuthorizationInfo');
        const status = auth.status;
        return {
          getAuthorizationStatus: () => AUTHORIZATION_STATUS[status],
          /**
           * "Gets the authorization URL that can be used to grant access to the script", null
           * when none is needed; the URL's exact form is not documented.
           */
          getAuthorizationUrl: () =>
            status === 'REQUIRED'
              ? `https://script.google.com/macros/d/${scriptId}/authorize`
              : null,
          toString: () => 'AuthorizationInfo',
        };
      },
      getScriptId: () => counted('ScriptApp.getScriptId', () => scriptId),
      /** A token-shaped string; nothing in this runtime checks it. */
      getOAuthToken: () =>
        counted('ScriptApp.getOAuthToken', () => `ya29.offline-${ctx.userEmail}`),
      toString: () => 'ScriptApp',
    };
    return { ScriptApp };
  }
}

function scheduleOf(
  spec: {
    everyDays: number | null;
    everyHours: number | null;
    everyMinutes: number | null;
    everyWeeks: number | null;
    hour: number | null;
    nearMinute: number | null;
    timeZone: string;
    at: number | null;
  },
  store: TriggerStore,
): ClockSchedule {
  if (spec.at !== null) return { kind: 'once', at: spec.at };
  if (spec.everyMinutes !== null) return { kind: 'minutes', every: spec.everyMinutes };
  if (spec.everyHours !== null) return { kind: 'hours', every: spec.everyHours };
  const every = spec.everyWeeks !== null ? spec.everyWeeks * 7 : (spec.everyDays ?? 1);
  // Without atHour the hour is not documented; midnight, like atDate's default, is assumed.
  const hour = spec.hour ?? 0;
  return {
    kind: 'days',
    every,
    hour,
    minute: store.pickMinute(spec.nearMinute),
    timeZone: spec.timeZone,
  };
}
