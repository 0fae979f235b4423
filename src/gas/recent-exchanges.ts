/**
 * Finds recent exchanges with clients in at most four Gmail reads per run, whatever the number
 * of clients: messages in the threads of Relance's reminders, and messages the user wrote to a
 * client by hand, within the last `days` days. What each message means is decided in the core
 * (core/exchanges/mail-exchange.ts); this file searches, reads and hands headers over on demand.
 *
 * One search, filtered in memory: by the clients' listed addresses (`from:`/`to:`) and the domains
 * of those addresses that belong to the client (`from:domain`, so a colleague answering a reminder
 * from another address is found; never a public provider's domain such as gmail.com or
 * orange.fr, which would bring in millions of strangers), when they fit in one short query; else
 * every recent conversation (most recent first). Search syntax: `newer_than:Nd`, `from:`, `to:`,
 * `{a b}` = any of (https://support.google.com/mail/answer/7190). GmailApp.search returns at most
 * 500 threads per call, paged by `start`
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#search(String,Integer,Integer)),
 * and getMessagesForThreads reads all their messages in one call
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#getMessagesForThreads(GmailThread)):
 * two pages of 500 threads at most, so a mailbox with more than 1,000 conversations in the period
 * has its oldest ones left unread (the pause rules look at the last days first).
 *
 * The user's send-as aliases (GmailApp.getAliases, "a list of the emails that are set up as
 * aliases for this account in Gmail":
 * https://developers.google.com/apps-script/reference/gmail/gmail-app#getAliases()) are asked
 * once, and only when a message from or to another address than the user's own needs them: one
 * call more in a run that finds such a message.
 */
import type { CalendarDate } from '../core/calendar-date.ts';
import { autoReplyQuote } from '../core/exchanges/automatic-reply.ts';
import { exchangeQuery } from '../core/exchanges/exchange-query.ts';
import { type MailContext, type MailMessage, meaningOf } from '../core/exchanges/mail-exchange.ts';
import { rememberThreads } from './fetched-threads.ts';
import { headerAddresses } from './gmail-sender.ts';
import type { DateConverter } from './zoned-date.ts';

export interface Exchange {
  /**
   * `client_replied`: someone at the client wrote in a reminder's thread; `manual_email`: the
   * user wrote to the client by hand; `bounced`: a mail server returned a reminder undelivered;
   * `auto_replied`: a responder answered a reminder (out of office), which pauses nothing.
   */
  readonly kind: 'client_replied' | 'manual_email' | 'bounced' | 'auto_replied';
  /** The clients it concerns (more than one only for an address several clients share). */
  readonly clients: readonly string[];
  readonly on: CalendarDate;
  readonly threadId: string;
  /** A one-way digest of that id: what the log keeps so that one exchange is recorded once. */
  readonly messageDigest: string;
  /** For an automatic reply: who it came from, and what it says in a few words (autoReplyQuote). */
  readonly autoReply?: { readonly from: string; readonly quote: string };
}

/** What the search needs besides the log's knowledge (MailContext without the user). */
export interface ExchangeSearch {
  readonly context: Omit<MailContext, 'isUser' | 'userKnown'>;
  /** The user's own address (Session.getEffectiveUser), lower case; empty when withheld. */
  readonly userAddress: string;
  readonly days: number;
  /** Whether a plain body's own lines carry a Relance reference. */
  readonly isRelanceMessage: (plainBody: string) => boolean;
  readonly toDay: DateConverter;
  /** Exchanges the log already records (digests, or ids in older rows): not read again. */
  readonly recorded: ReadonlySet<string>;
}

/** GmailApp.search returns at most 500 threads per call. */
export const SEARCH_PAGE_SIZE = 500;
/** Pages read: each costs one search and one getMessagesForThreads. */
const MAX_PAGES = 2;

