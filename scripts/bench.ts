/**
 * `npm run bench`: what Relance costs on large books. Prints tables; asserts nothing (not a timed
 * test; the e2e test service-cost.test.ts checks the targets on a small book).
 *
 * 1. Service calls (scripts/bench/service-cost.ts): the compiled bundle in the offline runtime,
 *    books of 100 to 20,000 invoices and logs of 0 to 250,000 rows: the daily run and each
 *    sidebar call, in round trips by service, simulated seconds, CPU ms and JSON bytes, beside a
 *    naive per-row mail-merge script on the same books.
 *    Then the sidebar's rendering of the first call's answer in Chromium, when one is installed
 *    (scripts/bench/sidebar-render.ts).
 * 2. The pure core: for each size, N invoices of N/10 clients, a log of 5 × N rows, planned on
 *    one day with the project calendar; reading the invoices tab is timed too.
 *
 * `npm run bench -- --quick` measures only the service calls of the small books.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { seededRandom } from '../local/seeded-random.ts';
import { presentStatistics } from '../src/app/sidebar/statistics-presenter.ts';
import { addDays, type CalendarDate } from '../src/core/calendar-date.ts';
import type { Invoice, InvoiceStatus } from '../src/core/invoice.ts';
import {
  logHeaders,
  logLayout,
  logRecordsFromValues,
  logRowCells,
} from '../src/core/log/log-rows.ts';
import type { LogEntry } from '../src/core/log-entry.ts';
import { planDay } from '../src/core/planner.ts';
import { readInvoices } from '../src/core/read-invoices.ts';
import { DEFAULT_SETTINGS } from '../src/core/settings-defaults.ts';
import { EMAIL_STAGES } from '../src/core/stage.ts';
import { DEFAULT_TEMPLATES } from '../src/core/templates/defaults.ts';
import { chromiumPath, launchChromium } from '../test/browser/chromium.ts';
import {
  type BookCost,
  type BookSize,
  type CallCost,
  measureBook,
  measureNaive,
} from './bench/service-cost.ts';
import { measureSidebarRender } from './bench/sidebar-render.ts';

const TODAY = '2026-03-16' as CalendarDate;
const SIZES = [1_000, 10_000, 50_000];
const RUNS = 5;

interface Book {
  readonly invoices: Invoice[];
  readonly log: LogEntry[];
  readonly rows: unknown[][];
}

function makeBook(size: number, logRows: number = size * 5): Book {
  const next = seededRandom(size);
  const clients = Math.max(1, Math.round(size / 10));
  const invoices: Invoice[] = [];
  const rows: unknown[][] = [
    [
      'N° facture',
      'Client',
      'E-mail',
      'Montant TTC',
      'Échéance',
      'Date de paiement',
      'Statut',
      'Pays',
    ],
  ];
  for (let i = 0; i < size; i++) {
    const c = Math.floor(next() * clients);
    const dueDate = addDays(TODAY, Math.floor(next() * 420) - 390);
    const roll = next();
    const paid = roll < 0.6 && dueDate < TODAY;
    const status: InvoiceStatus = paid
      ? 'paid'
      : roll < 0.63
        ? 'disputed'
        : roll < 0.65
          ? 'on_hold'
          : 'open';
    const paidDate = paid ? addDays(dueDate, Math.floor(next() * 40) - 5) : null;
    const amountCents = 10_000 + Math.floor(next() * 500_000);
    const number = `F-${dueDate.slice(0, 4)}-${String(i).padStart(6, '0')}`;
    const client = `Client ${c}`;
    invoices.push({
      row: i + 2,
      number,
      client,
      clientKey: `client ${c}`,
      emails: [`compta@client-${c}.fr`],
      cc: [],
      contactName: null,
      amountCents,
      amountPaidCents: 0,
      currency: 'EUR',
      issueDate: addDays(dueDate, -30),
      dueDate,
      paidDate: paidDate !== null && paidDate <= TODAY ? paidDate : null,
      status,
      promiseDate: null,
      language: null,
      country: c % 7 === 0 ? 'BE' : null,
      customerKind: 'b2b',
      paymentLink: null,
      fileId: null,
      segmentOverride: null,
      doNotRemind: false,
      notes: null,
    });
    rows.push([
      number,
      client,
      `compta@client-${c}.fr`,
      `${(amountCents / 100).toFixed(2).replace('.', ',')} €`,
      `${dueDate.slice(8, 10)}/${dueDate.slice(5, 7)}/${dueDate.slice(0, 4)}`,
      paidDate ?? '',
      status === 'paid'
        ? 'Payée'
        : status === 'disputed'
          ? 'Litige'
          : status === 'on_hold'
            ? 'En attente'
            : '',
      c % 7 === 0 ? 'BE' : '',
    ]);
  }
  return { invoices, log: makeLog(invoices, logRows, next), rows };
}

function variantOf(invoice: Invoice): string {
  return invoice.number.endsWith('7') || invoice.number.endsWith('3') ? 'B' : 'A';
}

/** Reminder rows for invoices that have reached a stage, padded with run summaries. */
function makeLog(invoices: readonly Invoice[], target: number, next: () => number): LogEntry[] {
  const log: LogEntry[] = [];
  const row = (
    date: CalendarDate,
    outcome: LogEntry['outcome'],
    inv: Invoice | null,
    stage: LogEntry['stage'],
  ) => ({
    at: `${date}T08:00:00.000Z`,
    date,
    runId: `run-${date}`,
    outcome,
    stage,
    invoiceNumbers: inv ? [inv.number] : [],
    clientKey: inv?.clientKey ?? '',
    recipients: inv ? inv.emails : [],
    templateId: stage === 'r1' && inv ? `r1.all.fr.${variantOf(inv)}` : null,
    variant: stage === 'r1' && inv ? variantOf(inv) : null,
    subject: '',
    threadId: inv ? `thread-${inv.number}` : null,
    messageKey: inv ? `rl-${date}-${stage}-${inv.clientKey}` : null,
    detail: '',
  });
  for (const inv of invoices) {
    if (log.length >= target) break;
    const offsets = [-3, 3, 10, 24];
    for (const [k, stage] of EMAIL_STAGES.entries()) {
      const date = addDays(inv.dueDate, offsets[k] as number);
      if (date >= TODAY || log.length >= target - 1) break;
      log.push(row(date, 'pending', inv, stage), row(date, 'sent', inv, stage));
    }
  }
  while (log.length < target)
    log.push(row(addDays(TODAY, -Math.floor(next() * 400)), 'run', null, null));
  return log;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median CPU time (user + system, ms) of a call: what Apps Script's execution limit counts. */
function cpuTime(fn: () => void): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return median(samples);
}

