/**
 * An ExecutionContext for testing one service module on its own, without loading a bundle: a real
 * node:vm realm (so realm checks are meaningful) and the kernel's execution bookkeeping.
 */
import vm from 'node:vm';
import type { Kernel } from '../../local/kernel.ts';
import type {
  AuthMode,
  ExecutionContext,
  Realm,
  ServiceModule,
} from '../../local/service-module.ts';

/** The globals of the modules under test, typed as Apps Script declares them. */
export interface GasGlobals {
  GmailApp: GoogleAppsScript.Gmail.GmailApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
}

export interface TestContextOptions {
  functionName?: string;
  kind?: ExecutionContext['kind'];
  activeSpreadsheetId?: string | null;
  authMode?: AuthMode;
  userEmail?: string;
}

export function testContext(kernel: Kernel, options: TestContextOptions = {}): ExecutionContext {
  const sandbox = vm.createContext({});
  const realm = vm.runInContext('({ Date, Error, Array, Object })', sandbox) as Realm;
  const newDate = (ms: number) => new realm.Date(ms);
  const toRealm = <T>(value: T): T => copy(value) as T;
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const out = new realm.Array();
      for (const item of value) out.push(copy(item));
      return out;
    }
    if (value instanceof Date) return newDate(value.getTime());
    if (typeof value === 'object' && value !== null) {
      if (Object.values(value).some((v) => typeof v === 'function')) return value;
      const out = new realm.Object() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = copy(v);
      return out;
    }
    return value;
  };
  const userEmail = options.userEmail ?? 'camille.martin@gmail.com';
  return {
    kernel,
    functionName: options.functionName ?? 'runReminders',
    kind: options.kind ?? 'direct',
    activeSpreadsheetId:
      options.activeSpreadsheetId === undefined
        ? 'sheet-factures-2026'
        : options.activeSpreadsheetId,
    authMode: options.authMode ?? 'FULL',
    hasUi: options.kind !== 'trigger',
    userEmail,
    effectiveUserEmail: userEmail,
    userLocale: 'fr',
    scriptTimeZone: 'Europe/Paris',
    distDir: '/nonexistent',
    realm,
    Date: realm.Date,
    newDate,
    newError(message: string) {
      const error = new realm.Error(message);
      error.name = 'Exception';
      return error;
    },
    toRealm,
    evaluate: (code: string) => vm.runInContext(code, sandbox),
  };
}

/** Runs `body` as one execution of `modules`, ending it (and the modules' end hooks) after. */
export function execute<T>(
  kernel: Kernel,
  modules: ServiceModule[],
  body: (globals: GasGlobals, ctx: ExecutionContext) => T,
  options: TestContextOptions = {},
): T {
  const ctx = testContext(kernel, options);
  kernel.beginExecution(ctx.functionName);
  let outcome: 'returned' | 'threw' = 'threw';
  try {
    const globals = Object.assign({}, ...modules.map((m) => m.globals(ctx))) as GasGlobals;
    const result = body(globals, ctx);
    outcome = 'returned';
    return result;
  } finally {
    for (const m of modules) m.endExecution?.(ctx, outcome);
    kernel.endExecution();
  }
}
