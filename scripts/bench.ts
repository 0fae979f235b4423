/**
 * `npm run bench`: how long the pure core takes on large books, to show it stays well inside the
 * Apps Script time budget and grows linearly. Prints a table; asserts nothing (not a timed test).
 *
 * For each size: N invoices of N/10 clients, a log of 5 × N rows, planned on one day with the
 * project calendar. Reading the invoices tab (`readInvoices` on sheet-like rows) is timed too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { seededRandom } from '../local/seeded-random.ts';
import { addDays, type CalendarDate } from '../src/core/calendar-date.ts';
import type { Invoice, InvoiceStatus } from '../src/core/invoice.ts';
import type { LogEntry } from '../src/core/log-entry.ts';
import { planDay } from '../src/core/planner.ts';
import { readInvoices } from '../src/core/read-invoices.ts';
import { DEFAULT_SETTINGS } from '../src/core/settings-defaults.ts';
import { EMAIL_STAGES } from '../src/core/stage.ts';

const TODAY = '2026-03-16' as CalendarDate;
const SIZES = [1_000, 10_000, 50_000];
const RUNS = 5;

interface Book {
  readonly invoices: Invoice[];
  readonly log: LogEntry[];
  readonly rows: unknown[][];
}

function makeBook(size: number): Book {
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
  return { invoices, log: makeLog(invoices, size * 5, next), rows };
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
    templateId: null,
    variant: null,
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

const settings = { ...DEFAULT_SETTINGS, testMode: false };
const table: Record<string, string | number>[] = [];
for (const size of SIZES) {
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

benchBundle();