/** Exchanges in the last `search.days` days with the clients the context knows. */
export function findRecentExchanges(search: ExchangeSearch): Exchange[] {
  const { context, days } = search;
  const addresses = [...context.clientsByAddress.keys()];
  if ((addresses.length === 0 && context.reminderThreads.size === 0) || days <= 0) return [];
  const withUser: MailContext = {
    ...context,
    isUser: userAddresses(search.userAddress),
    userKnown: search.userAddress !== '',
  };
  const exchanges: Exchange[] = [];
  const query = exchangeQuery(addresses, days, search.userAddress);
  for (let page = 0; page < MAX_PAGES; page++) {
    const threads = GmailApp.search(query, page * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE);
    if (threads.length === 0) break;
    rememberThreads(threads);
    GmailApp.getMessagesForThreads(threads).forEach((messages, i) => {
      const threadId = threads[i]?.getId() ?? '';
      for (const message of messages) {
        const exchange = exchangeOf(message, messages[0], threadId, withUser, search);
        if (exchange) exchanges.push(exchange);
      }
    });
    if (threads.length < SEARCH_PAGE_SIZE) break;
  }
  return exchanges;
}

function exchangeOf(
  message: GoogleAppsScript.Gmail.GmailMessage,
  /** The thread's first message: the reminder an automatic reply echoes in its subject. */
  first: GoogleAppsScript.Gmail.GmailMessage | undefined,
  threadId: string,
  context: MailContext,
  search: ExchangeSearch,
): Exchange | null {
  // The id comes with the message: the run's own reminders, and the exchanges already recorded,
  // are known without reading a header (nor asking for the user's aliases).
  const id = message.getId();
  if (context.reminderIds.has(id)) return null;
  const digest = digestOf(id);
  if (search.recorded.has(digest) || search.recorded.has(id)) return null;
  const subject = once(() => message.getSubject());
  const plainBody = once(() => message.getPlainBody());
  const from = once(() => headerAddresses(message.getFrom()));
  const view: MailMessage = {
    id,
    threadId,
    from,
    recipients: () => [...headerAddresses(message.getTo()), ...headerAddresses(message.getCc())],
    text: () => `${subject()}\n${plainBody()}`,
    isRelanceReminder: () => search.isRelanceMessage(plainBody()),
    subject,
    // "The value of an RFC 2822 header given the header name", or an empty string when the
    // message has none (https://developers.google.com/apps-script/reference/gmail/gmail-message#getHeader(String)):
    // one call per header, read only for a message that would otherwise be a client's answer.
    header: (name) => String(message.getHeader(name) ?? ''),
  };
  const meaning = meaningOf(view, context);
  if (meaning === null) return null;
  const exchange: Exchange = {
    kind: meaning.kind,
    clients: meaning.clients,
    on: search.toDay(new Date(message.getDate().getTime())),
    threadId,
    messageDigest: digest,
  };
  if (meaning.kind !== 'auto_replied') return exchange;
  const reminderSubject = first && first !== message ? first.getSubject() : '';
  return {
    ...exchange,
    autoReply: {
      from: from()[0] ?? '',
      quote: autoReplyQuote(subject(), reminderSubject, plainBody()),
    },
  };
}

/** `read` called once, when first needed: each Gmail read is a call. */
function once<T>(read: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => {
    value ??= { v: read() };
    return value.v;
  };
}

/** Whether an address is the user's: their own, or (asked once, when needed) an alias. */
function userAddresses(userAddress: string): (address: string) => boolean {
  const own = userAddress.toLowerCase();
  let aliases: ReadonlySet<string> | undefined;
  return (address) => {
    if (address === own) return true;
    aliases ??= new Set(GmailApp.getAliases().map((a) => a.toLowerCase()));
    return aliases.has(address);
  };
}

/**
 * The first 64 bits of the SHA-256 of a Gmail message id, in hex
 * (https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)):
 * enough to tell one user's messages apart, and it names no message of the mailbox.
 */
function digestOf(messageId: string): string {
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, messageId);
  return bytes
    .slice(0, 8)
    .map((b) => ((b + 256) % 256).toString(16).padStart(2, '0'))
    .join('');
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
