import { type CalendarDate, maxDate, parseCalendarDate } from './calendar-date.ts';
import { foldInvoiceNumber } from './invoice-number-key.ts';
import type { LogEntry, LogOutcome } from './log-entry.ts';
import { clientKeyFolder } from './parse/client-key.ts';
import { shareAnAddress } from './recipient-groups.ts';
import { EMAIL_STAGES, isStage, type Stage, stageRank } from './stage.ts';

/**
 * What the log says about one invoice. The log is append-only and written in the order things
 * happened, so it is read once, front to back, and later rows override earlier ones. Invoices
 * are told apart by foldInvoiceNumber, as the duplicate check does: a number retyped with
 * another case or stray spaces keeps its history, whatever the log rows wrote.
 *
 * Conventions the writers of the log follow (the daily run and the sidebar actions):
 * - A message listing several invoices is logged as one row per invoice, each with that invoice's
 *   own stage and the message's shared `messageKey`. A row listing several invoices applies its
 *   stage to each of them.
 * - `pending` is written before a send; a later row with the same `messageKey` (sent, test_sent,
 *   failed, drafted, task, skipped, carried_over) settles it. An unsettled one means "in flight".
 * - `held` with invoice numbers holds them (`until=YYYY-MM-DD` in the detail, or indefinitely);
 *   the run writes one with `reason=bounce; on=YYYY-MM-DD` when a reminder to those invoices came
 *   back undelivered (the address needs fixing before anything else goes);
 *   `resumed` with invoice numbers releases them, and marks them as chased on the user's word
 *   from that day (an old debt the user decided to chase: see the planner).
 * - `paused` for a client (no invoice numbers needed) records a pause: `kind=client_reply` or
 *   `kind=manual_email`, `on=YYYY-MM-DD` (defaults to the row's date), optional `until=`;
 *   `resumed` without invoice numbers lifts every pause of that client recorded before it.
 *   Both may name recipients (the `Recipients` column): the pause, or the resume, is then that of
 *   the recipient group sharing one of those addresses (recipient-groups.ts: two people may bear
 *   one name), not of every row of the name. Rows without recipients (all those written before
 *   groups were told apart) keep their old reading: the pause holds every row of the name, the
 *   resume lifts every pause of the name.
 * - `auto_reply` for a client records a responder's automatic reply in a reminder's thread
 *   (`on=`, `from=`, `msg=`, `quote=`): shown to the user, it changes nothing here.
 * - `drafted` and `task` rows made in test mode carry `mode=test`; like `test_sent`, they count
 *   only while test mode is on.
 * - `skipped` with `by=user` and a stage means the user skipped that stage of those invoices: it
 *   counts as done (escalation goes on from there) but not as a reminder e-mail. Skips recorded
 *   by the run itself (no `by=user`) are audit only and change nothing.
 */
export interface InvoiceHistory {
  /** Stages done (sent, drafted, tasked or skipped by the user) with the day they were done. */
  readonly done: ReadonlyMap<Stage, CalendarDate>;
  /** Stages the user skipped from the sidebar: done for escalation, though nothing was sent. */
  readonly skippedByUser: ReadonlySet<Stage>;
  /** Reminder e-mails a mail server returned undelivered: sent, but they never reached the client. */
  readonly undelivered: ReadonlySet<Stage>;
  /** Rank of the most advanced stage done, −1 when none. Escalation continues above it. */
  readonly highestRank: number;
  /** Reminder e-mails (pre_due … r3) that went to the client. */
  readonly emailsSent: number;
  readonly lastEmailOn: CalendarDate | null;
  /** Gmail thread of this invoice's latest message that had one. */
  readonly threadId: string | null;
  /** Day of a send still `pending` (written before a send, never settled). */
  readonly pendingSince: CalendarDate | null;
  readonly hold: InvoiceHold | null;
  /**
   * Last day the user released this invoice (`resumed` with its number): an old debt the user
   * chose to chase, or a hold lifted. Chasing starts from that day, never before.
   */
  readonly releasedOn: CalendarDate | null;
}

/** An invoice set aside: by the user, or by the run after a reminder bounced (`bouncedOn`). */
export interface InvoiceHold {
  readonly since: CalendarDate;
  readonly until: CalendarDate | null;
  /** Day a mail server returned a reminder of this invoice undelivered; null for the user's hold. */
  readonly bouncedOn: CalendarDate | null;
}

export type PauseKind = 'client_reply' | 'manual_email' | 'manual';

