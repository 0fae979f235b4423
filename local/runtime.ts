/**
 * The offline Apps Script runtime: loads the compiled bundle (every `.js` of dist/) and runs its
 * top-level functions by name, one execution at a time, against in-memory fakes of the Google
 * services.
 *
 * Each execution gets ONE fresh `node:vm` context in which every file is evaluated again, in
 * alphabetical order of file name, before the function is called: Apps Script evaluates the whole
 * project at the start of every execution, so globals never survive from one execution to the
 * next (https://developers.google.com/apps-script/guides/v8-runtime). The order of files in a
 * real project is the order shown in the editor; alphabetical is this runtime's choice.
 *
 * The context holds the JavaScript built-ins, the fake services and `console`, and nothing from
 * Node: no `require`, `process`, `module`, `global`, `setTimeout`. Its `Date` follows the kernel
 * clock: `new Date()` and `Date.now()` read the clock, every other form behaves as usual, and
 * Dates handed to the bundle by services are of the context's realm so `instanceof Date` holds.
 *
 * Time zone: in Apps Script, JavaScript Dates use the script's time zone (appsscript.json
 * `timeZone`) as their local zone (https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone();
 * e.g. `new Date('02/26/2023')` is midnight in the project's zone, see
 * https://www.milan-rajic.com/date-and-time-1-6-it-can-be-tricky). A vm context shares the
 * process's zone, so the runtime sets `process.env.TZ` to the script time zone for the length of
 * each execution (Node applies a changed TZ at once) and restores the previous value after.
 * Host code running during an execution (call hooks) therefore sees the script's zone too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { type Clock, Kernel, type LatencyTable } from './kernel.ts';
import {
  AUTH_MODE,
  type AuthMode,
  type ExecutionContext,
  type ExecutionKind,
  type Realm,
  type ServiceModule,
} from './service-module.ts';
import { CacheModule, CacheStore } from './services/cache.ts';
import { HtmlModule, UiRecorder } from './services/html.ts';
import { LoggerModule, LogRecorder } from './services/logger.ts';
import { PropertiesModule, PropertiesStore } from './services/properties.ts';
import { SessionModule } from './services/session.ts';
import { SpreadsheetModule } from './services/spreadsheet/spreadsheet-app.ts';
import { SpreadsheetStore } from './services/spreadsheet/store.ts';
import { isValidTimeZone } from './services/spreadsheet/zoned-time.ts';
import { UtilitiesModule } from './services/utilities.ts';

/** Local objects (no round trip to Google): their methods cost nothing. */
function free(service: string, methods: readonly string[]): Record<string, number> {
  return Object.fromEntries(methods.map((m) => [`${service}.${m}`, 0]));
}

/**
 * Latencies in ms of the fake services' calls. These are ESTIMATES from experience of Apps Script
 * (a Sheets read or write is a round trip of tens to hundreds of ms; local helpers cost nothing),
 * not figures Google publishes. `<method>/cell` is an extra cost per cell read or written.
 * Methods not listed cost the kernel's default (20 ms).
 */
