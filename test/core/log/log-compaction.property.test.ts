import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/calendar-date.ts';
import { clientCalendar } from '../../../src/core/client-calendar.ts';
import { readHistory } from '../../../src/core/history.ts';
import { foldInvoiceNumber } from '../../../src/core/invoice-number-key.ts';
import { compactLog } from '../../../src/core/log/log-compaction.ts';
import { LOG_OUTCOMES, type LogRecord } from '../../../src/core/log/log-rows.ts';
import {
  logStateCells,
  logStateFromCells,
  logStateOf,
  withRowsWritten,
} from '../../../src/core/log/log-state.ts';
import { type LogEntry, type LogOutcome, logEntry } from '../../../src/core/log-entry.ts';
import { instalmentMessageKey, readNoteHistory } from '../../../src/core/note-history.ts';
import { readOutcomeLog } from '../../../src/core/outcomes/reminder-events.ts';
import { planDay } from '../../../src/core/planner.ts';
import { unsettledPending } from '../../../src/core/run/reconcile.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings-defaults.ts';
import { computeStatistics } from '../../../src/core/statistics.ts';
import { day, invoice } from '../fixtures/invoices.ts';

/**
 * The compact log state must never change what a reader concludes: for every split of a log into
 * the rows a state covers (`a`) and the rows read after its checkpoint (`b`), each reader gives
 * the same answer on compactLog(a) + b as on a + b. Generated logs mix every outcome, bare
 * confirmations, partial settlements, test-mode rows, threads, note stages and repeated keys.
 */

const START = day('2026-01-05');
const TODAY = day('2026-03-16');
const NUMBERS = ['F-2026-001', 'F-2026-002', 'F-2026-003', 'F-2026-004', 'D-2026-01'];
const CLIENTS = ['Atelier Brun', 'Studio Nord'];
const STAGES = ['pre_due', 'r1', 'r2', 'r3', 'call', 'notice', 'q_follow', 'plan_note'] as const;
/** Every outcome, sends and pending rows more often (they are most of a real log). */
const OUTCOMES: readonly LogOutcome[] = [...LOG_OUTCOMES, 'pending', 'pending', 'sent', 'sent'];
const DETAILS = [
  '',
  'mode=test',
  'by=user',
  'kind=client_reply; on=2026-02-10; msg=m-1',
  'kind=manual_email; until=2026-02-20',
  'until=2026-03-01',
  'message=gm-7',
];

const rowArb = fc.record({
  offset: fc.integer({ min: 0, max: 60 }),
  outcome: fc.constantFrom(...OUTCOMES),
  stage: fc.option(fc.constantFrom(...STAGES), { freq: 6 }),
  invoices: fc.subarray(NUMBERS, { maxLength: 3 }),
  client: fc.constantFrom(...CLIENTS),
  key: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 8 }),
  thread: fc.option(fc.constantFrom('t-1', 't-2', 't-3'), { freq: 2 }),
  detail: fc.constantFrom(...DETAILS),
  variant: fc.option(fc.constantFrom('A', 'B')),
  /** The recipient group a pause or resume names (one of two people named alike), or none. */
  group: fc.option(fc.constantFrom('compta@atelier-brun.fr', 'nord@studio-nord.fr')),
});

type Row = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

function entryOf(row: Row, index: number): LogEntry {
  const date = addDays(START, row.offset);
  const messageKey =
    row.key === null
      ? null
      : row.stage === 'plan_note'
        ? instalmentMessageKey(row.client, 'a1b2c3', row.key % 2, 'plan_note', START)
        : `rl-${row.client}-${row.key}`;
  return logEntry({
    at: `${date}T08:${String(index % 60).padStart(2, '0')}:00.000Z`,
    date,
    runId: `run-${date}`,
    outcome: row.outcome,
    stage: row.stage,
    invoiceNumbers: row.invoices,
    clientKey: row.client,
    threadId: row.thread,
    messageKey,
    detail: row.detail,
    variant: row.variant,
    templateId: row.stage === null ? null : `${row.stage}-fr`,
    subject: row.invoices.length > 0 ? `Relance : facture ${row.invoices.join(', ')}` : '',
    recipients:
      row.invoices.length > 0
        ? [`compta@${row.client.replace(' ', '-')}.fr`]
        : row.group === null
          ? []
          : [row.group],
  });
}