export interface ClientPause {
  readonly kind: PauseKind;
  readonly on: CalendarDate;
  /** Last paused day when the log says so; otherwise the planner derives it from the settings. */
  readonly until: CalendarDate | null | undefined;
  /** The addresses of the group paused, lower case; empty when the row named none (the whole name). */
  readonly recipients: readonly string[];
}

/**
 * One person among those bearing a client's name: the recipient group of their rows
 * (recipient-groups.ts). What the log records for the name is theirs unless it names another
 * group: a pause or resume naming only addresses outside `addresses`, an e-mail listing only
 * invoices of the name (`ofName`) outside the group's (`invoices`).
 */
export interface ClientGroup {
  /** The group's addresses, lower case. */
  readonly addresses: readonly string[];
  /** Folded numbers (foldInvoiceNumber) of the group's invoices, and of all the name's. */
  readonly invoices: ReadonlySet<string>;
  readonly ofName: ReadonlySet<string>;
}

export interface ClientHistory {
  /** Last reminder e-mail to this client (to the group asked about), sent or still pending. */
  readonly lastEmailOn: CalendarDate | null;
  /** Pauses recorded after the last resume. */
  readonly pauses: readonly ClientPause[];
  readonly resumedOn: CalendarDate | null;
  /** First day a formal notice was drafted for one of this client's invoices. */
  readonly noticeOn: CalendarDate | null;
}

export interface History {
  invoice(number: string): InvoiceHistory;
  /**
   * What the log says about a client: about every row of the name without `group` (any e-mail,
   * any pause not lifted for the whole name), about one recipient group of it with `group`.
   */
  client(clientKey: string, group?: ClientGroup): ClientHistory;
}

export interface ReadHistoryOptions {
  /**
   * Count `test_sent` as sent. In test mode this makes the sequence advance (the user receives
   * each stage once, as the client would); in live mode test messages are ignored, so a client
   * gets the real sequence from its start when the user goes live.
   */
  readonly countTestSends: boolean;
  /**
   * The invoices the caller will ask about, when it knows them (the book's): the rows of other
   * invoices (years of log hold many invoices long gone from the book) are not folded, and
   * asking about one of them is an error, never an empty history that would chase it again.
   * Clients are always read whole.
   */
  readonly invoices?: ReadonlySet<string>;
}

/** For readers that ask about clients only (profiles, pauses): no invoice history is kept. */
export const CLIENTS_ONLY: ReadonlySet<string> = new Set();

/** The invoices a plan of `invoices` asks the history about. */
export function numbersOf(invoices: readonly { readonly number: string }[]): ReadonlySet<string> {
  return new Set(invoices.map((invoice) => invoice.number));
}

/** The history of an invoice the log says nothing about. */
export const EMPTY_INVOICE: InvoiceHistory = {
  done: new Map(),
  skippedByUser: new Set(),
  undelivered: new Set(),
  highestRank: -1,
  emailsSent: 0,
  lastEmailOn: null,
  threadId: null,
  pendingSince: null,
  hold: null,
  releasedOn: null,
};

/** The history of a client the log says nothing about. */
export const EMPTY_CLIENT: ClientHistory = {
  lastEmailOn: null,
  pauses: [],
  resumedOn: null,
  noticeOn: null,
};

/** Outcomes that settle a `pending` row of the same message key (the send's fate is known). */
export const SETTLING: ReadonlySet<LogOutcome> = new Set<LogOutcome>([
  'sent',
  'test_sent',
  'failed',
  'drafted',
  'task',
  'skipped',
  'carried_over',
]);

interface MutableInvoice {
  done: Map<Stage, CalendarDate>;
  skippedByUser: Set<Stage>;
  undelivered: Set<Stage>;
  highestRank: number;
  emailsSent: number;
  lastEmailOn: CalendarDate | null;
  threadId: string | null;
  pendingSince: CalendarDate | null;
  hold: InvoiceHold | null;
  releasedOn: CalendarDate | null;
}

interface MutableClient {
  lastEmailOn: CalendarDate | null;
  /** Folded invoice number → last reminder e-mail listing it. */
  emails: Map<string, CalendarDate>;
  /** Pauses since the last resume of the whole name, in log order. */
  pauses: ClientPause[];
  /**
   * Resumes of one group (with recipients) since the last resume of the whole name; each lifts
   * the `pausesBefore` first pauses, those recorded before it, for its group.
   */
  groupResumes: {
    readonly pausesBefore: number;
    readonly on: CalendarDate;
    readonly recipients: readonly string[];
  }[];
  /** Last resume of the whole name. */
  resumedOn: CalendarDate | null;
  noticeOn: CalendarDate | null;
}

interface Pending {
  readonly date: CalendarDate;
  readonly clientKey: string;
  readonly stage: Stage | null;
  readonly isEmail: boolean;
}

