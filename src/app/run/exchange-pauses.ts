/**
 * Recent exchanges with clients as `paused` log rows: a client's message in a reminder thread, or
 * an e-mail the user wrote to the client by hand, pauses that client's reminders (the planner
 * reads the rows). One Gmail search (at most four calls) covers all clients; a message already behind a `paused` row
 * is not recorded twice.
 */
import type { CalendarDate } from '../../core/calendar-date.ts';
import { formatLogDetail } from '../../core/history.ts';
import type { Invoice } from '../../core/invoice.ts';
import { type LogEntry, logEntry } from '../../core/log-entry.ts';
import type { RecentExchange } from '../../core/planner.ts';
import { hasRelanceReference } from '../../core/run/message-reference.ts';
import type { Settings } from '../../core/settings.ts';
import { findRecentExchanges } from '../../gas/recent-exchanges.ts';
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

interface ClientAddresses {
  readonly clientKey: string;
  readonly emails: string[];
}

/** The new `paused` rows, one per exchange not yet in the log. */
export function exchangePauseRows(search: ExchangeSearch): LogEntry[] {
  const { entries, settings, today } = search;
  const known = recordedExchanges(entries);
  const exchanges = findRecentExchanges(
    clientsOwing(search.invoices),
    searchDays(settings),
    { ...ownReminders(entries), isRelanceMessage: hasRelanceReference },
    search.toDay,
  );
  const rows: LogEntry[] = [];
  for (const exchange of exchanges) {
    if (known.has(exchange.messageId) || exchange.on > today) continue;
    known.add(exchange.messageId);
    const kind: RecentExchange['kind'] =
      exchange.kind === 'client_replied' ? 'client_reply' : 'manual_email';
    rows.push(
      logEntry({
        at: search.at(),
        date: today,
        runId: search.runId,
        outcome: 'paused',
        clientKey: exchange.clientKey,
        threadId: exchange.threadId,
        detail: formatLogDetail({ kind, on: exchange.on, msg: exchange.messageId }),
      }),
    );
  }
  return rows;
}

/** Clients with an unpaid invoice and every address (to and cc) they are written to. */
function clientsOwing(invoices: readonly Invoice[]): ClientAddresses[] {
  const unpaid = invoices.filter((i) => i.amountPaidCents < i.amountCents && i.paidDate === null);
  const byClient = new Map<string, Set<string>>();
  for (const invoice of unpaid) {
    const set = byClient.get(invoice.clientKey) ?? new Set<string>();
    for (const email of [...invoice.emails, ...invoice.cc]) set.add(email);
    byClient.set(invoice.clientKey, set);
  }
  return [...byClient].map(([clientKey, emails]) => ({ clientKey, emails: [...emails] }));
}

/**
 * Threads of reminders that went (or may have gone): a client's message there is a reply; and
 * the Gmail ids of the reminders sent (`message=` in their detail).
 */
function ownReminders(entries: readonly LogEntry[]): {
  reminderThreads: Set<string>;
  reminderIds: Set<string>;
} {
  const reminderThreads = new Set<string>();
  const reminderIds = new Set<string>();
  for (const entry of entries) {
    if (entry.threadId && (entry.outcome === 'sent' || entry.outcome === 'pending'))
      reminderThreads.add(entry.threadId);
    if (entry.outcome === 'sent' || entry.outcome === 'test_sent') {
      // A pattern, not parseLogDetail: a long log has one such row per reminder ever sent.
      const id = /(?:^|;\s*)message=([^;]+)/.exec(entry.detail)?.[1]?.trim();
      if (id) reminderIds.add(id);
    }
  }
  return { reminderThreads, reminderIds };
}

/** Gmail message ids of the exchanges already recorded by a `paused` row. */
function recordedExchanges(entries: readonly LogEntry[]): Set<string> {
  const known = new Set<string>();
  for (const entry of entries) {
    if (entry.outcome !== 'paused') continue;
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