export const DEFAULT_LATENCY: LatencyTable = {
  ...free('Blob', [
    'copyBlob',
    'getAs',
    'getBytes',
    'getContentType',
    'getDataAsString',
    'getName',
    'isGoogleType',
    'setBytes',
    'setContentType',
    'setContentTypeFromExtension',
    'setDataFromString',
    'setName',
    'getBlob',
    'getAllBlobs',
  ]),
  ...free('HtmlOutput', [
    'setTitle',
    'getTitle',
    'setWidth',
    'getWidth',
    'setHeight',
    'getHeight',
    'getContent',
    'setContent',
    'append',
    'appendUntrusted',
    'clear',
    'setSandboxMode',
    'getSandboxMode',
    'addMetaTag',
    'getMetaTags',
    'setXFrameOptionsMode',
    'setFaviconUrl',
    'getFaviconUrl',
    'getBlob',
    'getAs',
  ]),
  ...free('DataValidationBuilder', [
    'requireValueInList',
    'requireCheckbox',
    'requireDate',
    'requireNumberGreaterThanOrEqualTo',
    'setAllowInvalid',
    'setHelpText',
    'build',
  ]),
  ...free('DataValidation', [
    'getCriteriaType',
    'getCriteriaValues',
    'getAllowInvalid',
    'getHelpText',
    'copy',
  ]),
  // Getters of metadata already fetched: Spreadsheet.getDeveloperMetadata() answers with each
  // item's id, key, value and visibility, as the Sheets API's developerMetadata resource carries
  // them (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata);
  // setters and remove() stay round trips at the default cost.
  ...free('DeveloperMetadata', ['getId', 'getKey', 'getValue', 'getVisibility']),
  // Start of an execution: loading and evaluating the project, plus a cost per KB of code.
  'Execution.start': 50,
  'Execution.start/KB': 1,
  'SpreadsheetApp.getActive': 50,
  'SpreadsheetApp.getActiveSpreadsheet': 50,
  'SpreadsheetApp.getActiveSheet': 60,
  'SpreadsheetApp.openById': 300,
  'SpreadsheetApp.openByUrl': 300,
  'SpreadsheetApp.create': 1500,
  'SpreadsheetApp.flush': 100,
  'SpreadsheetApp.getUi': 10,
  'SpreadsheetApp.newDataValidation': 0,
  'Spreadsheet.getId': 0,
  'Spreadsheet.getName': 20,
  'Spreadsheet.getUrl': 0,
  'Spreadsheet.getSpreadsheetTimeZone': 20,
  'Spreadsheet.getSpreadsheetLocale': 20,
  'Spreadsheet.getSheetByName': 30,
  'Spreadsheet.getSheets': 30,
  'Spreadsheet.getActiveSheet': 30,
  'Spreadsheet.insertSheet': 300,
  'Spreadsheet.deleteSheet': 200,
  'Spreadsheet.getRange': 10,
  'Spreadsheet.toast': 50,
  'Sheet.getName': 0,
  'Sheet.getSheetId': 0,
  'Sheet.getRange': 5,
  'Sheet.getLastRow': 40,
  'Sheet.getLastColumn': 40,
  'Sheet.getMaxRows': 30,
  'Sheet.getMaxColumns': 30,
  'Sheet.getDataRange': 40,
  'Sheet.getSheetValues': 80,
  'Sheet.getSheetValues/cell': 0.01,
  'Sheet.appendRow': 150,
  'Sheet.insertRowsAfter': 150,
  'Sheet.insertRowsBefore': 150,
  'Sheet.deleteRow': 150,
  'Sheet.deleteRows': 150,
  'Sheet.setFrozenRows': 60,
  'Sheet.setColumnWidth': 60,
  'Sheet.setColumnWidths': 60,
  'Sheet.hideColumns': 60,
  'Range.getRow': 0,
  'Range.getColumn': 0,
  'Range.getNumRows': 0,
  'Range.getNumColumns': 0,
  'Range.getLastRow': 0,
  'Range.getLastColumn': 0,
  'Range.getA1Notation': 0,
  'Range.getSheet': 0,
  'Range.getValues': 80,
  'Range.getValues/cell': 0.01,
  'Range.getDisplayValues': 100,
  'Range.getDisplayValues/cell': 0.015,
  'Range.getFormulas': 80,
  'Range.getFormulas/cell': 0.005,
  'Range.getNumberFormats': 80,
  'Range.getValue': 60,
  'Range.getDisplayValue': 60,
  'Range.setValues': 150,
  'Range.setValues/cell': 0.02,
  'Range.setValue': 100,
  'Range.setFormula': 100,
  'Range.setNumberFormat': 60,
  'Range.setNumberFormats': 80,
  'Range.setBackground': 60,
  'Range.setBackgrounds': 80,
  'Range.setFontWeight': 60,
  'Range.setFontWeights': 80,
  'Range.setWrap': 60,
  'Range.setDataValidation': 80,
  'Range.merge': 80,
  'Range.clearContent': 80,
  'PropertiesService.getScriptProperties': 5,
  'PropertiesService.getUserProperties': 5,
  'PropertiesService.getDocumentProperties': 5,
  'Properties.getProperty': 30,
  'Properties.getProperties': 40,
  'Properties.setProperty': 50,
  'Properties.setProperties': 60,
  'Properties.deleteProperty': 40,
  'CacheService.getScriptCache': 5,
  'CacheService.getUserCache': 5,
  'CacheService.getDocumentCache': 5,
  'Cache.get': 20,
  'Cache.getAll': 25,
  'Cache.put': 30,
  'Cache.putAll': 35,
  'Cache.remove': 20,
  'Utilities.formatDate': 0,
  'Utilities.formatString': 0,
  'Utilities.computeDigest': 1,
  'Utilities.computeHmacSha256Signature': 1,
  'Utilities.computeHmacSignature': 1,
  'Utilities.getUuid': 1,
  'Utilities.sleep': 0,
  'Utilities.base64Encode': 0,
  'Utilities.base64Decode': 0,
  'Utilities.newBlob': 0,
  'Session.getActiveUser': 10,
  'Session.getEffectiveUser': 10,
  'Session.getScriptTimeZone': 2,
  'Session.getActiveUserLocale': 2,
  'User.getEmail': 0,
  'Logger.log': 1,
  'HtmlService.createHtmlOutput': 5,
  'HtmlService.createHtmlOutputFromFile': 50,
  'HtmlService.createTemplateFromFile': 50,
  'HtmlTemplate.evaluate': 30,
  'Ui.showSidebar': 200,
  'Ui.showModalDialog': 200,
  'Ui.alert': 100,
  'Ui.createAddonMenu': 5,
  'Ui.createMenu': 5,
  'Menu.addItem': 0,
  'Menu.addSeparator': 0,
  'Menu.addSubMenu': 0,
  'Menu.addToUi': 50,
};