/**
 * A settling row settles the invoices it lists, or the whole message when it lists none; the
 * unsettled sends it covered are returned with their invoice numbers.
 */
function settle(
  pending: Map<string, Map<string, Pending>>,
  key: string,
  invoiceNumbers: readonly string[],
): [string, Pending][] {
  const byInvoice = pending.get(key);
  if (!byInvoice) return [];
  const numbers = invoiceNumbers.length === 0 ? [...byInvoice.keys()] : invoiceNumbers;
  const settled: [string, Pending][] = [];
  for (const number of numbers) {
    const folded = foldInvoiceNumber(number);
    const open = byInvoice.get(folded);
    if (open) settled.push([folded, open]);
    byInvoice.delete(folded);
  }
  if (byInvoice.size === 0) pending.delete(key);
  return settled;
}

/** Reads `key=value; key=value` details. Unknown keys and free text are ignored. */
export function parseLogDetail(detail: string): Readonly<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const part of detail.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return fields;
}

export function formatLogDetail(fields: Readonly<Record<string, string>>): string {
  return Object.entries(fields)
    .map(([key, value]) => `${key}=${value.replace(/;/g, ',')}`)
    .join('; ');
}

/** One pass over the log, O(rows × invoices per row), whatever the number of invoices planned. */
export function readHistory(log: readonly LogEntry[], options: ReadHistoryOptions): History {
  const reader = historyReader(options);
  reader.add(log);
  return reader.history;
}

/**
 * Reads the log in instalments: `add` takes rows that follow those already read, and `history`
 * answers as `readHistory` would over all of them. It is a live view (it reflects rows added
 * later), for callers that plan day after day and append what each day did (the forecast).
 */
export interface HistoryReader {
  add(entries: readonly LogEntry[]): void;
  readonly history: History;
}

export function historyReader(options: ReadHistoryOptions): HistoryReader {
  const invoices = new Map<string, MutableInvoice>();
  const clients = new Map<string, MutableClient>();
  /** Message key → folded invoice number → unsettled send. */
  const pending = new Map<string, Map<string, Pending>>();
  /** What the unsettled sends add to the rows applied, rebuilt after each `add`. */
  let inFlight: InFlight | null = null;

  const wanted = options.invoices && new Set([...options.invoices].map(foldInvoiceNumber));
  /** The invoice's state to update; null for an invoice nobody will ask about. */
  const invoiceState = (number: string): MutableInvoice | null => {
    const folded = foldInvoiceNumber(number);
    if (wanted && !wanted.has(folded)) return null;
    let state = invoices.get(folded);
    if (!state) {
      state = {
        ...EMPTY_INVOICE,
        done: new Map(),
        skippedByUser: new Set(),
        undelivered: new Set(),
      };
      invoices.set(folded, state);
    }
    return state;
  };
  /** Keys as the sheet gives them now, also for rows written before a fold was added. */
  const canonicalKey = clientKeyFolder();
  const clientState = (key: string): MutableClient => {
    const folded = canonicalKey(key);
    let state = clients.get(folded);
    if (!state) {
      state = { ...EMPTY_CLIENT, emails: new Map(), pauses: [], groupResumes: [] };
      clients.set(folded, state);
    }
    return state;
  };
  const currentInFlight = (): InFlight => {
    inFlight = inFlight ?? inFlightOf(pending);
    return inFlight;
  };

  const add = (log: readonly LogEntry[]): void => {
    inFlight = null;
    for (const entry of log) {
      // Quote follow-ups and instalment notes have their own readers; the ladder ignores them.
      if (entry.stage !== null && !isStage(entry.stage)) continue;
      const outcome: LogOutcome =
        entry.outcome === 'test_sent' && options.countTestSends ? 'sent' : entry.outcome;
      const key = settlementKey(entry);
      if (outcome === 'pending') {
        const byInvoice = pending.get(key) ?? new Map<string, Pending>();
        const isEmail = entry.stage !== null && EMAIL_STAGES.includes(entry.stage);
        for (const number of entry.invoiceNumbers) {
          byInvoice.set(foldInvoiceNumber(number), {
            date: entry.date,
            clientKey: canonicalKey(entry.clientKey),
            stage: entry.stage,
            isEmail,
          });
        }
        pending.set(key, byInvoice);
        continue;
      }
      const settled = SETTLING.has(outcome) ? settle(pending, key, entry.invoiceNumbers) : [];
      if (outcome === 'sent' && (entry.stage === null || entry.invoiceNumbers.length === 0)) {
        // A bare confirmation (e.g. found in Sent mail after a crash) confirms what was pending.
        for (const [number, open] of settled) {
          const confirmed = {
            ...entry,
            stage: open.stage,
            invoiceNumbers: [number],
            clientKey: open.clientKey,
          };
          applyEntry(confirmed, outcome, invoiceState, clientState);
        }
        continue;
      }
      if (isTestOnly(entry) && !options.countTestSends) continue;
      applyEntry(entry, outcome, invoiceState, clientState);
    }
  };

  const history: History = {
    invoice: (number) => {
      const folded = foldInvoiceNumber(number);
      if (wanted && !wanted.has(folded))
        throw new Error(`Relance: the history of ${number} was not read.`);
      const state = invoices.get(folded) ?? EMPTY_INVOICE;
      const since = currentInFlight().invoices.get(folded);
      return since === undefined ? state : { ...state, pendingSince: since };
    },
    client: (clientKey, group) => {
      const folded = canonicalKey(clientKey);
      const state = clients.get(folded);
      const pending = currentInFlight().clientEmails.get(folded);
      if (!state && !pending) return EMPTY_CLIENT;
      return clientView(state, pending, group);
    },
  };
  return { add, history };
}

