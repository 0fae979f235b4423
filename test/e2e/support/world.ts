/**
 * One offline runtime per test file, loaded from the compiled bundle in dist/ (build first:
 * `npm run build`), and a fresh "scenario" per test: a new user, spreadsheet, mailbox, Drive,
 * locks and triggers, swapped into the same runtime so the bundle is compiled once.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { storedSettings } from '../../../local/demo/stored-settings.ts';
import { createOfflineAddon, type OfflineAddon } from '../../../local/offline-addon.ts';
import type { AppsScriptRuntime } from '../../../local/runtime.ts';
import { DRIVE_LATENCY, DriveModule, DriveStore } from '../../../local/services/drive.ts';
import { GMAIL_LATENCY, GmailModule } from '../../../local/services/gmail/gmail-app.ts';
import { Mailbox, type MessageRecord } from '../../../local/services/gmail/mailbox.ts';
import { LOCK_LATENCY, LockModule, LockStore } from '../../../local/services/lock.ts';
import { MAIL_LATENCY, MailModule } from '../../../local/services/mail.ts';
import {
  Authorization,
  SCRIPT_APP_LATENCY,
  ScriptAppModule,
  TriggerStore,
} from '../../../local/services/script-app.ts';
import type { CellInput } from '../../../local/services/spreadsheet/cell.ts';
import { Network, URL_FETCH_LATENCY, UrlFetchModule } from '../../../local/services/url-fetch.ts';
import { triggerKey } from '../../../src/gas/spreadsheet-locator.ts';

/** The build under test: `dist/`, or RELANCE_DIST (a private build when several people share the tree). */
export const DIST = process.env.RELANCE_DIST ?? resolve(import.meta.dirname, '../../../dist');

export function requireBuild(): void {
  if (!existsSync(join(DIST, 'Code.js'))) {
    throw new Error('dist/Code.js is missing: run `npm run build` before the e2e tests.');
  }
}

export const INVOICES_TAB = 'Factures';
export const HEADERS = ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance'];

let counter = 0;
let shared: AppsScriptRuntime | null = null;
/** Latencies a scenario replaced, restored when the next scenario starts. */
let replacedLatency: [string, number | undefined][] = [];

export interface Scenario extends OfflineAddon {
  readonly spreadsheetId: string;
  readonly user: string;
  /** Runs a public function with the spreadsheet open (menu, sidebar). */
  inDoc(functionName: string, ...args: unknown[]): unknown;
  sidebar(functionName: string, ...args: unknown[]): unknown;
  /** Runs `runReminders` as its installed trigger would on the clock's current time. */
  trigger(): Record<string, unknown>;
  /** Moves the clock to `date` at `time` (UTC) without running anything. */
  at(date: string, time?: string): void;
  settings(): Record<string, unknown>;
  saveSettings(patch: Record<string, unknown>): void;
  values(tab?: string): unknown[][];
  logRows(): LogRow[];
  sent(): MessageRecord[];
}

/** One log row by field (see src/app/log/log-rows.ts for the column order). */
export interface LogRow {
  readonly at: string;
  readonly date: string;
  readonly outcome: string;
  readonly stage: string;
  readonly invoices: string;
  readonly client: string;
  readonly recipients: string;
  readonly subject: string;
  readonly template: string;
  readonly variant: string;
  readonly thread: string;
  readonly key: string;
  readonly run: string;
  readonly detail: string;
}

export interface ScenarioOptions {
  readonly rows: readonly (readonly CellInput[])[];
  readonly start?: string;
  readonly live?: boolean;
  readonly quota?: number;
  readonly timeZone?: string;
  /** Extra tabs created with the spreadsheet. */
  readonly tabs?: Readonly<Record<string, readonly (readonly CellInput[])[]>>;
  /** Skip set-up (to test what a run does on a sheet never set up). */
  readonly setUp?: boolean;
  readonly settings?: Record<string, unknown>;
  /**
   * Latencies (ms) of some service calls for this scenario, over the runtime's own: e.g. a slow
   * `GmailDraft.send` makes the clock reach the run's time budget.
   */
  readonly latency?: Readonly<Record<string, number>>;
}

function runtime(): AppsScriptRuntime {
  requireBuild();
  if (!shared) shared = createOfflineAddon({ distDir: DIST }).runtime;
  return shared;
}

const LOG_KEYS = [
  'at',
  'date',
  'outcome',
  'stage',
  'invoices',
  'client',
  'recipients',
  'subject',
  'template',
  'variant',
  'thread',
  'key',
  'run',
  'detail',
];

