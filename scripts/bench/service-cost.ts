/**
 * What a daily run and each sidebar call cost in service round trips, simulated time, CPU and
 * JSON, measured on the compiled bundle (`dist/Code.js`) in the offline runtime at its default
 * latencies. Used by `npm run bench` (the full table) and by an e2e test (a small book, against
 * the README's targets).
 *
 * A round trip is a call the runtime charges at least ROUND_TRIP_MIN_MS for: handles and getters
 * of data already fetched (Sheet.getRange, GmailMessage.getFrom, ...) and local helpers
 * (Utilities, Logger, Session, Blob, HtmlOutput) cost less and are not counted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storedSettings } from '../../local/demo/stored-settings.ts';
import { DEFAULT_LATENCY_MS, type Kernel } from '../../local/kernel.ts';
import { createOfflineAddon, type OfflineAddon } from '../../local/offline-addon.ts';
import { seededRandom } from '../../local/seeded-random.ts';
import type { CellInput } from '../../local/services/spreadsheet/cell.ts';
import { addDays, type CalendarDate } from '../../src/core/calendar-date.ts';
import { LOG_COLUMNS, logHeaders, logLayout, logRowCells } from '../../src/core/log/log-rows.ts';
import { logEntry } from '../../src/core/log-entry.ts';
import { NAIVE_MAIL_MERGE } from './naive-mail-merge.ts';

/** A Monday, so the run sends. */
export const BENCH_TODAY = '2026-03-16' as CalendarDate;
export const ROUND_TRIP_MIN_MS = 10;
const INVOICES_TAB = 'Factures';
const HEADERS = ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Payée le'];
/** The log tab's columns in their default order, as set-up writes them. */
const LOG_LAYOUT = logLayout(logHeaders('fr'));

export interface BookSize {
  readonly rows: number;
  readonly logRows: number;
  /** Daily recipients left (Workspace: 1,500). */
  readonly quota: number;
}

export interface CallCost {
  /** Round trips by service (Sheets, Gmail, Properties, Lock, Triggers, Drive, Mail). */
  readonly byService: Readonly<Record<string, number>>;
  readonly roundTrips: number;
  readonly simulatedMs: number;
  readonly cpuMs: number;
  /** Size of the JSON a sidebar call returns; 0 for the run. */
  readonly jsonBytes: number;
  /** The tabs whose values the call read (getValues / getDisplayValues). */
  readonly tabsRead: readonly string[];
}

export interface RunCost extends CallCost {
  readonly emails: number;
  readonly drafts: number;
  readonly logRowsAdded: number;
  /** Messages that did not fit in the quota or the time budget (the run's report). */
  readonly carriedOver: number;
  /** The rows the run added, by outcome (`sent`, `drafted`, `task`, `run`, ...). */
  readonly logRowsByOutcome: Readonly<Record<string, number>>;
}

export interface NaiveCost {
  readonly roundTrips: number;
  readonly rowsReached: number;
  readonly emails: number;
  readonly simulatedMs: number;
  /** Whether the 6-minute limit cut it before the last row. */
  readonly cut: boolean;
}

export interface BookCost {
  readonly size: BookSize;
  readonly run: RunCost;
  readonly sidebar: Readonly<Record<string, CallCost>>;
  /**
   * The run again the same day, after the sidebar calls, with no recipient left in the quota: it
   * sends nothing, so it is what a run costs to read the book and its log, plan and write its
   * statuses (through the compact log state the first run left when the log is long).
   */
  readonly again: CallCost;
}

const SERVICES: readonly [RegExp, string][] = [
  [
    /^(Range|Sheet|Spreadsheet|SpreadsheetApp|RangeList|DataValidation|DeveloperMetadata)\b/,
    'Sheets',
  ],
  [/^Gmail/, 'Gmail'],
  [/^(Properties|PropertiesService|Cache|CacheService)\b/, 'Properties'],
  [/^(Lock|LockService)\b/, 'Lock'],
  [
    /^(ScriptApp|Trigger|TriggerBuilder|ClockTriggerBuilder|SpreadsheetTriggerBuilder)\b/,
    'Triggers',
  ],
  [/^(DriveApp|File|Folder)\b/, 'Drive'],
  [/^MailApp\b/, 'Mail'],
  // Reading a project file (the lazily read data): HtmlTemplate.getRawContent then costs no
  // other call.
  [/^HtmlService\.create(Template|HtmlOutput)FromFile$/, 'Files'],
  // The monthly refresh of the central banks' rates.
  [/^UrlFetchApp\b/, 'Web'],
];

function serviceOf(method: string): string | null {
  for (const [pattern, name] of SERVICES) if (pattern.test(method)) return name;
  return null;
}