function time(fn: () => void): number {
  fn(); // warm-up: JIT and caches, as a second call in one execution would see
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const DIST = join(import.meta.dirname, '../dist');
const QUICK = process.argv.includes('--quick');
const BOOKS: readonly BookSize[] = [
  { rows: 100, logRows: 0, quota: 1_500 },
  { rows: 1_000, logRows: 0, quota: 1_500 },
  { rows: 5_000, logRows: 0, quota: 1_500 },
  { rows: 20_000, logRows: 0, quota: 1_500 },
  { rows: 20_000, logRows: 50_000, quota: 1_500 },
  { rows: 20_000, logRows: 250_000, quota: 1_500 },
];

const seconds = (ms: number) => Number((ms / 1000).toFixed(1));
const services = (cost: CallCost) =>
  Object.entries(cost.byService)
    .map(([service, n]) => `${service} ${n}`)
    .join(', ');

function benchServiceCalls(): void {
  if (!existsSync(join(DIST, 'Code.js'))) {
    console.log('dist/Code.js not built: run `npm run build` to measure service calls.');
    return;
  }
  const books = QUICK ? BOOKS.filter((b) => b.rows <= 1_000) : BOOKS;
  const runs: Record<string, string | number>[] = [];
  const sidebar: Record<string, string | number>[] = [];
  const again: Record<string, string | number>[] = [];
  for (const size of books) {
    const cost: BookCost = measureBook(size, DIST);
    const naive = size.logRows === 0 ? measureNaive(size) : null;
    const messages = cost.run.emails + cost.run.drafts;
    const naiveWhole = naive ? (naive.roundTrips / naive.rowsReached) * size.rows : null;
    runs.push({
      rows: size.rows,
      'log rows': size.logRows,
      'e-mails': cost.run.emails,
      drafts: cost.run.drafts,
      'round trips': cost.run.roundTrips,
      'target 40+4M': 40 + 4 * messages,
      'per message': messages ? Number((cost.run.roundTrips / messages).toFixed(2)) : '-',
      'by service': services(cost.run),
      'sim s': seconds(cost.run.simulatedMs),
      'CPU ms': Math.round(cost.run.cpuMs),
      'log rows added': cost.run.logRowsAdded,
      'naive round trips': naiveWhole === null ? '-' : Math.round(naiveWhole),
      'naive per row': naive ? Number((naive.roundTrips / naive.rowsReached).toFixed(1)) : '-',
      'Relance / naive': naiveWhole ? Number((cost.run.roundTrips / naiveWhole).toFixed(3)) : '-',
    });
    again.push({
      rows: size.rows,
      'log rows': size.logRows,
      'round trips': cost.again.roundTrips,
      'sim s': seconds(cost.again.simulatedMs),
      'CPU ms': Math.round(cost.again.cpuMs),
    });
    for (const [call, c] of Object.entries(cost.sidebar)) {
      sidebar.push({
        rows: size.rows,
        'log rows': size.logRows,
        call,
        'round trips': c.roundTrips,
        'by service': services(c),
        'tabs read': c.tabsRead.length,
        'sim s': seconds(c.simulatedMs),
        'CPU ms': Math.round(c.cpuMs),
        'JSON KB': Number((c.jsonBytes / 1024).toFixed(1)),
      });
    }
  }
  console.log(
    'Daily run, first live run of each book (Workspace quota 1,500; the naive script is cut at ' +
      '6 minutes, its round trips are scaled to the whole book):',
  );
  console.table(runs);
  console.log('Sidebar calls after the run:');
  console.table(sidebar);
  console.log(
    'The run again the same day, no recipient left (it sends nothing: reading, planning, statuses):',
  );
  console.table(again);
}

benchServiceCalls();

/** The built sidebar rendering `getSidebarState`'s answer at 300 px (target: 300 ms at 20,000). */
async function benchSidebarRender(): Promise<void> {
  try {
    chromiumPath();
  } catch {
    console.log('\nNo Chromium: the sidebar rendering is not measured.');
    return;
  }
  const browser = await launchChromium();
  try {
    const lines: Record<string, string | number>[] = [];
    for (const rows of QUICK ? [1_000] : [1_000, 20_000]) {
      const render = await measureSidebarRender(browser, { rows, logRows: 0, quota: 1_500 }, DIST);
      lines.push({
        invoices: rows,
        'render ms': Math.round(render.renderMs),
        'JSON KB': Number((render.jsonBytes / 1024).toFixed(1)),
        elements: render.elements,
      });
    }
    console.log(
      '\nSidebar, first view in Chromium at 300 px: reply received → Today painted (best of 3):',
    );
    console.table(lines);
  } finally {
    await browser.close();
  }
}

if (existsSync(join(DIST, 'Code.js')) && existsSync(join(DIST, 'Sidebar.html')))
  await benchSidebarRender();

const settings = { ...DEFAULT_SETTINGS, testMode: false };
const table: Record<string, string | number>[] = [];
for (const size of QUICK ? [] : SIZES) {
  const book = makeBook(size);
  let planned = 0;
  const planMs = time(() => {
    const plan = planDay({
      today: TODAY,
      invoices: book.invoices,
      rowErrors: [],
      log: book.log,
      settings,
    });
    planned = plan.emails.length;
  });
  let read = 0;
  const readMs = time(() => {
    const result = readInvoices(book.rows, {
      overrides: {},
      dateOfCell: (d) => d.toISOString().slice(0, 10) as CalendarDate,
      locale: 'fr_FR',
      language: 'fr',
      defaultCurrency: 'EUR',
    });
    read = result.invoices.length;
  });
  table.push({
    invoices: size,
    clients: Math.round(size / 10),
    'log rows': book.log.length,
    'readInvoices ms': Number(readMs.toFixed(1)),
    'planDay ms': Number(planMs.toFixed(1)),
    'planDay µs/invoice': Number(((planMs * 1000) / size).toFixed(1)),
    'e-mails planned': planned,
    'rows read': read,
  });
}
console.log(`Median of ${RUNS} runs after a warm-up, Node ${process.version}, today ${TODAY}.`);
console.table(table);

/**
 * What `getStatistics` computes once the tabs are read: the invoice rows parsed, the log rows
 * parsed, then the summary and every outcome figure (recovery, DSO split, CEI, reminders, replies,
 * cash-in forecast with its two backtests, A/B comparison). Target: ≤ 300 ms of server CPU at
 * 5,000 invoices and 50,000 log rows. Node's V8 is faster than Apps Script's; the margin matters.
 */
function benchStatistics(): void {
  const lines: Record<string, string | number>[] = [];
  for (const [size, logSize] of [
    [1_000, 10_000],
    [5_000, 50_000],
  ] as const) {
    const book = makeBook(size, logSize);
    const header = logHeaders('fr');
    const layout = logLayout(header);
    const logValues = [header, ...book.log.map((e) => logRowCells(e, layout, header.length))];
    const readOptions = {
      overrides: {},
      dateOfCell: (d: Date) => d.toISOString().slice(0, 10) as CalendarDate,
      locale: 'fr_FR',
      language: 'fr' as const,
      defaultCurrency: 'EUR',
    };
    let parsed = 0;
    const parseMs = cpuTime(() => {
      parsed =
        readInvoices(book.rows, readOptions).invoices.length +
        logRecordsFromValues(logValues, layout).length;
    });
    const computeMs = cpuTime(() => {
      presentStatistics({
        today: TODAY,
        invoices: book.invoices,
        log: book.log,
        templates: DEFAULT_TEMPLATES,
        plans: [],
        quotes: null,
        settings,
      });
    });
    lines.push({
      invoices: size,
      'log rows': book.log.length,
      'parse rows, CPU ms': Number(parseMs.toFixed(1)),
      'statistics, CPU ms': Number(computeMs.toFixed(1)),
      'total, CPU ms': Number((parseMs + computeMs).toFixed(1)),
      'rows parsed': parsed,
    });
  }
  console.log('\ngetStatistics after the tab reads (parse + compute), median CPU time:');
  console.table(lines);
}

/**
 * Apps Script evaluates the whole bundle at the start of every execution (each trigger, menu click
 * and sidebar call), so its size is latency. Compile and evaluate `dist/Code.js` in a fresh V8
 * context, as each execution does; the Apps Script figure will differ, the trend is what counts.
 */
function benchBundle(): void {
  const bundle = join(import.meta.dirname, '../dist/Code.js');
  if (!existsSync(bundle)) {
    console.log('\ndist/Code.js not built: run `npm run build` to time its evaluation.');
    return;
  }
  const source = readFileSync(bundle, 'utf8');
  const ms = time(() => {
    vm.runInContext(source, vm.createContext({}), { filename: 'Code.js' });
  });
  console.log(
    `\nBundle evaluation (fresh context, compile + top level): ${ms.toFixed(1)} ms for ` +
      `${(Buffer.byteLength(source) / 1024).toFixed(1)} KB.`,
  );
}

benchStatistics();
benchBundle();