export interface RuntimeOptions {
  /** Directory with the compiled bundle (`*.js`), `appsscript.json` and HTML files. */
  distDir: string;
  /** IANA zone; default: `timeZone` of `<distDir>/appsscript.json`, else `Europe/Paris`. */
  scriptTimeZone?: string;
  /** Clock start; default 2026-03-02T08:00:00Z. */
  start?: Date;
  /** The user running the script (Session.getActiveUser). */
  userEmail?: string;
  /** As Session.getActiveUserLocale returns it, e.g. `fr`. */
  userLocale?: string;
  /** Overrides of DEFAULT_LATENCY (and of the added services' defaults). */
  latency?: LatencyTable;
  /** Write console and Logger output to stderr as well as to `runtime.logs`. */
  echoLogs?: boolean;
}

export interface RunOptions {
  /** The spreadsheet the script runs in; null for none (e.g. a time-driven trigger). */
  activeSpreadsheetId?: string | null;
  authMode?: AuthMode;
  /** E-mail of the user running this execution (default: the runtime's user). */
  user?: string;
  /** Whether the document's UI is there (menus, sidebars); see ExecutionContext.hasUi. */
  hasUi?: boolean;
}

/** A service module added to the runtime (GmailApp, DriveApp, LockService, ScriptApp, ...). */
export interface ServiceRegistration {
  readonly name: string;
  readonly module: ServiceModule;
}

/** Simple triggers run with the document open (https://developers.google.com/apps-script/guides/triggers). */
const SIMPLE_TRIGGERS = new Set(['onOpen', 'onInstall', 'onEdit', 'onSelectionChange']);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const DEFAULT_START = new Date('2026-03-02T08:00:00Z');
const DEFAULT_USER = 'camille.martin@gmail.com';

