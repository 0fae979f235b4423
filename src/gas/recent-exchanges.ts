/**
 * Finds recent exchanges with clients in at most four Gmail calls per run, whatever the number
 * of clients: messages from a client, and messages the user wrote to a client by hand, within the
 * last `days` days.
 *
 * One search, filtered in memory: by the clients' addresses in the query when they fit in one
 * short query, else every recent conversation (most recent first) matched against the addresses
 * here. Search syntax: `newer_than:Nd`, `from:`, `to:`, `{a b}` = any of
 * (https://support.google.com/mail/answer/7190). GmailApp.search returns at most 500 threads per
 * call, paged by `start`
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#search(String,Integer,Integer)),
 * and getMessagesForThreads reads all their messages in one call
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#getMessagesForThreads(GmailThread)):
 * two pages of 500 threads at most, so a mailbox with more than 1,000 conversations in the period
 * has its oldest ones left unread (the pause rules look at the last days first).
 * Relance's own reminders are recognised by the reference in their footer (see message-reference.ts).
 */
import type { CalendarDate } from '../core/calendar-date.ts';
import { rememberThreads } from './fetched-threads.ts';
import { headerAddresses } from './gmail-sender.ts';
import type { DateConverter } from './zoned-date.ts';

export interface ClientAddresses {
  readonly clientKey: string;
  readonly emails: readonly string[];
}

export interface Exchange {
  readonly clientKey: string;
  /** `client_replied`: the client wrote; `manual_email`: the user wrote to the client by hand. */
  readonly kind: 'client_replied' | 'manual_email';
  readonly on: CalendarDate;
  readonly threadId: string;
  /** The message's Gmail id, so the same exchange is recorded once. */
  readonly messageId: string;
}

/** Longest query with the clients' addresses; the real limit is not documented. */
const MAX_QUERY_LENGTH = 1_500;
/** GmailApp.search returns at most 500 threads per call. */
export const SEARCH_PAGE_SIZE = 500;
/** Pages read: each costs one search and one getMessagesForThreads. */
const MAX_PAGES = 2;

/**
 * The one query of the search: recent conversations with any of `addresses` when their
 * `from:`/`to:` terms fit in MAX_QUERY_LENGTH, else every recent conversation.
 */
export function exchangeQuery(addresses: readonly string[], days: number): string {
  const unique = [...new Set(addresses.map((a) => a.toLowerCase()))].sort();
  const prefix = `newer_than:${Math.max(1, days)}d -in:drafts`;
  const terms = unique.flatMap((address) => [`from:${address}`, `to:${address}`]).join(' ');
  const query = `${prefix} {${terms}}`;
  return query.length <= MAX_QUERY_LENGTH ? query : prefix;
}

/** What the log knows of Relance's own messages. */
export interface KnownMessages {
  /** Threads of reminders already sent: a client's message counts only there. */
  readonly reminderThreads: ReadonlySet<string>;
  /** Gmail ids of the reminders sent: they are not exchanges. */
  readonly reminderIds: ReadonlySet<string>;
  /** Whether a message body carries a Relance reference (a reminder the log does not name). */
  readonly isRelanceMessage: (plainBody: string) => boolean;
}

/** Exchanges in the last `days` days with the given clients. */
export function findRecentExchanges(
  clients: readonly ClientAddresses[],
  days: number,
  known: KnownMessages,
  toDay: DateConverter,
): Exchange[] {
  const byAddress = new Map<string, string>();
  for (const client of clients)
    for (const email of client.emails) byAddress.set(email.toLowerCase(), client.clientKey);
  if (byAddress.size === 0 || days <= 0) return [];
  const exchanges: Exchange[] = [];
  const query = exchangeQuery([...byAddress.keys()], days);
  for (let page = 0; page < MAX_PAGES; page++) {
    const threads = GmailApp.search(query, page * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE);
    if (threads.length === 0) break;
    rememberThreads(threads);
    GmailApp.getMessagesForThreads(threads).forEach((messages, i) => {
      const threadId = threads[i]?.getId() ?? '';
      for (const message of messages) {
        const exchange = classify(message, threadId, byAddress, known, toDay);
        if (exchange) exchanges.push(exchange);
      }
    });
    if (threads.length < SEARCH_PAGE_SIZE) break;
  }
  return exchanges;
}

function classify(
  message: GoogleAppsScript.Gmail.GmailMessage,
  threadId: string,
  byAddress: ReadonlyMap<string, string>,
  known: KnownMessages,
  toDay: DateConverter,
): Exchange | null {
  // The run's own reminders are known by id (free: Gmail returns it with the message) and are
  // neither a reply nor a hand-written e-mail, so their headers are not read.
  const messageId = message.getId();
  if (known.reminderIds.has(messageId)) return null;
  const fromClient = clientOf(message.getFrom(), byAddress);
  if (fromClient !== undefined) {
    if (!known.reminderThreads.has(threadId)) return null;
    return {
      clientKey: fromClient,
      kind: 'client_replied',
      on: toDay(new Date(message.getDate().getTime())),
      threadId,
      messageId,
    };
  }
  // Cc is read only when no client is among the recipients of To.
  const toClient = clientOf(message.getTo(), byAddress) ?? clientOf(message.getCc(), byAddress);
  if (toClient === undefined) return null;
  // A reminder the log does not name (a cleared log) is known by its reference.
  if (known.isRelanceMessage(message.getPlainBody())) return null;
  return {
    clientKey: toClient,
    kind: 'manual_email',
    on: toDay(new Date(message.getDate().getTime())),
    threadId,
    messageId,
  };
}

/** The client of the first address in `header` that is a client's. */
function clientOf(header: string, byAddress: ReadonlyMap<string, string>): string | undefined {
  return headerAddresses(header)
    .map((a) => byAddress.get(a))
    .find((k) => k !== undefined);
}

/**
 * Looks for a message carrying `reference` in Sent mail (reconciliation of a pending row) and
 * returns its thread id, or null when Gmail has no such message.
 */
export function findSentByReference(reference: string): string | null {
  const threads = GmailApp.search(`in:sent "${reference}"`, 0, 5);
  const [first] = threads;
  return first ? first.getId() : null;
}

/** Same, among drafts (a formal notice drafted by a run that was cut afterwards). */
export function findDraftByReference(reference: string): string | null {
  const threads = GmailApp.search(`in:drafts "${reference}"`, 0, 5);
  const [first] = threads;
  return first ? first.getId() : null;
}
