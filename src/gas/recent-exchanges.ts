/**
 * Finds recent exchanges with clients in ONE Gmail search per run (a few more only when there are
 * so many addresses that the query must be split): messages from a client, and messages the user
 * wrote to a client by hand, within the last `days` days.
 *
 * Search syntax: `newer_than:Nd`, `from:`, `to:`, `{a b}` = any of
 * (https://support.google.com/mail/answer/7190). GmailApp.search returns threads
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#search(String,Integer,Integer)),
 * and getMessagesForThreads reads all their messages in one call
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#getMessagesForThreads(GmailThread)).
 * Relance's own reminders are recognised by the reference in their footer (see message-reference.ts).
 */
import type { CalendarDate } from '../core/calendar-date.ts';
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

/** Longest query sent to Gmail; the real limit is not documented. */
const MAX_QUERY_LENGTH = 1_500;
/** Threads read per search (GmailApp.search returns at most 500 per call). */
const MAX_THREADS = 200;

/** The `{from:a to:a ...}` clauses of the search, split so no query gets too long. */
export function exchangeQueries(addresses: readonly string[], days: number): string[] {
  const unique = [...new Set(addresses.map((a) => a.toLowerCase()))].sort();
  const prefix = `newer_than:${Math.max(1, days)}d -in:drafts `;
  const queries: string[] = [];
  let terms: string[] = [];
  const flush = () => {
    if (terms.length) queries.push(`${prefix}{${terms.join(' ')}}`);
    terms = [];
  };
  for (const address of unique) {
    const pair = [`from:${address}`, `to:${address}`];
    const length = prefix.length + 2 + [...terms, ...pair].join(' ').length;
    if (length > MAX_QUERY_LENGTH && terms.length) flush();
    terms.push(...pair);
  }
  flush();
  return queries;
}

/**
 * Exchanges in the last `days` days with the given clients. `isRelanceMessage` tells whether a
 * message body carries a Relance reference (the run's own reminders are not exchanges).
 * Client messages count only in `reminderThreads` (threads of reminders already sent).
 */
export function findRecentExchanges(
  clients: readonly ClientAddresses[],
  days: number,
  reminderThreads: ReadonlySet<string>,
  isRelanceMessage: (plainBody: string) => boolean,
  toDay: DateConverter,
): Exchange[] {
  const byAddress = new Map<string, string>();
  for (const client of clients)
    for (const email of client.emails) byAddress.set(email.toLowerCase(), client.clientKey);
  if (byAddress.size === 0 || days <= 0) return [];
  const exchanges: Exchange[] = [];
  for (const query of exchangeQueries([...byAddress.keys()], days)) {
    const threads = GmailApp.search(query, 0, MAX_THREADS);
    if (threads.length === 0) continue;
    const messagesPerThread = GmailApp.getMessagesForThreads(threads);
    messagesPerThread.forEach((messages) => {
      for (const message of messages) {
        const exchange = classify(message, byAddress, reminderThreads, isRelanceMessage, toDay);
        if (exchange) exchanges.push(exchange);
      }
    });
  }
  return exchanges;
}

function classify(
  message: GoogleAppsScript.Gmail.GmailMessage,
  byAddress: ReadonlyMap<string, string>,
  reminderThreads: ReadonlySet<string>,
  isRelanceMessage: (plainBody: string) => boolean,
  toDay: DateConverter,
): Exchange | null {
  const from = headerAddresses(message.getFrom());
  const fromClient = from.map((a) => byAddress.get(a)).find((k) => k !== undefined);
  if (fromClient !== undefined) {
    const threadId = message.getThread().getId();
    if (!reminderThreads.has(threadId)) return null;
    return {
      clientKey: fromClient,
      kind: 'client_replied',
      on: toDay(new Date(message.getDate().getTime())),
      threadId,
      messageId: message.getId(),
    };
  }
  const recipients = [...headerAddresses(message.getTo()), ...headerAddresses(message.getCc())];
  const toClient = recipients.map((a) => byAddress.get(a)).find((k) => k !== undefined);
  if (toClient === undefined) return null;
  if (isRelanceMessage(message.getPlainBody())) return null;
  return {
    clientKey: toClient,
    kind: 'manual_email',
    on: toDay(new Date(message.getDate().getTime())),
    threadId: message.getThread().getId(),
    messageId: message.getId(),
  };
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