export function scenario(options: ScenarioOptions): Scenario {
  const rt = runtime();
  counter += 1;
  const user = `camille.martin+${counter}@gmail.com`;
  rt.userEmail = user;
  rt.defaults = {};
  rt.kernel.clock.set(new Date(options.start ?? '2026-03-02T07:00:00Z'));
  rt.kernel.cutAtCall = null;
  for (const [method, ms] of replacedLatency) {
    if (ms === undefined) rt.kernel.latency.delete(method);
    else rt.kernel.latency.set(method, ms);
  }
  replacedLatency = Object.keys(options.latency ?? {}).map((m) => [m, rt.kernel.latency.get(m)]);
  const authorization = new Authorization();
  const mailbox = new Mailbox(rt.kernel, {
    userEmail: user,
    userName: 'Camille Martin',
    ...(options.quota === undefined ? {} : { dailyQuota: options.quota }),
  });
  const drive = new DriveStore();
  const locks = new LockStore(() => rt.kernel.clock.now());
  const triggers = new TriggerStore({ seed: counter });
  rt.use('gmail', new GmailModule(mailbox, authorization), GMAIL_LATENCY);
  rt.use('mail', new MailModule(mailbox, authorization), MAIL_LATENCY);
  rt.use('drive', new DriveModule(drive, authorization), DRIVE_LATENCY);
  rt.use('lock', new LockModule(locks), LOCK_LATENCY);
  rt.use('scriptApp', new ScriptAppModule(triggers, authorization), SCRIPT_APP_LATENCY);
  const network = new Network();
  rt.use('urlFetch', new UrlFetchModule(network, authorization), URL_FETCH_LATENCY);
  const spreadsheetId = `book-${counter}`;
  rt.spreadsheets.create({
    id: spreadsheetId,
    name: 'Factures 2026',
    timeZone: options.timeZone ?? 'Europe/Paris',
    sheets: { [INVOICES_TAB]: options.rows, ...(options.tabs ?? {}) },
  });
  const inDoc = { activeSpreadsheetId: spreadsheetId };
  const s: Scenario = {
    runtime: rt,
    mailbox,
    drive,
    locks,
    triggers,
    authorization,
    network,
    spreadsheetId,
    user,
    fireTriggersUntil: (until) =>
      triggers.fireDueTriggers(
        rt.kernel.clock,
        (run) =>
          rt.runAsTrigger(run.functionName, run.event, {
            activeSpreadsheetId: null,
            user: run.userEmail,
          }),
        until,
      ),
    inDoc: (fn, ...args) => rt.runWith(inDoc, fn, ...args),
    sidebar: (fn, ...args) => rt.runAsSidebarCall(fn, args, inDoc),
    trigger: () => {
      const installed = triggers.list()[0]?.uid;
      const uid = installed ?? 'no-trigger';
      // Played as an installed trigger, whose id set-up maps to its spreadsheet.
      if (installed === undefined) rt.properties.user(user).set(triggerKey(uid), spreadsheetId);
      return rt.runAsTrigger(
        'runReminders',
        { triggerUid: uid, authMode: 'FULL' },
        { activeSpreadsheetId: null },
      ) as Record<string, unknown>;
    },
    at: (date, time = '08:30:00') => rt.kernel.clock.set(new Date(`${date}T${time}Z`)),
    settings: () => storedSettings(rt, spreadsheetId),
    saveSettings: (patch) => {
      const result = rt.runAsSidebarCall(
        'saveSettings',
        [{ ...s.settings(), ...patch }],
        inDoc,
      ) as { ok: boolean };
      if (!result.ok) throw new Error(`settings rejected: ${JSON.stringify(result)}`);
    },
    values: (tab = INVOICES_TAB) => rt.spreadsheets.sheetValues(spreadsheetId, tab) as unknown[][],
    logRows: () => {
      const tab = rt.spreadsheets
        .get(spreadsheetId)
        .sheets.find((t) => t.name.startsWith('Relance · journal'));
      if (!tab) return [];
      return rt.spreadsheets
        .sheetValues(spreadsheetId, tab.name)
        .slice(1)
        .map(
          (r) =>
            Object.fromEntries(
              LOG_KEYS.map((k, i) => [k, String(r[i] ?? '')]),
            ) as unknown as LogRow,
        );
    },
    sent: () => mailbox.sentByAddon(),
  };
  if (options.setUp !== false) {
    s.inDoc('setUpRelance');
    s.saveSettings({
      senderName: 'Camille Martin',
      senderContact: '06 12 34 56 78',
      testMode: options.live === false,
      // What the run obeys; s.trigger() plays the installed trigger without installing one.
      automation: true,
      ...(options.settings ?? {}),
    });
  }
  // After set-up, so only the runs under test are slowed down.
  for (const [method, ms] of Object.entries(options.latency ?? {}))
    rt.kernel.latency.set(method, ms);
  return s;
}

/** A date cell. */
export const d = (date: string): CellInput => ({ date });

/** Invoice rows with the standard headers. */
export function book(rows: readonly (readonly CellInput[])[]): CellInput[][] {
  return [HEADERS, ...rows.map((r) => [...r])];
}

/** The log rows of `outcome`, as `invoice:stage` strings. */
export function logged(s: Scenario, outcome: string): string[] {
  return s
    .logRows()
    .filter((r) => r.outcome === outcome)
    .map((r) => `${r.invoices}:${r.stage}`);
}

/** Fires the daily trigger on every day from `from` to `to` (inclusive), as the installed one would. */
export function everyDay(
  s: Scenario,
  from: string,
  to: string,
  each?: (day: string) => void,
): void {
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); ) {
    const date = day.toISOString().slice(0, 10);
    // What the user does that day before the run (mark paid, clear the log, ...).
    each?.(date);
    s.at(date);
    s.trigger();
    day = new Date(day.getTime() + 86_400_000);
  }
}

/** The runtime's data of the book's first tab whose name starts with `prefix`. */
export function tabData(s: Scenario, prefix: string) {
  const found = s.runtime.spreadsheets
    .get(s.spreadsheetId)
    .sheets.find((t) => t.name.startsWith(prefix));
  if (!found) throw new Error(`no tab ${prefix}`);
  return found;
}
