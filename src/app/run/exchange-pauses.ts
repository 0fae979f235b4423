/**
 * Recent exchanges with clients as log rows the planner reads: a message in a reminder's thread
 * from anyone but the user, or an e-mail the user wrote to the client by hand, pauses that
 * client's reminders; a reminder a mail server returned holds its invoices until the user fixes
 * the address and resumes them; a responder's automatic reply (out of office) pauses nothing and
 * is recorded for the user to see (core/exchanges/automatic-reply.ts). One Gmail search (at most
 * four reads) covers all clients; a message already behind a row is not recorded twice.
 */
import { addDays, type CalendarDate } from '../../core/calendar-date.ts';
import { formatLogDetail } from '../../core/history.ts';
import type { Invoice } from '../../core/invoice.ts';
import { foldInvoiceNumber } from '../../core/invoice-number-key.ts';
import { type LogEntry, logEntry } from '../../core/log-entry.ts';
import { foldedAddresses } from '../../core/recipient-groups.ts';
import { hasRelanceReference } from '../../core/run/message-reference.ts';
import type { Settings } from '../../core/settings.ts';
import { findRecentExchanges } from '../../gas/recent-exchanges.ts';
import { effectiveUserEmail } from '../../gas/session-user.ts';
import type { DateConverter } from '../../gas/zoned-date.ts';

/** Days of Gmail searched for client replies and hand-written e-mails. */
const EXCHANGE_SEARCH_MIN_DAYS = 14;

export interface ExchangeSearch {
  readonly invoices: readonly Invoice[];
  /** The log as it stands: reminder threads and the exchanges already recorded. */
  readonly entries: readonly LogEntry[];
  readonly settings: Settings;
  readonly toDay: DateConverter;
  readonly today: CalendarDate;
  readonly runId: string;
  readonly at: () => string;
}

/**
 * The new log rows, one per exchange not yet in the log and client it concerns: `paused` for a
 * client's reply or a hand-written e-mail, `held` (reason=bounce) for the invoices of a reminder
 * a mail server returned, `auto_reply` for an automatic reply (information only).
 */
export function exchangePauseRows(search: ExchangeSearch): LogEntry[] {
  const { entries, settings, today } = search;
  const recorded = recordedExchanges(entries);
  const user = effectiveUserEmail().toLowerCase();
  const owing = clientsOwing(search.invoices, user);
  const threads = reminderThreads(entries, owing.invoiceNumbers);
  const exchanges = findRecentExchanges({
    context: {
      ...ownReminderIds(entries),
      reminderThreads: threads.clients,
      clientsByAddress: owing.clientsByAddress,
      invoiceNumbers: owing.invoiceNumbers,
    },
    userAddress: user,
    days: searchDays(settings),
    isRelanceMessage: hasRelanceReference,
    toDay: search.toDay,
    recorded,
  });
  const groups = threadGroups(entries, search.invoices, user);
  const rows: LogEntry[] = [];
  const row = (fields: Partial<LogEntry> & Pick<LogEntry, 'outcome' | 'clientKey'>) =>
    logEntry({ at: search.at(), date: today, runId: search.runId, ...fields });
  for (const exchange of exchanges) {
    const { messageDigest: msg } = exchange;
    if (recorded.has(msg) || exchange.on > today) continue;
    recorded.add(msg);
    for (const clientKey of exchange.clients) {
      if (exchange.kind === 'bounced') {
        const numbers = threads.invoices.get(`${exchange.threadId}\n${clientKey}`) ?? [];
        if (numbers.length === 0) continue;
        rows.push(
          row({
            outcome: 'held',
            clientKey,
            invoiceNumbers: numbers,
            threadId: exchange.threadId,
            detail: formatLogDetail({ reason: 'bounce', on: exchange.on, msg }),
          }),
        );
      } else if (exchange.autoReply) {
        const { from, quote } = exchange.autoReply;
        rows.push(
          row({
            outcome: 'auto_reply',
            clientKey,
            threadId: exchange.threadId,
            subject: quote,
            // The quote last: it is free text (a `;` in it becomes `,`).
            detail: formatLogDetail({ on: exchange.on, from, msg, quote }),
          }),
        );
      } else if (exchange.kind === 'client_replied') {
        rows.push(
          row({
            outcome: 'paused',
            clientKey,
            recipients: groups(`${exchange.threadId}\n${clientKey}`),
            threadId: exchange.threadId,
            detail: formatLogDetail({ kind: 'client_reply', on: exchange.on, msg }),
          }),
        );
      } else {
        // Every editor reads the log: the end of the pause is what the planner needs, not the
        // day, the thread or the id of the user's e-mail.
        if (settings.recentManualEmailDays === 0) continue;
        const until = addDays(exchange.on, settings.recentManualEmailDays);
        if (until < today) continue;
        rows.push(
          row({
            outcome: 'paused',
            clientKey,
            recipients: groups(`${exchange.threadId}\n${clientKey}`),
            detail: formatLogDetail({ kind: 'manual_email', until, msg }),
          }),
        );
      }
    }
  }
  return rows;
}