/** Invoices of N/10 clients over the last 13 months, 60 % of the past-due ones paid. */
export function invoiceRows(size: number, seed = size): CellInput[][] {
  const next = seededRandom(seed);
  const clients = Math.max(1, Math.round(size / 10));
  const rows: CellInput[][] = [HEADERS];
  for (let i = 0; i < size; i++) {
    const c = Math.floor(next() * clients);
    const due = addDays(BENCH_TODAY, Math.floor(next() * 420) - 390);
    const paid = due < BENCH_TODAY && next() < 0.6;
    const paidOn = paid ? addDays(due, Math.floor(next() * 30)) : null;
    rows.push([
      `F-${due.slice(0, 4)}-${String(i + 1).padStart(5, '0')}`,
      `Client ${c}`,
      `compta@client-${c}.fr`,
      100 + Math.floor(next() * 4_900),
      { date: due },
      paidOn !== null && paidOn <= BENCH_TODAY ? { date: paidOn } : '',
    ]);
  }
  return rows;
}

/** Years of use: reminders of older invoices (no longer in the book) and one row per run. */
function historicLogRows(count: number): string[][] {
  const rows: string[][] = [];
  const width = LOG_COLUMNS.length;
  for (let i = 0; rows.length < count; i++) {
    const date = addDays(BENCH_TODAY, -400 - (i % 1_000));
    const number = `F-2023-${String(i).padStart(6, '0')}`;
    const client = `ancien client ${i % 3_000}`;
    const at = `${date}T08:${String(i % 60).padStart(2, '0')}:00.000Z`;
    const reminder = logEntry({
      at,
      date,
      runId: `run-${date}`,
      outcome: i % 10 === 9 ? 'run' : 'sent',
      ...(i % 10 === 9
        ? { detail: 'status=completed; sent=9' }
        : {
            stage: 'r1',
            invoiceNumbers: [number],
            clientKey: client,
            recipients: [`compta@${i % 3_000}.example`],
            subject: `Facture ${number}`,
            threadId: `thread-${i}`,
            messageKey: `rl-${date}-r1-${i}`,
            detail: `message=msg-${i}`,
          }),
    });
    rows.push(logRowCells(reminder, LOG_LAYOUT, width));
  }
  return rows;
}

function logTabName(addon: OfflineAddon, id: string): string {
  const tab = addon.runtime.spreadsheets
    .get(id)
    .sheets.find((t) => t.name.startsWith('Relance · journal'));
  if (!tab) throw new Error('no log tab after set-up');
  return tab.name;
}

function appendLog(addon: OfflineAddon, id: string, rows: readonly string[][]): void {
  const sheet = addon.runtime.spreadsheets.sheet(id, logTabName(addon, id));
  for (const values of rows) sheet.rows.push({ values: [...values] });
  sheet.maxRows = Math.max(sheet.maxRows, sheet.rows.length);
}

/** A set-up, live book of `size`, with the clock on BENCH_TODAY at 08:30 Paris time. */
export function openBook(size: BookSize, distDir: string): { addon: OfflineAddon; id: string } {
  const addon = createOfflineAddon({
    distDir,
    start: new Date(`${BENCH_TODAY}T07:30:00Z`),
    dailyQuota: size.quota,
  });
  const id = `bench-${size.rows}-${size.logRows}`;
  addon.runtime.spreadsheets.create({
    id,
    name: 'Factures',
    timeZone: 'Europe/Paris',
    sheets: { [INVOICES_TAB]: invoiceRows(size.rows) },
  });
  const inDoc = { activeSpreadsheetId: id };
  addon.runtime.runWith(inDoc, 'setUpRelance');
  const stored = storedSettings(addon.runtime, id);
  addon.runtime.runAsSidebarCall(
    'saveSettings',
    [{ ...stored, senderName: 'Camille Martin', senderContact: '06 12 34 56 78' }],
    inDoc,
  );
  addon.runtime.runAsSidebarCall('goLive', [], inDoc);
  appendLog(addon, id, historicLogRows(size.logRows));
  return { addon, id };
}

/** Round trips counted by the kernel since its counters were reset, by service and in all. */
export function roundTrips(kernel: Kernel): { byService: Record<string, number>; total: number } {
  const byService: Record<string, number> = {};
  let total = 0;
  for (const [method, n] of kernel.counters) {
    if ((kernel.latency.get(method) ?? DEFAULT_LATENCY_MS) < ROUND_TRIP_MIN_MS) continue;
    const service = serviceOf(method);
    if (service === null) continue;
    byService[service] = (byService[service] ?? 0) + n;
    total += n;
  }
  return { byService, total };
}