/** Installs a clock-following `Date` in a context; returns the context's realm constructors. */
const INSTALL_CLOCK_DATE = `(function (now) {
  'use strict';
  const RealDate = Date;
  function clockNow() { return now(); }
  const ClockDate = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget);
    },
    apply() {
      return new RealDate(now()).toString();
    },
    get(target, key, receiver) {
      if (key === 'now') return clockNow;
      return Reflect.get(target, key, receiver);
    },
  });
  Object.defineProperty(RealDate.prototype, 'constructor', {
    value: ClockDate, writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(globalThis, 'Date', {
    value: ClockDate, writable: true, configurable: true, enumerable: false,
  });
  return { realm: { Date: ClockDate, Error, Array, Object }, RealDate };
})`;

/**
 * The JavaScript built-ins (Math, Number, Date, JSON, ...) as script-scope `let` bindings of the
 * same values. A node:vm context answers every global lookup through an interceptor, which makes
 * `Math.floor` in a hot loop about ten times slower than in V8 proper (Apps Script included); a
 * lexical binding is found before the global object and costs what it costs in Apps Script. The
 * values are the global object's own (the clock's `Date` included), so the code sees the same
 * objects, and `globalThis.Math` is still there. Only writable, configurable properties qualify
 * (`undefined`, `NaN` and `Infinity` are neither); `eval` and the logging `console` stay global.
 */
const BUILTIN_BINDINGS = (() => {
  const global = vm.runInNewContext('globalThis') as object;
  const names = Object.getOwnPropertyNames(global).filter((name) => {
    const descriptor = Object.getOwnPropertyDescriptor(global, name);
    return (
      IDENTIFIER.test(name) &&
      !['globalThis', 'eval', 'console'].includes(name) &&
      descriptor?.writable === true &&
      descriptor.configurable === true
    );
  });
  return `let ${names.map((name) => `${name} = globalThis.${name}`).join(', ')};`;
})();

interface LoadedScript {
  readonly file: string;
  readonly script: vm.Script;
  readonly bytes: number;
}

function readTimeZone(distDir: string): string | null {
  const manifest = join(distDir, 'appsscript.json');
  if (!existsSync(manifest)) return null;
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { timeZone?: unknown };
  return typeof parsed.timeZone === 'string' ? parsed.timeZone : null;
}

function loadScripts(distDir: string): LoadedScript[] {
  if (!existsSync(distDir) || !statSync(distDir).isDirectory()) {
    throw new Error(`The bundle directory ${distDir} does not exist`);
  }
  return readdirSync(distDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const path = join(distDir, file);
      const code = readFileSync(path, 'utf8');
      return {
        file,
        script: new vm.Script(code, { filename: path }),
        bytes: Buffer.byteLength(code),
      };
    });
}

function isPlainObject(value: object, realmObject: ObjectConstructor): boolean {
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && proto !== Object.prototype && proto !== realmObject.prototype) return false;
  return !Object.values(value).some((v) => typeof v === 'function');
}

/** Deep copy of plain data into another realm (arrays, plain objects, Dates); others kept. */
function copyData(value: unknown, target: Realm, source: Realm): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return new target.Date(Date.prototype.getTime.call(value));
  }
  if (Array.isArray(value)) {
    const out = new target.Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyData(value[i], target, source);
    return out;
  }
  if (!isPlainObject(value, source.Object)) return value;
  const out = new target.Object() as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) out[k] = copyData(v, target, source);
  return out;
}

const HOST_REALM: Realm = { Date, Error, Array, Object };

/** Raised when google.script.run could not carry a value (a Date, a function, a cycle...). */
export class SidebarTransferError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SidebarTransferError';
  }
}

/**
 * google.script.run passes "JavaScript primitives ... as well as JavaScript objects and arrays
 * that are composed of primitives, objects, and arrays"; "Requests fail if you attempt to pass a
 * Date, Function, DOM element besides a form, or other prohibited type, including prohibited
 * types inside objects or arrays. Objects that create circular references will also fail, and
 * undefined fields within arrays become null" (https://developers.google.com/apps-script/guides/html/reference/run).
 * Return values follow the same rules. (Scripts commonly report that a Date inside a RETURN value
 * makes the success handler receive null rather than a failure; this runtime follows the
 * documented failure.)
 */