interface ClientsOwing {
  /** Every address (to and cc) of an unpaid invoice → its clients; the user's own left out. */
  readonly clientsByAddress: Map<string, Set<string>>;
  /** Each such client's unpaid invoice numbers. */
  readonly invoiceNumbers: Map<string, string[]>;
}

/** Clients with an unpaid invoice: the addresses they are written to, and their invoices. */
function clientsOwing(invoices: readonly Invoice[], userAddress: string): ClientsOwing {
  const clientsByAddress = new Map<string, Set<string>>();
  const invoiceNumbers = new Map<string, string[]>();
  for (const invoice of invoices) {
    if (invoice.amountPaidCents >= invoice.amountCents || invoice.paidDate !== null) continue;
    const numbers = invoiceNumbers.get(invoice.clientKey) ?? [];
    numbers.push(invoice.number);
    invoiceNumbers.set(invoice.clientKey, numbers);
    for (const email of [...invoice.emails, ...invoice.cc]) {
      const address = email.toLowerCase();
      if (address === userAddress) continue;
      const clients = clientsByAddress.get(address) ?? new Set<string>();
      clients.add(invoice.clientKey);
      clientsByAddress.set(address, clients);
    }
  }
  return { clientsByAddress, invoiceNumbers };
}

/**
 * Threads of reminders that went (or may have gone) to a client still owing: the clients the
 * log's rows name there (a message in the thread is theirs), and, by thread and client, the
 * invoices of those rows still unpaid (what a bounce holds).
 */
function reminderThreads(
  entries: readonly LogEntry[],
  owing: ReadonlyMap<string, readonly string[]>,
): { clients: Map<string, Set<string>>; invoices: Map<string, string[]> } {
  const clients = new Map<string, Set<string>>();
  const invoices = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.threadId || (entry.outcome !== 'sent' && entry.outcome !== 'pending')) continue;
    const unpaid = owing.get(entry.clientKey);
    if (!unpaid) continue;
    const set = clients.get(entry.threadId) ?? new Set<string>();
    set.add(entry.clientKey);
    clients.set(entry.threadId, set);
    const key = `${entry.threadId}\n${entry.clientKey}`;
    const numbers = invoices.get(key) ?? [];
    for (const number of entry.invoiceNumbers)
      if (unpaid.includes(number) && !numbers.includes(number)) numbers.push(number);
    invoices.set(key, numbers);
  }
  return { clients, invoices };
}

/**
 * By reminder thread and client, the addresses of the rows whose invoices the log's reminders
 * there listed: the recipient group a message in that thread comes from or goes to, which a
 * `paused` row names so that it pauses that group and not a namesake at another address. None
 * when those rows are gone from the sheet (the pause then holds every row of the name).
 */
function threadGroups(
  entries: readonly LogEntry[],
  invoices: readonly Invoice[],
  userAddress: string,
): (threadAndClient: string) => string[] {
  const key = (client: string, number: string) => `${client}\n${foldInvoiceNumber(number)}`;
  const emailsOf = new Map(invoices.map((i) => [key(i.clientKey, i.number), i.emails]));
  const found = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.threadId || (entry.outcome !== 'sent' && entry.outcome !== 'pending')) continue;
    const at = `${entry.threadId}\n${entry.clientKey}`;
    const emails = entry.invoiceNumbers.flatMap((n) => emailsOf.get(key(entry.clientKey, n)) ?? []);
    found.set(at, [...(found.get(at) ?? []), ...emails]);
  }
  return (at) => foldedAddresses(found.get(at) ?? []).filter((a) => a !== userAddress);
}

/** The Gmail ids of the reminders sent (`message=` in their detail): they are not exchanges. */
function ownReminderIds(entries: readonly LogEntry[]): { reminderIds: Set<string> } {
  const reminderIds = new Set<string>();
  for (const entry of entries) {
    if (entry.outcome === 'sent' || entry.outcome === 'test_sent') {
      // A pattern, not parseLogDetail: a long log has one such row per reminder ever sent.
      const id = /(?:^|;\s*)message=([^;]+)/.exec(entry.detail)?.[1]?.trim();
      if (id) reminderIds.add(id);
    }
  }
  return { reminderIds };
}

/** Outcomes of the rows that record an exchange (`msg=` in their detail). */
const EXCHANGE_OUTCOMES: ReadonlySet<LogEntry['outcome']> = new Set([
  'paused',
  'held',
  'auto_reply',
]);

/**
 * The exchanges already recorded by a `paused`, bounce `held` or `auto_reply` row: the digest of
 * their Gmail id (or the id itself, in rows written before digests).
 */
function recordedExchanges(entries: readonly LogEntry[]): Set<string> {
  const known = new Set<string>();
  for (const entry of entries) {
    if (!EXCHANGE_OUTCOMES.has(entry.outcome)) continue;
    const msg = /(?:^|;\s*)msg=([^;]+)/.exec(entry.detail)?.[1]?.trim();
    if (msg) known.add(msg);
  }
  return known;
}

/** Long enough for both pauses the settings allow, and never under two weeks. */
function searchDays(settings: Settings): number {
  return Math.max(
    EXCHANGE_SEARCH_MIN_DAYS,
    settings.recentManualEmailDays,
    settings.pauseDaysAfterReply,
  );
}
