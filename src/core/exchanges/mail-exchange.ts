/**
 * What one message of the user's mailbox means for the reminders, decided from who wrote it and
 * the thread it belongs to:
 *
 * - the user's own reminders are nothing (known by their Gmail id, or by their reference when
 *   the log does not name them);
 * - in a thread the log knows as a reminder's, a message the user did not write is the client's
 *   answer (whoever at the client wrote it), a delivery failure when a mail server wrote it, or
 *   an automatic reply (out of office: automatic-reply.ts) that nobody wrote, which answers
 *   nothing; the client is the one the log's reminders in that thread were for, never guessed
 *   from the address (an accounting firm may answer for several clients);
 * - a message the user wrote (from their address or an alias), in a reminder thread or to a
 *   client's address, is an e-mail the user wrote by hand, unless their own responder wrote it
 *   (then it is nothing). Sent to an address several clients share, it counts for the clients
 *   whose invoice numbers it mentions, or all of them when it mentions none;
 * - anything else (a stranger's e-mail, mail sent to the user's own address that a row lists
 *   in CC) is nothing. The user's own addresses are never a client's.
 *
 * Headers are read through functions, only when the decision needs them: a mailbox read costs a
 * call per header.
 */

import { type AutoReplySigns, isAutomaticReply } from './automatic-reply.ts';

/** A message, its headers read on demand. */
export interface MailMessage extends AutoReplySigns {
  readonly id: string;
  readonly threadId: string;
  /** Lower-case addresses of the From header. */
  from(): readonly string[];
  /** Lower-case addresses of To, then Cc. */
  recipients(): readonly string[];
  /** Subject and plain body. */
  text(): string;
  /** Whether the message's own lines carry a Relance reference (a reminder the log lost). */
  isRelanceReminder(): boolean;
}

export interface MailContext {
  /** Gmail ids of the reminders the log records as sent. */
  readonly reminderIds: ReadonlySet<string>;
  /** Reminder threads (sent or pending rows) → the clients those rows name. */
  readonly reminderThreads: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every address the rows list (to and cc) → the clients listing it; the user's excluded. */
  readonly clientsByAddress: ReadonlyMap<string, ReadonlySet<string>>;
  /** Invoice numbers of each client, to tell which one an e-mail to a shared address is about. */
  readonly invoiceNumbers: ReadonlyMap<string, readonly string[]>;
  /** Whether an address is the user's (their address or a send-as alias). */
  isUser(address: string): boolean;
  /** False when Google withheld the user's address: their reminders then come from "someone". */
  readonly userKnown: boolean;
}

export type MailMeaning = {
  readonly kind: 'client_replied' | 'manual_email' | 'bounced' | 'auto_replied';
  readonly clients: string[];
} | null;

export function meaningOf(message: MailMessage, context: MailContext): MailMeaning {
  if (context.reminderIds.has(message.id)) return null;
  const threadClients = [...(context.reminderThreads.get(message.threadId) ?? [])];
  const sender = message.from()[0] ?? '';
  if (threadClients.length > 0) {
    if (!context.isUser(sender)) {
      // A mail server's report quotes the undelivered reminder, reference included.
      if (isDeliveryFailureSender(sender)) return { kind: 'bounced', clients: threadClients };
      // Only when Google withheld the user's address can one of their own reminders come from an
      // address not recognised: its own lines then carry the reference. Otherwise the message is
      // the client's answer, whatever it quotes: Outlook quotes the reminder under a "De :" header,
      // not with `>`, so its reference stands among the reply's own lines.
      if (!context.userKnown && message.isRelanceReminder()) return null;
      // Read last: the headers of the few messages that would count as an answer, nothing else.
      if (isAutomaticReply(message)) return { kind: 'auto_replied', clients: threadClients };
      return { kind: 'client_replied', clients: threadClients };
    }
    if (message.isRelanceReminder() || isAutomaticReply(message)) return null;
    return { kind: 'manual_email', clients: threadClients };
  }
  const listed = message.recipients().filter((address) => context.clientsByAddress.has(address));
  if (listed.length === 0 || !context.isUser(sender)) return null;
  const addressed = new Set<string>();
  for (const address of listed) {
    if (context.isUser(address)) continue;
    for (const client of context.clientsByAddress.get(address) ?? []) addressed.add(client);
  }
  if (addressed.size === 0 || message.isRelanceReminder() || isAutomaticReply(message)) return null;
  return { kind: 'manual_email', clients: clientsMentioned([...addressed], message, context) };
}

/**
 * Of several clients at one address, those whose invoice numbers `message` mentions; all of them
 * when it mentions none (the e-mail concerns them all as far as anyone can tell).
 */
function clientsMentioned(clients: string[], message: MailMessage, context: MailContext): string[] {
  if (clients.length < 2) return clients;
  const text = message.text().toLowerCase();
  const named = clients.filter((client) =>
    (context.invoiceNumbers.get(client) ?? []).some((n) => mentions(text, n.toLowerCase())),
  );
  return named.length > 0 ? named : clients;
}

/** `number` in `text` as a whole token: F-2026-1 is not mentioned by F-2026-12. */
function mentions(text: string, number: string): boolean {
  if (number === '') return false;
  for (let at = text.indexOf(number); at !== -1; at = text.indexOf(number, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + number.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * Mail servers report a message they could not deliver from `MAILER-DAEMON@…` or
 * `postmaster@…` (RFC 3464 delivery status notifications; RFC 5321 §4.5.1 reserves postmaster).
 */
export function isDeliveryFailureSender(address: string): boolean {
  const local = address.split('@')[0] ?? '';
  return local === 'mailer-daemon' || local === 'postmaster';
}
