/**
 * The contract between the offline runtime (local/runtime.ts) and the fake services plugged into
 * it. A service module keeps its state (mailbox, triggers, locks, ...) across executions and, at
 * the start of every execution, hands the runtime the globals it defines for that execution
 * (e.g. `{ GmailApp: ... }`), built against that execution's context.
 *
 * Why a context per execution: Apps Script evaluates the whole project at the start of each
 * execution and nothing global survives (https://developers.google.com/apps-script/guides/v8-runtime),
 * and every execution has its own active document, auth mode and user.
 */
import type { Kernel } from './kernel.ts';

/**
 * Authorization modes a script function can run in
 * (https://developers.google.com/apps-script/reference/script/auth-mode).
 */
export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** How the execution was started; services whose rules depend on it (getUi, locks) read it. */
export type ExecutionKind = 'direct' | 'trigger' | 'sidebar';

/**
 * Constructors of the vm context the bundle runs in. Objects a service hands to the bundle must
 * come from these, not from Node's own, or `value instanceof Date` / `e instanceof Error` is
 * false inside the bundle (each vm context is its own JavaScript realm).
 */
export interface Realm {
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
}

export interface ExecutionContext {
  readonly kernel: Kernel;
  /** Name of the top-level function this execution runs (e.g. `runReminders`). */
  readonly functionName: string;
  readonly kind: ExecutionKind;
  /**
   * The spreadsheet the script is bound to / the add-on is open in; null when there is no
   * active document (e.g. a time-driven trigger of an add-on).
   */
  readonly activeSpreadsheetId: string | null;
  readonly authMode: AuthMode;
  /**
   * Whether the execution runs with the document's UI open (menus, sidebars, dialogs, toasts):
   * false in time-driven triggers and without an active document, where SpreadsheetApp.getUi()
   * throws.
   */
  readonly hasUi: boolean;
  /** E-mail of the user running the execution (Session.getActiveUser). */
  readonly userEmail: string;
  /** E-mail of the user whose authority the script runs under (Session.getEffectiveUser). */
  readonly effectiveUserEmail: string;
  /** e.g. `fr`, as Session.getActiveUserLocale returns it. */
  readonly userLocale: string;
  /** The project's time zone (appsscript.json `timeZone`), an IANA name. */
  readonly scriptTimeZone: string;
  /** Directory the bundle was loaded from (dist/). */
  readonly distDir: string;
  readonly realm: Realm;
  /** The context's `Date` (same as `realm.Date`); its no-argument form follows the kernel clock. */
  readonly Date: DateConstructor;
  /** A Date of the bundle's realm for an epoch time in ms. */
  newDate(ms: number): Date;
  /**
   * An Error of the bundle's realm as Apps Script services throw them: `name` is `Exception`,
   * so `String(e)` reads `Exception: <message>` as in the Apps Script execution log.
   */
  newError(message: string): Error;
  /**
   * A deep copy of plain data (arrays, plain objects, Dates, primitives) made of the bundle's
   * realm objects, so `Array.isArray`, `instanceof Array` and `instanceof Date` all hold.
   * Objects with a function-valued own property (service objects such as a Blob) are kept as
   * they are, not copied.
   */
  toRealm<T>(value: T): T;
  /** Evaluates a script in the execution's global scope (e.g. HtmlService template scriptlets). */
  evaluate(code: string): unknown;
}

export interface ServiceModule {
  /** The globals this module defines for one execution, e.g. `{ GmailApp, MailApp }`. */
  globals(ctx: ExecutionContext): Record<string, unknown>;
  /**
   * Called once the execution is over, whatever its outcome (e.g. to release the locks it held:
   * https://developers.google.com/apps-script/reference/lock/lock says a lock is released when the
   * script ends).
   */
  endExecution?(ctx: ExecutionContext, outcome: 'returned' | 'threw'): void;
}

/**
 * An Apps Script enum value, e.g. `ScriptApp.AuthMode.FULL` or `SpreadsheetApp.BorderStyle.SOLID`.
 * Scripts compare them by identity (`e.authMode === ScriptApp.AuthMode.NONE` in the example of
 * https://developers.google.com/apps-script/reference/script/auth-mode), so each value is a
 * process-wide singleton: the enum a service exposes and the one an event carries are the same
 * object. `toString()` gives the name (the documented way to print an enum); `toJSON()` giving
 * the name too is this runtime's choice, not a confirmed Apps Script behaviour.
 */
export interface AppsScriptEnumValue {
  toString(): string;
  name(): string;
  ordinal(): number;
  toJSON(): string;
}

const enumValues = new Map<string, AppsScriptEnumValue>();

/** The singleton for `type.name` (e.g. `appsScriptEnum('AuthMode', 'FULL')`). */
export function appsScriptEnum(type: string, name: string, ordinal = 0): AppsScriptEnumValue {
  const key = `${type}.${name}`;
  const existing = enumValues.get(key);
  if (existing) return existing;
  const value: AppsScriptEnumValue = Object.freeze({
    toString: () => name,
    name: () => name,
    ordinal: () => ordinal,
    toJSON: () => name,
  });
  enumValues.set(key, value);
  return value;
}

/** `{ NONE: enum, ... }` for a list of names, in order (the ordinal is the index). */
export function appsScriptEnumType(
  type: string,
  names: readonly string[],
): Readonly<Record<string, AppsScriptEnumValue>> {
  const out: Record<string, AppsScriptEnumValue> = {};
  names.forEach((name, i) => {
    out[name] = appsScriptEnum(type, name, i);
  });
  return Object.freeze(out);
}

/** ScriptApp.AuthMode, shared by ScriptApp (its owner) and the runtime (trigger events). */
export const AUTH_MODE = appsScriptEnumType('AuthMode', [
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
]);