const logArb = fc.tuple(fc.array(rowArb, { maxLength: 60 }), fc.nat()).map(([rows, cut]) => {
  const records: LogRecord[] = rows.map((row, i) => ({ row: i + 2, entry: entryOf(row, i) }));
  return { records, cut: records.length === 0 ? 0 : cut % (records.length + 1) };
});

/** Maps and sets made comparable. */
function plain(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v) =>
      v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v.values()].sort() : v,
    ),
  );
}

const INVOICES = NUMBERS.slice(0, 4).map((number, i) =>
  invoice({
    number,
    client: CLIENTS[i % 2] as string,
    dueDate: addDays(START, 10 * i),
    ...(i === 3 ? { paidDate: addDays(START, 50) } : {}),
  }),
);

/** One of two recipient groups of a name: its address, and the invoices of the other group. */
const BRUN_GROUP = {
  addresses: ['compta@atelier-brun.fr'],
  invoices: new Set(['F-2026-001', 'F-2026-003'].map(foldInvoiceNumber)),
  ofName: new Set(NUMBERS.slice(0, 4).map(foldInvoiceNumber)),
};

/** What each reader of the log concludes from `records`. */
function readings(records: readonly LogRecord[]): unknown {
  const log = records.map((r) => r.entry);
  const subjects = ['D-2026-01', 'a1b2c3/1', 'a1b2c3/2'];
  const byMode = (countTestSends: boolean) => {
    const history = readHistory(log, { countTestSends });
    const notes = readNoteHistory(log, { countTestSends });
    return {
      invoices: NUMBERS.map((n) => history.invoice(n)),
      clients: CLIENTS.map((c) => history.client(c)),
      groups: CLIENTS.map((c) => history.client(c, BRUN_GROUP)),
      notes: subjects.map((s) => notes.of(s)),
    };
  };
  const settings = { ...DEFAULT_SETTINGS, testMode: false };
  const plan = planDay({
    today: TODAY,
    invoices: INVOICES,
    rowErrors: [],
    log,
    settings,
    calendar: clientCalendar(settings),
  });
  // The run's own readers (carry-out.ts, exchange-pauses.ts): message keys already done, and
  // threads where a client's message is a reply.
  const doneKeys = new Set(
    log
      .filter((e) => ['pending', 'sent', 'test_sent', 'drafted', 'task'].includes(e.outcome))
      .map((e) => e.messageKey),
  );
  const reminderThreads = new Set(
    log
      .filter((e) => e.threadId !== null && (e.outcome === 'sent' || e.outcome === 'pending'))
      .map((e) => e.threadId),
  );
  return plain({
    live: byMode(false),
    test: byMode(true),
    outcomes: readOutcomeLog(log),
    statistics: computeStatistics(INVOICES, log, TODAY),
    plan: plan.decisions,
    unsettled: [...unsettledPending(records)].map(([key, group]) => [key, group.map((r) => r.row)]),
    doneKeys,
    reminderThreads,
    empty: log.length === 0,
  });
}

describe('compactLog: the state covering the first rows, then the rows after its checkpoint', () => {
  // Generous timeouts: hundreds of generated logs, each read by every reader, on a loaded machine.
  it('gives every reader the same answer as the whole log', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(logArb, ({ records, cut }) => {
        const covered = records.slice(0, cut);
        const tail = records.slice(cut);
        expect(readings([...compactLog(covered), ...tail])).toEqual(readings(records));
      }),
      { numRuns: 400 },
    );
  });

  it('rebuilds the same state whether it starts from the log or from an earlier state', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(logArb, ({ records, cut }) => {
        const again = compactLog([...compactLog(records.slice(0, cut)), ...records.slice(cut)]);
        expect(readings(again)).toEqual(readings(records));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the state through its cells unchanged', () => {
    fc.assert(
      fc.property(logArb, ({ records }) => {
        const last = records.at(-1)?.row ?? 1;
        const state = logStateOf(records, ['Horodatage', 'Jour'], {
          sheetId: 7,
          lastRow: last,
          lastCells: ['x'],
        });
        expect(logStateFromCells(logStateCells(state))).toEqual(state);
      }),
      { numRuns: 100 },
    );
  });
});

