/**
 * The add-on's own messages in Gmail, found by the reference in their footer (see
 * message-reference.ts): what a run rebuilds from when the log has no row to say what was sent.
 *
 * One search over Sent mail and drafts for the recent window, most recent conversation first,
 * then one getMessagesForThreads for the threads found: two Gmail calls, made only when the log
 * is empty. GmailApp.search returns at most 500 threads per call
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#search(String,Integer,Integer));
 * getMessagesForThreads reads all their messages in one call
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#getMessagesForThreads(GmailThread));
 * isDraft tells a draft from a sent message
 * (https://developers.google.com/apps-script/reference/gmail/gmail-message#isDraft()).
 * Search syntax (https://support.google.com/mail/answer/7190): `in:`, `newer_than:Nd`, `{a b}`
 * = any of, `"…"` = exact phrase. Gmail's tokenizer is not documented, so the query asks for
 * the footer's words in both languages (`Réf. RL`, `Ref. RL`) and the reference itself is read
 * from each message's text here.
 */
import { referencesIn } from '../core/run/message-reference.ts';
import { headerAddresses } from './gmail-sender.ts';
import { SEARCH_PAGE_SIZE } from './recent-exchanges.ts';

export interface OwnMessage {
  readonly reference: string;
  readonly threadId: string;
  readonly sentAt: Date;
  readonly draft: boolean;
  readonly subject: string;
  /** Lower-cased To and Cc addresses. */
  readonly recipients: readonly string[];
}

/** Messages of the last `days` days whose own lines carry a Relance reference. */
export function findOwnMessages(days: number): OwnMessage[] {
  const query = `{in:sent in:drafts} newer_than:${Math.max(1, days)}d {"Réf. RL" "Ref. RL"}`;
  const threads = GmailApp.search(query, 0, SEARCH_PAGE_SIZE);
  if (threads.length === 0) return [];
  const found: OwnMessage[] = [];
  GmailApp.getMessagesForThreads(threads).forEach((messages, i) => {
    const threadId = threads[i]?.getId() ?? '';
    for (const message of messages) {
      const references = referencesIn(message.getPlainBody());
      if (references.length === 0) continue;
      const recipients = [...headerAddresses(message.getTo()), ...headerAddresses(message.getCc())];
      for (const reference of references) {
        found.push({
          reference,
          threadId,
          sentAt: new Date(message.getDate().getTime()),
          draft: message.isDraft(),
          subject: message.getSubject(),
          recipients,
        });
      }
    }
  });
  return found;
}