/** Runs `call` once and measures it. */
function measure(addon: OfflineAddon, call: () => unknown): { cost: CallCost; result: unknown } {
  const { kernel } = addon.runtime;
  kernel.resetCounters();
  const tabsRead = new Set<string>();
  const clockStart = kernel.clock.now();
  // CPU time (user + system), not wall time: the figure holds on a machine busy with other work.
  const cpuStart = process.cpuUsage();
  const result = call();
  const cpuUsed = process.cpuUsage(cpuStart);
  const cpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
  const { byService, total } = roundTrips(kernel);
  for (const tab of kernel.tabReads.keys()) tabsRead.add(tab);
  const json = result === undefined ? '' : JSON.stringify(result);
  return {
    cost: {
      byService,
      roundTrips: total,
      simulatedMs: kernel.clock.now() - clockStart,
      cpuMs,
      jsonBytes: Buffer.byteLength(json),
      tabsRead: [...tabsRead].sort(),
    },
    result,
  };
}

/** The daily run as its trigger would start it, then each sidebar call of a user opening it. */
export function measureBook(size: BookSize, distDir: string): BookCost {
  const { addon, id } = openBook(size, distDir);
  const rt = addon.runtime;
  const inDoc = { activeSpreadsheetId: id };
  const logTab = logTabName(addon, id);
  const logBefore = rt.spreadsheets.sheetValues(id, logTab).length;
  const sentBefore = addon.mailbox.sentByAddon().length;
  const draftsBefore = addon.mailbox.drafts().length;
  const uid = addon.triggers.list()[0]?.uid ?? 'no-trigger';
  const measured = measure(addon, () =>
    rt.runAsTrigger('runReminders', { triggerUid: uid, authMode: 'FULL' }, {}),
  );
  const run = measured.cost;
  const carriedOver = Number((measured.result as { carriedOver?: number }).carriedOver ?? 0);
  const emails = addon.mailbox.sentByAddon().length - sentBefore;
  const drafts = addon.mailbox.drafts().length - draftsBefore;
  const added = rt.spreadsheets.sheetValues(id, logTab).slice(logBefore);
  const outcome = LOG_COLUMNS.findIndex((c) => c.field === 'outcome');
  const logRowsByOutcome: Record<string, number> = {};
  for (const row of added) {
    const key = String(row[outcome] ?? '');
    logRowsByOutcome[key] = (logRowsByOutcome[key] ?? 0) + 1;
  }

  const sidebar: Record<string, CallCost> = {};
  const call = (name: string, ...args: unknown[]) => {
    const measured = measure(addon, () => rt.runAsSidebarCall(name, args, inDoc));
    sidebar[name] = measured.cost;
    return measured.result;
  };
  const state = call('getSidebarState') as {
    settings: { settings: Record<string, unknown> };
    today: { skips: readonly { number: string }[] } | null;
  };
  call('getToday');
  call('getStatistics');
  call('getTemplates');
  call('getSetupStatus');
  call('saveSettings', state.settings.settings);
  call('setAutomation', true);
  const skipped = state.today?.skips[0]?.number;
  if (skipped !== undefined) call('holdInvoice', { invoiceNumber: skipped, until: null });
  addon.mailbox.setQuota(size.quota - addon.mailbox.remainingQuota());
  const again = measure(addon, () =>
    rt.runAsTrigger('runReminders', { triggerUid: uid, authMode: 'FULL' }, {}),
  ).cost;
  return {
    size,
    run: { ...run, emails, drafts, carriedOver, logRowsAdded: added.length, logRowsByOutcome },
    sidebar,
    again,
  };
}

/**
 * The same book through a per-row mail-merge script (getValue per cell, sendEmail and setValue
 * per row), loaded alone into the same runtime: the floor of care, not of cost.
 */
export function measureNaive(size: BookSize): NaiveCost {
  const dir = mkdtempSync(join(tmpdir(), 'relance-naive-'));
  try {
    writeFileSync(join(dir, 'Naive.js'), NAIVE_MAIL_MERGE);
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Europe/Paris' }));
    const addon = createOfflineAddon({
      distDir: dir,
      start: new Date(`${BENCH_TODAY}T07:30:00Z`),
      dailyQuota: size.quota,
    });
    const rows = invoiceRows(size.rows).map((r) => [...r, '']);
    (rows[0] as CellInput[])[HEADERS.length] = 'Relancée le';
    addon.runtime.spreadsheets.create({
      id: 'naive',
      name: 'Factures',
      timeZone: 'Europe/Paris',
      sheets: { [INVOICES_TAB]: rows },
    });
    let cut = false;
    const measured = measure(addon, () => {
      try {
        return addon.runtime.runWith({ activeSpreadsheetId: 'naive' }, 'naiveMailMerge');
      } catch {
        cut = true;
        return undefined;
      }
    });
    // Seven cells read per row: how far it got before the 6-minute limit.
    const reached = Math.floor(addon.runtime.kernel.count('Range.getValue') / 7);
    return {
      roundTrips: measured.cost.roundTrips,
      rowsReached: Math.max(1, Math.min(reached, size.rows)),
      emails: addon.mailbox.sent().length,
      simulatedMs: measured.cost.simulatedMs,
      cut,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