interface InFlight {
  /** Folded invoice number → day of its send still pending (the last one read when several). */
  readonly invoices: ReadonlyMap<string, CalendarDate>;
  /** Client → folded invoice number → latest day of a pending reminder e-mail: it counts for the gap. */
  readonly clientEmails: ReadonlyMap<string, ReadonlyMap<string, CalendarDate>>;
}

function inFlightOf(pending: ReadonlyMap<string, ReadonlyMap<string, Pending>>): InFlight {
  const invoices = new Map<string, CalendarDate>();
  const clientEmails = new Map<string, Map<string, CalendarDate>>();
  for (const byInvoice of pending.values()) {
    for (const [number, open] of byInvoice) {
      invoices.set(number, open.date);
      if (open.isEmail) {
        const emails = clientEmails.get(open.clientKey) ?? new Map<string, CalendarDate>();
        emails.set(number, latest(emails.get(number) ?? null, open.date));
        clientEmails.set(open.clientKey, emails);
      }
    }
  }
  return { invoices, clientEmails };
}

/**
 * The client's record as `group` sees it (the whole name without one): e-mails that listed none
 * of the group's namesakes' invoices, pauses that name no address or one of the group's, not
 * lifted since by a resume of the whole name or of the group.
 */
function clientView(
  state: MutableClient | undefined,
  pending: ReadonlyMap<string, CalendarDate> | undefined,
  group: ClientGroup | undefined,
): ClientHistory {
  const concerns = (recipients: readonly string[]) =>
    group === undefined || recipients.length === 0 || shareAnAddress(recipients, group.addresses);
  let lastEmailOn = group === undefined ? (state?.lastEmailOn ?? null) : null;
  for (const emails of [group === undefined ? undefined : state?.emails, pending]) {
    for (const [number, on] of emails ?? []) {
      if (!group?.ofName.has(number) || group.invoices.has(number))
        lastEmailOn = latest(lastEmailOn, on);
    }
  }
  if (!state) return { ...EMPTY_CLIENT, lastEmailOn };
  // A group's resume lifts the pauses before it of that group, or naming one of its addresses.
  const resumes = state.groupResumes.filter(
    (r) => group !== undefined && shareAnAddress(r.recipients, group.addresses),
  );
  const pauses = state.pauses.filter(
    (pause, index) =>
      concerns(pause.recipients) &&
      !state.groupResumes.some(
        (r) =>
          index < r.pausesBefore &&
          (resumes.includes(r) || shareAnAddress(r.recipients, pause.recipients)),
      ),
  );
  let resumedOn = state.resumedOn;
  for (const r of resumes) resumedOn = latest(resumedOn, r.on);
  return { lastEmailOn, pauses, resumedOn, noticeOn: state.noticeOn };
}

/**
 * A draft or task made in test mode (`mode=test` in the detail): it went to the user, so in live
 * mode it does not count as done, like `test_sent`.
 */
export function isTestOnly(entry: LogEntry): boolean {
  return (
    (entry.outcome === 'drafted' || entry.outcome === 'task') &&
    parseLogDetail(entry.detail).mode === 'test'
  );
}

function settlementKey(entry: LogEntry): string {
  return entry.messageKey ?? `${entry.runId}|${entry.stage}|${entry.invoiceNumbers.join(',')}`;
}

function latest(a: CalendarDate | null, b: CalendarDate): CalendarDate {
  return a === null ? b : maxDate(a, b);
}