function assertTransferable(value: unknown, path: string, seen: Set<object>): void {
  if (value === null || value === undefined) return;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return;
  if (type === 'function')
    throw new SidebarTransferError(`A function cannot cross google.script.run (${path})`);
  if (type !== 'object')
    throw new SidebarTransferError(`A ${type} cannot cross google.script.run (${path})`);
  const obj = value as object;
  if (Object.prototype.toString.call(obj) === '[object Date]') {
    throw new SidebarTransferError(
      `A Date cannot cross google.script.run (${path}); send an ISO string`,
    );
  }
  if (seen.has(obj))
    throw new SidebarTransferError(`A circular reference cannot cross google.script.run (${path})`);
  seen.add(obj);
  if (Array.isArray(obj)) {
    obj.forEach((v, i) => {
      assertTransferable(v, `${path}[${i}]`, seen);
    });
  } else {
    const proto = Object.getPrototypeOf(obj);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) {
      throw new SidebarTransferError(`Only plain objects can cross google.script.run (${path})`);
    }
    for (const [k, v] of Object.entries(obj)) assertTransferable(v, `${path}.${k}`, seen);
  }
  seen.delete(obj);
}

function transfer(value: unknown, path: string): unknown {
  assertTransferable(value, path, new Set());
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export class AppsScriptRuntime {
  readonly kernel: Kernel;
  readonly distDir: string;
  readonly scriptTimeZone: string;
  readonly spreadsheets = new SpreadsheetStore();
  readonly properties = new PropertiesStore();
  readonly cache = new CacheStore();
  /** Sidebars, dialogs, toasts, alerts and menus shown by the script. */
  readonly ui = new UiRecorder();
  /** console and Logger output of every execution. */
  readonly logs = new LogRecorder();
  /** Added services by name (e.g. `gmail`, `mail`, `drive`, `lock`, `scriptApp`). */
  readonly services: Record<string, ServiceModule> = {};
  userEmail: string;
  userLocale: string;
  /** Options every run uses unless it passes its own (e.g. the active spreadsheet). */
  defaults: RunOptions = {};

  readonly #scripts: LoadedScript[];
  readonly #core: ServiceModule[];
  readonly #latencyOverrides: LatencyTable;

  constructor(options: RuntimeOptions, scripts?: LoadedScript[]) {
    this.distDir = options.distDir;
    this.#scripts = scripts ?? loadScripts(options.distDir);
    const zone = options.scriptTimeZone ?? readTimeZone(options.distDir) ?? 'Europe/Paris';
    if (!isValidTimeZone(zone)) throw new Error(`Unknown script time zone: ${zone}`);
    this.scriptTimeZone = zone;
    this.#latencyOverrides = options.latency ?? {};
    this.kernel = new Kernel(options.start ?? DEFAULT_START, {
      ...DEFAULT_LATENCY,
      ...this.#latencyOverrides,
    });
    this.userEmail = options.userEmail ?? DEFAULT_USER;
    this.userLocale = options.userLocale ?? 'fr';
    this.logs.echo = options.echoLogs ?? false;
    this.#core = [
      new SpreadsheetModule(this.spreadsheets, this.ui),
      new PropertiesModule(this.properties),
      new CacheModule(this.cache),
      new UtilitiesModule(),
      new SessionModule(),
      new LoggerModule(this.logs),
      new HtmlModule(),
    ];
  }

  /** Same as the constructor, reading the bundle asynchronously. */
  static async load(options: RuntimeOptions): Promise<AppsScriptRuntime> {
    return new AppsScriptRuntime(options);
  }

  get clock(): Clock {
    return this.kernel.clock;
  }

  /** What the script showed (alias of `ui`). */
  get html(): UiRecorder {
    return this.ui;
  }

  /** Names of the bundle's files, in evaluation order. */
  get files(): string[] {
    return this.#scripts.map((s) => s.file);
  }

  /**
   * Adds a service module (its globals appear in every later execution). `latency` gives the
   * module's default latencies; the runtime's `latency` option still wins.
   */
  use(name: string, module: ServiceModule, latency: LatencyTable = {}): this {
    this.services[name] = module;
    for (const [method, ms] of Object.entries(latency)) {
      if (!(method in this.#latencyOverrides)) this.kernel.latency.set(method, ms);
    }
    return this;
  }

  /** Runs a top-level function as from the script editor; returns its result (plain data copied out). */
  run(functionName: string, ...args: unknown[]): unknown {
    return this.runWith({}, functionName, ...args);
  }

  /** run() with per-execution options. */
  runWith(options: RunOptions, functionName: string, ...args: unknown[]): unknown {
    return this.#execute('direct', functionName, options, (ctx) => ctx.toRealm(args));
  }

  /**
   * Runs a function as a trigger with event `event`. `event.authMode` may be given as a name
   * ('LIMITED'); it becomes the ScriptApp.AuthMode value and sets the execution's auth mode. For
   * a trigger with an active document, `event.source` is the active Spreadsheet unless given.
   */
  runAsTrigger(
    functionName: string,
    event: Record<string, unknown> = {},
    options: RunOptions = {},
  ): unknown {
    const named = typeof event.authMode === 'string' ? (event.authMode as AuthMode) : undefined;
    const fromEnum =
      event.authMode !== undefined && named === undefined ? String(event.authMode) : undefined;
    const authMode = options.authMode ?? named ?? (fromEnum as AuthMode | undefined) ?? 'FULL';
    const merged = { ...this.defaults, ...options };
    const active = merged.activeSpreadsheetId ?? null;
    const hasUi = merged.hasUi ?? (active !== null && SIMPLE_TRIGGERS.has(functionName));
    return this.#execute('trigger', functionName, { ...options, authMode, hasUi }, (ctx) => {
      const e = ctx.toRealm({ ...event }) as Record<string, unknown>;
      if (event.authMode !== undefined) e.authMode = AUTH_MODE[authMode];
      if (e.source === undefined && active !== null) {
        const sheets = this.#core[0] as SpreadsheetModule;
        e.source = sheets.spreadsheetFor(ctx, active);
      }
      return [e];
    });
  }

  /**
   * Runs a function as google.script.run does from the sidebar: arguments and result cross as
   * JSON (see assertTransferable), private functions (name ending in `_`) cannot be called
   * (https://developers.google.com/apps-script/guides/html/communication#private_functions).
   */
  runAsSidebarCall(
    functionName: string,
    args: readonly unknown[] = [],
    options: RunOptions = {},
  ): unknown {
    const sent = args.map((a, i) => transfer(a, `argument ${i}`));
    if (functionName.endsWith('_')) {
      throw new Error(`Script function not found: ${functionName}`);
    }
    const merged = { ...this.defaults, ...options };
    const hasUi = merged.hasUi ?? (merged.activeSpreadsheetId ?? null) !== null;
    const result = this.#execute(
      'sidebar',
      functionName,
      { ...options, hasUi },
      (ctx) => ctx.toRealm(sent),
      false,
    );
    return transfer(result, 'return value');
  }

  #execute(
    kind: ExecutionKind,
    functionName: string,
    options: RunOptions,
    makeArgs: (ctx: ExecutionContext) => unknown[],
    copyOut = true,
  ): unknown {
    if (this.kernel.execution) {
      throw new Error(`Execution of ${this.kernel.execution.functionName} is still running`);
    }
    const opts = { ...this.defaults, ...options };
    const activeSpreadsheetId = opts.activeSpreadsheetId ?? null;
    if (activeSpreadsheetId !== null && !this.spreadsheets.has(activeSpreadsheetId)) {
      throw new Error(`No spreadsheet ${activeSpreadsheetId} in this runtime`);
    }
    const previousTz = process.env.TZ;
    process.env.TZ = this.scriptTimeZone;
    this.kernel.beginExecution(functionName);
    const modules = [...this.#core, ...Object.values(this.services)];
    let ctx: ExecutionContext | null = null;
    let outcome: 'returned' | 'threw' = 'threw';
    try {
      const sandbox = vm.createContext({}, { name: `Apps Script execution: ${functionName}` });
      const install = vm.runInContext(INSTALL_CLOCK_DATE, sandbox) as (now: () => number) => {
        realm: Realm;
        RealDate: DateConstructor;
      };
      const { realm, RealDate } = install(() => this.kernel.clock.now());
      ctx = this.#context(sandbox, realm, RealDate, kind, functionName, activeSpreadsheetId, opts);
      this.#installGlobals(sandbox, modules, ctx);
      vm.runInContext(BUILTIN_BINDINGS, sandbox);
      this.#chargeStart();
      for (const { script } of this.#scripts) script.runInContext(sandbox);
      const fn = this.#lookup(sandbox, functionName);
      const result = fn(...makeArgs(ctx));
      outcome = 'returned';
      return copyOut ? copyData(result, HOST_REALM, realm) : result;
    } finally {
      if (ctx) for (const m of modules) m.endExecution?.(ctx, outcome);
      this.kernel.endExecution();
      if (previousTz === undefined) delete process.env.TZ;
      else process.env.TZ = previousTz;
    }
  }

  #chargeStart(): void {
    const kb = this.#scripts.reduce((sum, s) => sum + s.bytes, 0) / 1024;
    const base = this.kernel.latency.get('Execution.start') ?? 0;
    const perKb = this.kernel.latency.get('Execution.start/KB') ?? 0;
    this.kernel.clock.advance(base + perKb * kb);
  }

  #lookup(sandbox: vm.Context, functionName: string): (...args: unknown[]) => unknown {
    // Top-level `const f = function () {}` is no property of the global object: ask the scope.
    const fn = IDENTIFIER.test(functionName)
      ? vm.runInContext(
          `typeof ${functionName} === 'function' ? ${functionName} : undefined`,
          sandbox,
        )
      : undefined;
    if (typeof fn !== 'function') {
      // The message Apps Script gives, e.g. for a web app without doGet.
      throw new Error(`Script function not found: ${functionName}`);
    }
    return fn as (...args: unknown[]) => unknown;
  }

  #context(
    sandbox: vm.Context,
    realm: Realm,
    RealDate: DateConstructor,
    kind: ExecutionKind,
    functionName: string,
    activeSpreadsheetId: string | null,
    opts: RunOptions,
  ): ExecutionContext {
    const user = opts.user ?? this.userEmail;
    // Dates made for the bundle skip the clock proxy (same prototype, cheaper to construct).
    const dataRealm: Realm = { ...realm, Date: RealDate };
    return {
      kernel: this.kernel,
      functionName,
      kind,
      activeSpreadsheetId,
      authMode: opts.authMode ?? 'FULL',
      hasUi: opts.hasUi ?? (activeSpreadsheetId !== null && kind !== 'trigger'),
      userEmail: user,
      effectiveUserEmail: user,
      userLocale: this.userLocale,
      scriptTimeZone: this.scriptTimeZone,
      distDir: this.distDir,
      realm,
      Date: realm.Date,
      newDate: (ms: number) => new RealDate(ms),
      newError: (message: string) => {
        const error = new realm.Error(message);
        error.name = 'Exception';
        return error;
      },
      toRealm: <T>(value: T): T => copyData(value, dataRealm, HOST_REALM) as T,
      evaluate: (code: string) => vm.runInContext(code, sandbox),
    };
  }

  #installGlobals(sandbox: vm.Context, modules: ServiceModule[], ctx: ExecutionContext): void {
    const owner = new Map<string, number>();
    modules.forEach((module, i) => {
      for (const [name, value] of Object.entries(module.globals(ctx))) {
        if (owner.has(name)) throw new Error(`Two service modules define the global ${name}`);
        owner.set(name, i);
        sandbox[name] = value;
      }
    });
  }
}
