/**
 * Sends reminders and creates drafts from the user's own Gmail.
 *
 * Every message goes through a draft: GmailApp.createDraft / GmailThread.createDraftReply, then
 * GmailDraft.send(), which returns the sent GmailMessage and so its thread id
 * (https://developers.google.com/apps-script/reference/gmail/gmail-draft#send()).
 * GmailApp.sendEmail returns nothing that names the thread.
 *
 * A reminder continues its invoice's thread. createDraftReply "replies to the sender of the last
 * message in this thread using the reply-to address"
 * (https://developers.google.com/apps-script/reference/gmail/gmail-thread#createDraftReply(String,Object));
 * when that last message is our own previous reminder, whom Gmail then addresses is not
 * documented, so the draft's recipients are set to the client's with GmailDraft.update
 * (https://developers.google.com/apps-script/reference/gmail/gmail-draft#update(String,String,String,Object)).
 * Options (name, replyTo, cc, bcc, htmlBody, attachments) are those of
 * https://developers.google.com/apps-script/reference/gmail/gmail-app#createDraft(String,String,String,Object).
 * All of these need the https://mail.google.com/ scope.
 */

import { fetchedThread } from './fetched-threads.ts';

type Blob = GoogleAppsScript.Base.Blob;

export interface OutgoingMessage {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
  /** Display name of the sender; empty keeps the account's name. */
  readonly senderName: string;
  /** Empty keeps the account's address. */
  readonly replyTo: string;
  readonly attachments: readonly Blob[];
  /** The Gmail thread to continue, or null for a new conversation. */
  readonly threadId: string | null;
}

export interface SentMessage {
  readonly threadId: string;
  readonly messageId: string;
  /** True when the message had to start a new thread (the old one was deleted). */
  readonly newThread: boolean;
}

export interface CreatedDraft {
  readonly draftId: string;
  readonly threadId: string;
}

function options(message: OutgoingMessage): GoogleAppsScript.Gmail.GmailAdvancedOptions {
  const opts: GoogleAppsScript.Gmail.GmailAdvancedOptions = { htmlBody: message.htmlBody };
  if (message.cc.length) opts.cc = message.cc.join(',');
  if (message.bcc.length) opts.bcc = message.bcc.join(',');
  if (message.senderName) opts.name = message.senderName;
  if (message.replyTo) opts.replyTo = message.replyTo;
  if (message.attachments.length) opts.attachments = [...message.attachments];
  return opts;
}

/** Addresses in a header such as `"Dupont" <a@b.fr>, c@d.fr`, lower case. */
export function headerAddresses(header: string): string[] {
  const found = header.match(/[^\s<>,;"]+@[^\s<>,;"]+/g) ?? [];
  return found.map((a) => a.toLowerCase());
}

function thread(threadId: string | null): GoogleAppsScript.Gmail.GmailThread | null {
  if (threadId === null) return null;
  const fetched = fetchedThread(threadId);
  if (fetched) return fetched;
  try {
    return GmailApp.getThreadById(threadId);
  } catch {
    // A thread id that no longer resolves (deleted conversation) starts a new thread.
    return null;
  }
}

/**
 * A draft of `message`, in its thread when it still exists, addressed to exactly `message.to`;
 * `threadId` is that thread's id, null for a new conversation (known once the draft is read).
 */
function draftFor(message: OutgoingMessage): {
  draft: GoogleAppsScript.Gmail.GmailDraft;
  threadId: string | null;
} {
  const existing = thread(message.threadId);
  const opts = options(message);
  const to = message.to.join(',');
  if (!existing) {
    return {
      draft: GmailApp.createDraft(to, message.subject, message.textBody, opts),
      threadId: null,
    };
  }
  // The stage's own subject (firmer at each step); Gmail keeps the thread by its headers.
  const replyOptions: GoogleAppsScript.Gmail.GmailReplyOptions = {
    ...opts,
    subject: message.subject,
  };
  const draft = existing.createDraftReply(message.textBody, replyOptions);
  // Whom the reply is addressed to is not documented when the thread's last message is our own
  // reminder (the usual case): the recipients are set outright, one call, rather than read and
  // then corrected, two calls.
  try {
    draft.update(to, message.subject, message.textBody, opts);
  } catch (error) {
    discard(draft);
    throw error;
  }
  return { draft, threadId: message.threadId };
}

/**
 * Deletes a draft whose message could not be sent: left in Gmail, it is a reminder the user may
 * send by hand while the next run sends it again. A draft that is already gone (Gmail sent it
 * before failing) cannot be deleted; that error is not the one to report.
 * https://developers.google.com/apps-script/reference/gmail/gmail-draft#deleteDraft()
 */
function discard(draft: GoogleAppsScript.Gmail.GmailDraft): void {
  try {
    draft.deleteDraft();
  } catch {
    // Already sent or deleted.
  }
}

/** Sends `message`; throws the Gmail error (invalid address, quota, ...) for the caller to record. */
export function sendMessage(message: OutgoingMessage): SentMessage {
  const { draft, threadId } = draftFor(message);
  let sent: GoogleAppsScript.Gmail.GmailMessage;
  try {
    sent = draft.send();
  } catch (error) {
    discard(draft);
    throw error;
  }
  // A reply stays in the thread it was drafted in: only a new conversation's id is asked for.
  return {
    threadId: threadId ?? sent.getThread().getId(),
    messageId: sent.getId(),
    newThread: threadId === null && message.threadId !== null,
  };
}

/** Creates a draft the user reviews and sends (formal notice); never sends it. */
export function createDraft(message: OutgoingMessage): CreatedDraft {
  const { draft, threadId } = draftFor(message);
  return {
    draftId: draft.getId(),
    threadId: threadId ?? draft.getMessage().getThread().getId(),
  };
}

/** A plain message to the user (failure digest); needs no thread. */
export function sendToSelf(to: string, subject: string, textBody: string, htmlBody: string): void {
  GmailApp.sendEmail(to, subject, textBody, { htmlBody });
}

/**
 * Deletes drafts carrying `reference` (a message a cut run created but never sent), so the
 * message planned again does not leave a twin in the user's drafts. Rare: only on reconciliation.
 * GmailApp.getDrafts: https://developers.google.com/apps-script/reference/gmail/gmail-app#getDrafts()
 */
export function deleteDraftsWithReference(reference: string): number {
  const threads = GmailApp.search(`in:drafts "${reference}"`, 0, 5);
  if (threads.length === 0) return 0;
  let deleted = 0;
  for (const draft of GmailApp.getDrafts()) {
    if (draft.getMessage().getPlainBody().includes(reference)) {
      draft.deleteDraft();
      deleted += 1;
    }
  }
  return deleted;
}