describe('compactLog on a real sequence', () => {
  const sent = (row: number, outcome: LogOutcome, fields: Partial<LogEntry> = {}): LogRecord => ({
    row,
    entry: logEntry({
      at: `2026-03-0${row}T08:00:00.000Z`,
      date: day(`2026-03-0${row}`),
      runId: `run-${row}`,
      outcome,
      stage: 'r1',
      invoiceNumbers: ['F-2026-001', 'F-2026-002'],
      clientKey: 'atelier brun',
      messageKey: 'rl-atelier-brun-r1-20260302',
      ...fields,
    }),
  });

  it('drops a pending row its sent row settles, and the runs but the last', () => {
    const log = [
      sent(2, 'pending'),
      sent(3, 'sent', { threadId: 't-9' }),
      sent(4, 'run', { stage: null, invoiceNumbers: [], messageKey: null }),
      sent(5, 'run', { stage: null, invoiceNumbers: [], messageKey: null }),
    ];
    expect(compactLog(log).map((r) => r.row)).toEqual([3, 5]);
  });

  it('keeps a pending row settled for one invoice of two, or confirmed by a bare row', () => {
    const partly = [sent(2, 'pending'), sent(3, 'sent', { invoiceNumbers: ['F-2026-001'] })];
    expect(compactLog(partly).map((r) => r.row)).toEqual([2, 3]);
    const bare = [
      sent(2, 'pending'),
      sent(3, 'sent', { stage: null, invoiceNumbers: [] }),
      sent(4, 'sent'),
    ];
    expect(compactLog(bare).map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('keeps a pending row that only failed, or went in another thread', () => {
    expect(compactLog([sent(2, 'pending'), sent(3, 'failed')]).map((r) => r.row)).toEqual([2, 3]);
    const moved = [sent(2, 'pending', { threadId: 't-1' }), sent(3, 'sent', { threadId: 't-2' })];
    expect(compactLog(moved).map((r) => r.row)).toEqual([2, 3]);
  });

  it('keeps a subject and recipients only on pending rows, which reconcile rewrites in place', () => {
    const log = [
      sent(2, 'pending', { subject: 'Rappel : F-2026-001', recipients: ['compta@brun.fr'] }),
      sent(3, 'failed', { subject: 'Rappel : F-2026-001', recipients: ['compta@brun.fr'] }),
    ];
    expect(compactLog(log).map((r) => [r.entry.subject, r.entry.recipients])).toEqual([
      ['Rappel : F-2026-001', ['compta@brun.fr']],
      ['', []],
    ]);
  });

  it('keeps the recipients of a pause and a resume: they say whose pause it is', () => {
    const group = { stage: null, invoiceNumbers: [], recipients: ['compta@brun.fr'] };
    const log = [sent(2, 'paused', group), sent(3, 'resumed', group)];
    expect(compactLog(log).map((r) => r.entry.recipients)).toEqual([
      ['compta@brun.fr'],
      ['compta@brun.fr'],
    ]);
  });

  it('lets a run’s rewritten rows replace what it read', () => {
    const read = [sent(2, 'pending'), sent(3, 'held', { stage: null })];
    const written = [sent(2, 'sent'), sent(4, 'run', { stage: null, invoiceNumbers: [] })];
    expect(withRowsWritten(read, written).map((r) => [r.row, r.entry.outcome])).toEqual([
      [2, 'sent'],
      [3, 'held'],
      [4, 'run'],
    ]);
  });
});