function markDone(state: MutableInvoice, stage: Stage, date: CalendarDate): void {
  if (!state.done.has(stage)) state.done.set(stage, date);
  state.highestRank = Math.max(state.highestRank, stageRank(stage));
}

function applyEntry(
  entry: LogEntry,
  outcome: LogOutcome,
  invoiceState: (number: string) => MutableInvoice | null,
  clientState: (key: string) => MutableClient,
): void {
  const { date } = entry;
  const stage = entry.stage !== null && isStage(entry.stage) ? entry.stage : null;
  switch (outcome) {
    case 'sent': {
      if (stage === null) return;
      const isEmail = EMAIL_STAGES.includes(stage);
      for (const number of entry.invoiceNumbers) {
        const state = invoiceState(number);
        if (!state) continue;
        if (isEmail && !state.done.has(stage)) state.emailsSent += 1;
        markDone(state, stage, date);
        if (isEmail) state.lastEmailOn = latest(state.lastEmailOn, date);
        if (entry.threadId) state.threadId = entry.threadId;
      }
      if (isEmail) {
        const client = clientState(entry.clientKey);
        client.lastEmailOn = latest(client.lastEmailOn, date);
        for (const number of entry.invoiceNumbers) {
          const folded = foldInvoiceNumber(number);
          client.emails.set(folded, latest(client.emails.get(folded) ?? null, date));
        }
      }
      return;
    }
    case 'drafted':
    case 'task': {
      if (stage === null) return;
      for (const number of entry.invoiceNumbers) {
        const state = invoiceState(number);
        if (state) markDone(state, stage, date);
      }
      if (stage === 'notice') {
        const client = clientState(entry.clientKey);
        client.noticeOn = client.noticeOn ?? date;
      }
      return;
    }
    case 'skipped': {
      if (stage === null || parseLogDetail(entry.detail).by !== 'user') return;
      for (const number of entry.invoiceNumbers) {
        const state = invoiceState(number);
        if (!state) continue;
        // A stage done another way first (sent, drafted) stays what it was.
        if (!state.done.has(stage)) state.skippedByUser.add(stage);
        markDone(state, stage, date);
      }
      return;
    }
    case 'held': {
      const fields = parseLogDetail(entry.detail);
      const until = parseCalendarDate(fields.until ?? '');
      const bouncedOn =
        fields.reason === 'bounce' ? (parseCalendarDate(fields.on ?? '') ?? date) : null;
      for (const number of entry.invoiceNumbers) {
        const state = invoiceState(number);
        if (!state) continue;
        state.hold = { since: date, until, bouncedOn };
        const returned = bouncedOn === null ? null : lastEmailBy(state, bouncedOn);
        if (returned !== null) state.undelivered.add(returned);
      }
      return;
    }
    case 'resumed': {
      if (entry.invoiceNumbers.length > 0) {
        for (const number of entry.invoiceNumbers) {
          const state = invoiceState(number);
          if (!state) continue;
          state.hold = null;
          state.releasedOn = date;
        }
        return;
      }
      const client = clientState(entry.clientKey);
      const recipients = addressesOf(entry);
      if (recipients.length > 0) {
        client.groupResumes.push({ pausesBefore: client.pauses.length, on: date, recipients });
        return;
      }
      client.pauses = [];
      client.groupResumes = [];
      client.resumedOn = date;
      return;
    }
    case 'paused': {
      const fields = parseLogDetail(entry.detail);
      const kind: PauseKind =
        fields.kind === 'client_reply' || fields.kind === 'manual_email' ? fields.kind : 'manual';
      const on = parseCalendarDate(fields.on ?? '') ?? date;
      const until = 'until' in fields ? parseCalendarDate(fields.until ?? '') : undefined;
      clientState(entry.clientKey).pauses.push({ kind, on, until, recipients: addressesOf(entry) });
      return;
    }
    default:
      return;
  }
}

/** The addresses a `paused` or `resumed` row names, lower case: its recipient group's. */
function addressesOf(entry: LogEntry): string[] {
  return entry.recipients.map((address) => address.trim().toLowerCase()).filter((a) => a !== '');
}

/** The reminder e-mail a bounce of `day` returned: the invoice's latest one sent by that day. */
function lastEmailBy(state: MutableInvoice, day: CalendarDate): Stage | null {
  let latest: { stage: Stage; on: CalendarDate } | null = null;
  for (const stage of EMAIL_STAGES) {
    const on = state.done.get(stage);
    if (on === undefined || on > day || state.skippedByUser.has(stage)) continue;
    if (latest === null || on >= latest.on) latest = { stage, on };
  }
  return latest?.stage ?? null;
}
