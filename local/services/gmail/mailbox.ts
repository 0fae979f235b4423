/**
 * One user's Gmail, in memory: threads, messages, drafts, the daily recipients quota, and the
 * controls a test or the demo uses to make the world happen around the add-on (a client replies,
 * the user writes by hand, Gmail fails). The bundle never sees this object: it only sees the
 * GmailApp / MailApp facades built on it for each execution (gmail-app.ts, ../mail.ts).
 */
import type { Kernel } from '../../kernel.ts';
import {
  type Address,
  formatAddress,
  formatAddressList,
  parseAddressList,
  sameEmail,
} from './address.ts';
import { toEml } from './eml.ts';
import { ServiceError } from './facade-support.ts';
import {
  CONSUMER_DAILY_RECIPIENTS,
  DailyRecipientQuota,
  EMAIL_QUOTA_MESSAGE,
  type DailyRecipientQuota as Quota,
  WORKSPACE_DAILY_RECIPIENTS,
} from './quota.ts';
import { matches, mentionsTrashOrSpam, parseQuery, type SearchableMessage } from './search.ts';

export interface StoredAttachment {
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

/** Who put the message in the mailbox. */
export type MessageOrigin = 'addon' | 'by-hand' | 'client';

export interface StoredMessage extends SearchableMessage {
  readonly id: string;
  readonly threadId: string;
  readonly fromAddress: Address;
  readonly replyTo: string;
  readonly attachments: readonly StoredAttachment[];
  readonly labels: Set<string>;
  readonly origin: MessageOrigin;
  /** Service that sent it, for messages the add-on sent. */
  readonly via: 'GmailApp' | 'MailApp' | null;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  readonly noReply: boolean;
  /**
   * Header fields beyond those the facade models (Auto-Submitted, Precedence, X-Autoreply…), by
   * lower-case name, as the sender's server wrote them: GmailMessage.getHeader reads them.
   */
  readonly otherHeaders: Readonly<Record<string, string>>;
}

export interface StoredDraft {
  readonly id: string;
  messageId: string;
}

/** What a sending method was asked to send, after the facade read its arguments. */
export interface Composition {
  readonly to: string;
  readonly cc?: string | undefined;
  readonly bcc?: string | undefined;
  readonly subject: string;
  readonly plainBody: string;
  readonly htmlBody?: string | null | undefined;
  readonly attachments?: readonly StoredAttachment[] | undefined;
  /** Sender display name; default the user's name. */
  readonly name?: string | undefined;
  readonly replyTo?: string | undefined;
  /** Sender address; must be the user's address or one of their aliases. */
  readonly from?: string | undefined;
  readonly noReply?: boolean | undefined;
}

/** A message as tests, the demo and /state read it (host-realm values, never handed to the bundle). */
export interface MessageRecord {
  readonly id: string;
  readonly threadId: string;
  /** The RFC 5322 Message-ID header, with angle brackets. */
  readonly messageId: string;
  readonly from: string;
  readonly fromName: string;
  readonly fromEmail: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly replyTo: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  readonly attachments: readonly StoredAttachment[];
  readonly date: Date;
  readonly origin: MessageOrigin;
  readonly via: 'GmailApp' | 'MailApp' | null;
  readonly inReplyTo: string | null;
  readonly labels: readonly string[];
}

export interface DraftRecord extends MessageRecord {
  readonly draftId: string;
}

export type AccountType = 'consumer' | 'workspace';

export interface MailboxOptions {
  readonly userEmail: string;
  readonly userName: string;
  /** Default 'consumer' (100 recipients a day, 200 KB bodies). */
  readonly accountType?: AccountType;
  /** Overrides the account type's daily recipients quota. */
  readonly dailyQuota?: number;
  /** Send-as addresses (GmailApp.getAliases). */
  readonly aliases?: readonly string[];
}

/** https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_ATTACHMENTS_PER_MESSAGE = 250;
export const MAX_TOTAL_ATTACHMENTS_BYTES = 25 * 1024 * 1024;
const MAX_BODY_BYTES: Readonly<Record<AccountType, number>> = {
  consumer: 200 * 1024,
  workspace: 400 * 1024,
};

/**
 * Messages of Apps Script's exceptions, as the ErrorHandler library (RomainVialard) catalogues
 * them from real executions; Google's reference pages do not list them.
 */
export const MAIL_ERRORS = {
  noRecipient: 'Failed to send email: no recipient',
  tooManyRecipients: 'Limit Exceeded: Email Recipients Per Message.',
  bodySize: 'Limit Exceeded: Email Body Size.',
  attachmentsSize: 'Limit Exceeded: Email Total Attachments Size.',
  /** Transient server error, the default of failNextSends. */
  serverError: "We're sorry, a server error occurred. Please wait a bit and try again.",
  invalidEmail: (entry: string) => `Invalid email: ${entry}`,
  /** Raised for a `from` that is not an alias ("Invalid argument: <address>"). */
  invalidArgument: (value: string) => `Invalid argument: ${value}`,
} as const;

/** An error raised by the store; the facades turn it into the bundle realm's Exception. */
/** A composition's addresses once parsed and checked. */
interface CheckedAddresses {
  to: Address[];
  cc: Address[];
  bcc: Address[];
  from: Address;
}

/** A message as the mailbox stores it, before it gets its id. */
interface StoreInput {
  threadId: string | null;
  from: Address;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  subject: string;
  plainBody: string;
  htmlBody: string | null;
  attachments: readonly StoredAttachment[];
  date: number;
  labels: string[];
  origin: MessageOrigin;
  via: 'GmailApp' | 'MailApp' | null;
  inReplyTo: string | null;
  references: readonly string[];
  noReply: boolean;
  messageIdHeader?: string;
  otherHeaders?: Readonly<Record<string, string>>;
}

export class MailboxError extends ServiceError {}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function replySubject(subject: string): string {
  return /^re:/i.test(subject.trim()) ? subject : `Re: ${subject}`;
}

export class Mailbox {
  readonly userEmail: string;
  readonly userName: string;
  readonly accountType: AccountType;
  readonly quota: Quota;
  #aliases: string[];
  readonly #kernel: Kernel;
  readonly #messages = new Map<string, StoredMessage>();
  readonly #threads = new Map<string, string[]>();
  readonly #drafts = new Map<string, StoredDraft>();
  #counter = 0;
  #failures: { remaining: number; message: string } = { remaining: 0, message: '' };

  constructor(kernel: Kernel, options: MailboxOptions) {
    this.#kernel = kernel;
    this.userEmail = options.userEmail;
    this.userName = options.userName;
    this.accountType = options.accountType ?? 'consumer';
    this.#aliases = [...(options.aliases ?? [])];
    const limit =
      options.dailyQuota ??
      (this.accountType === 'consumer' ? CONSUMER_DAILY_RECIPIENTS : WORKSPACE_DAILY_RECIPIENTS);
    this.quota = new DailyRecipientQuota(limit);
  }

  #now(): number {
    return this.#kernel.clock.now();
  }

  // -------------------------------------------------------------------------------------------
  // Test controls (never reachable from the bundle)

  /** The next `n` sends (any method that sends) throw `message`; nothing is sent or counted. */
  failNextSends(n: number, message: string = MAIL_ERRORS.serverError): void {
    this.#failures = { remaining: n, message };
  }

  /** Sets the daily recipients quota (the remaining count becomes `n` minus what was used). */
  setQuota(n: number): void {
    this.quota.setLimit(n);
  }

  setAliases(aliases: readonly string[]): void {
    this.#aliases = [...aliases];
  }

  get aliases(): readonly string[] {
    return this.#aliases;
  }

  /**
   * A client's answer arrives in a thread: it lands in the inbox, in that thread, replying to the
   * thread's last message; addressed to the user's address, or to `to` (one of their aliases).
   * `headers` are further header fields the client's server wrote (an out-of-office responder's
   * `Auto-Submitted: auto-replied`, RFC 3834), names in any case.
   */
  deliverReply(
    threadId: string,
    reply: {
      from: string;
      to?: string;
      body: string;
      html?: string;
      at?: Date | number;
      subject?: string;
      attachments?: readonly StoredAttachment[];
      headers?: Readonly<Record<string, string>>;
    },
  ): MessageRecord {
    const thread = this.#threads.get(threadId);
    if (!thread) throw new Error(`deliverReply: no thread ${threadId}`);
    const last = this.#lastMessage(threadId);
    const first = this.#messages.get(thread[0] as string) as StoredMessage;
    const from = this.#single(reply.from, 'deliverReply from');
    const date = reply.at === undefined ? this.#now() : Number(reply.at);
    const message = this.#store({
      threadId,
      from,
      to: reply.to ?? formatAddress({ name: this.userName, email: this.userEmail }),
      cc: '',
      bcc: '',
      replyTo: '',
      subject: reply.subject ?? replySubject(first.subject),
      plainBody: reply.body,
      htmlBody: reply.html ?? null,
      attachments: reply.attachments ?? [],
      date,
      labels: ['INBOX'],
      origin: 'client',
      via: null,
      inReplyTo: last?.messageIdHeader ?? null,
      references: last ? [...last.references, last.messageIdHeader] : [],
      noReply: false,
      messageIdHeader: `<${this.#nextId(date)}.reply@${from.email.split('@')[1]}>`,
      otherHeaders: Object.fromEntries(
        Object.entries(reply.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
      ),
    });
    return this.#record(message);
  }

  /**
   * An e-mail the user wrote in Gmail themselves: in Sent, in a new thread unless `threadId`,
   * from their address or, with `from`, one of their send-as aliases.
   */
  userSentByHand(mail: {
    from?: string;
    to: string;
    subject: string;
    body: string;
    html?: string;
    cc?: string;
    at?: Date | number;
    threadId?: string;
  }): MessageRecord {
    const date = mail.at === undefined ? this.#now() : Number(mail.at);
    const to = parseAddressList(mail.to);
    const cc = parseAddressList(mail.cc);
    if (to.invalid !== null || cc.invalid !== null) throw new Error('userSentByHand: bad address');
    const fromEmail = mail.from ?? this.userEmail;
    if (![this.userEmail, ...this.#aliases].some((a) => sameEmail(a, fromEmail)))
      throw new Error(`userSentByHand: ${fromEmail} is neither the user's address nor an alias`);
    const message = this.#store({
      threadId: mail.threadId ?? null,
      from: { name: this.userName, email: fromEmail },
      to: formatAddressList(to.addresses),
      cc: formatAddressList(cc.addresses),
      bcc: '',
      replyTo: '',
      subject: mail.subject,
      plainBody: mail.body,
      htmlBody: mail.html ?? null,
      attachments: [],
      date,
      labels: this.#sentLabels([...to.addresses, ...cc.addresses]),
      origin: 'by-hand',
      via: null,
      inReplyTo: null,
      references: [],
      noReply: false,
    });
    return this.#record(message);
  }

  /** Every sent message (by the add-on or by hand), oldest first. */
  sent(): MessageRecord[] {
    return this.#sorted((m) => m.labels.has('SENT')).map((m) => this.#record(m));
  }

  /** Messages the add-on sent, oldest first. */
  sentByAddon(): MessageRecord[] {
    return this.sent().filter((m) => m.origin === 'addon');
  }

  drafts(): DraftRecord[] {
    return [...this.#drafts.values()].map((d) => ({
      ...this.#record(this.#messages.get(d.messageId) as StoredMessage),
      draftId: d.id,
    }));
  }

  /** Every message of the mailbox, oldest first. */
  messages(): MessageRecord[] {
    return this.#sorted(() => true).map((m) => this.#record(m));
  }

  threadRecords(): { id: string; subject: string; messages: MessageRecord[] }[] {
    return [...this.#threads.keys()].map((id) => ({
      id,
      subject: this.#messages.get(this.#threads.get(id)?.[0] ?? '')?.subject ?? '',
      messages: this.threadMessages(id).map((m) => this.#record(m)),
    }));
  }

  /** The message as an RFC 5322 `.eml` text (see eml.ts). */
  toEml(message: MessageRecord | string): string {
    const id = typeof message === 'string' ? message : message.id;
    const stored = this.#messages.get(id);
    if (!stored) throw new Error(`toEml: no message ${id}`);
    return toEml(stored);
  }

  remainingQuota(): number {
    return this.quota.remaining(this.#now());
  }

  // -------------------------------------------------------------------------------------------
  // Operations used by the facades

  message(id: string): StoredMessage | null {
    return this.#messages.get(id) ?? null;
  }

  hasThread(id: string): boolean {
    return this.#threads.has(id);
  }

  threadMessages(threadId: string): StoredMessage[] {
    return (this.#threads.get(threadId) ?? [])
      .map((id) => this.#messages.get(id) as StoredMessage)
      .sort((a, b) => a.date - b.date);
  }

  draft(id: string): StoredDraft | null {
    return this.#drafts.get(id) ?? null;
  }

  draftList(): StoredDraft[] {
    return [...this.#drafts.values()];
  }

  draftOfMessage(messageId: string): StoredDraft | null {
    for (const d of this.#drafts.values()) if (d.messageId === messageId) return d;
    return null;
  }

  /** Thread ids matching `query`, most recent activity first (GmailApp.search). */
  search(query: string, start = 0, max = Number.POSITIVE_INFINITY): string[] {
    const now = this.#now();
    const parsed = parseQuery(query, now);
    const includeHidden = mentionsTrashOrSpam(parsed);
    const hits: { id: string; last: number }[] = [];
    for (const threadId of this.#threads.keys()) {
      const msgs = this.threadMessages(threadId);
      const visible = includeHidden
        ? msgs
        : msgs.filter((m) => !m.labels.has('TRASH') && !m.labels.has('SPAM'));
      if (visible.some((m) => matches(parsed, m, now))) {
        hits.push({ id: threadId, last: Math.max(...msgs.map((m) => m.date)) });
      }
    }
    hits.sort((a, b) => b.last - a.last);
    return hits.slice(start, start + max).map((h) => h.id);
  }

  /** Sends a message (GmailApp.sendEmail, MailApp.sendEmail, replies, forwards, draft.send). */
  send(
    comp: Composition,
    via: 'GmailApp' | 'MailApp',
    thread: { threadId: string; inReplyTo: StoredMessage | null } | null = null,
  ): StoredMessage {
    const checked = this.#check(comp, true);
    if (this.#failures.remaining > 0) {
      this.#failures.remaining -= 1;
      throw new MailboxError(this.#failures.message);
    }
    const now = this.#now();
    const recipients = checked.to.length + checked.cc.length + checked.bcc.length;
    if (!this.quota.fits(recipients, now)) throw new MailboxError(EMAIL_QUOTA_MESSAGE);
    this.quota.consume(recipients, now);
    return this.#store({
      ...this.#composed(comp, checked, thread),
      date: now,
      labels: this.#sentLabels([...checked.to, ...checked.cc, ...checked.bcc]),
      origin: 'addon',
      via,
    });
  }

  createDraft(
    comp: Composition,
    thread: { threadId: string; inReplyTo: StoredMessage | null } | null = null,
  ): StoredDraft {
    const checked = this.#check(comp, false);
    const message = this.#store({
      ...this.#composed(comp, checked, thread),
      date: this.#now(),
      labels: ['DRAFT'],
      origin: 'addon',
      via: null,
    });
    const draft: StoredDraft = { id: `r-${this.#draftNumber(message.id)}`, messageId: message.id };
    this.#drafts.set(draft.id, draft);
    return draft;
  }

  /** GmailDraft.update: the draft keeps its id and thread; its message is replaced. */
  updateDraft(draftId: string, comp: Composition): StoredDraft {
    const draft = this.#requireDraft(draftId);
    const old = this.#messages.get(draft.messageId) as StoredMessage;
    this.#unstore(old.id);
    const replacement = this.createDraft(comp, {
      threadId: old.threadId,
      inReplyTo: this.#lastMessage(old.threadId),
    });
    this.#drafts.delete(replacement.id);
    draft.messageId = replacement.messageId;
    return draft;
  }

  deleteDraft(draftId: string): void {
    const draft = this.#requireDraft(draftId);
    this.#unstore(draft.messageId);
    this.#drafts.delete(draftId);
  }

  /** GmailDraft.send: sends the draft's content in its thread; the draft is gone afterwards. */
  sendDraft(draftId: string): StoredMessage {
    const draft = this.#requireDraft(draftId);
    const msg = this.#messages.get(draft.messageId) as StoredMessage;
    const inReplyTo = msg.inReplyTo
      ? ([...this.#messages.values()].find((m) => m.messageIdHeader === msg.inReplyTo) ?? null)
      : null;
    const comp: Composition = {
      to: msg.to,
      cc: msg.cc,
      bcc: msg.bcc,
      subject: msg.subject,
      plainBody: msg.plainBody,
      htmlBody: msg.htmlBody,
      attachments: msg.attachments,
      name: msg.fromAddress.name,
      from: msg.fromAddress.email,
      replyTo: msg.replyTo || undefined,
      noReply: msg.noReply,
    };
    const threadId = msg.threadId;
    this.#unstore(msg.id);
    this.#drafts.delete(draftId);
    try {
      return this.send(comp, 'GmailApp', { threadId, inReplyTo });
    } catch (error) {
      // A failed send leaves the draft where it was.
      const restored = this.createDraft(comp, { threadId, inReplyTo });
      this.#drafts.delete(restored.id);
      this.#drafts.set(draftId, { id: draftId, messageId: restored.messageId });
      throw error;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Internals

  #check(comp: Composition, sending: boolean): CheckedAddresses {
    const lists = [comp.to, comp.cc, comp.bcc].map((l) => parseAddressList(l));
    for (const l of lists)
      if (l.invalid !== null) throw new MailboxError(MAIL_ERRORS.invalidEmail(l.invalid));
    const [to, cc, bcc] = lists.map((l) => l.addresses) as [Address[], Address[], Address[]];
    const count = to.length + cc.length + bcc.length;
    if (sending && count === 0) throw new MailboxError(MAIL_ERRORS.noRecipient);
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw new MailboxError(MAIL_ERRORS.tooManyRecipients);
    // Which body counts toward the size limit is not documented; the larger one is checked.
    const bodyBytes = Math.max(utf8Length(comp.plainBody), utf8Length(comp.htmlBody ?? ''));
    if (bodyBytes > MAX_BODY_BYTES[this.accountType]) throw new MailboxError(MAIL_ERRORS.bodySize);
    const attachments = comp.attachments ?? [];
    const attachmentBytes = attachments.reduce((sum, a) => sum + a.bytes.length, 0);
    if (
      attachmentBytes > MAX_TOTAL_ATTACHMENTS_BYTES ||
      attachments.length > MAX_ATTACHMENTS_PER_MESSAGE
    ) {
      throw new MailboxError(MAIL_ERRORS.attachmentsSize);
    }
    const fromEmail = comp.from ?? this.userEmail;
    const allowed = [this.userEmail, ...this.#aliases].some((a) => sameEmail(a, fromEmail));
    if (!allowed) throw new MailboxError(MAIL_ERRORS.invalidArgument(fromEmail));
    return { to, cc, bcc, from: { name: comp.name ?? this.userName, email: fromEmail } };
  }

  #sentLabels(recipients: readonly Address[]): string[] {
    const mine = [this.userEmail, ...this.#aliases];
    const toSelf = recipients.some((r) => mine.some((a) => sameEmail(a, r.email)));
    // A message the user sends to their own address also lands in their inbox, as in Gmail.
    return toSelf ? ['SENT', 'INBOX'] : ['SENT'];
  }

  #single(entry: string, what: string): Address {
    const parsed = parseAddressList(entry);
    const first = parsed.addresses[0];
    if (parsed.invalid !== null || !first) throw new Error(`${what}: bad address ${entry}`);
    return first;
  }

  #requireDraft(draftId: string): StoredDraft {
    const draft = this.#drafts.get(draftId);
    // Apps Script's message for a draft that no longer exists is not documented.
    if (!draft) throw new MailboxError(`Draft ${draftId} not found`);
    return draft;
  }

  #lastMessage(threadId: string): StoredMessage | null {
    const msgs = this.threadMessages(threadId).filter((m) => !m.labels.has('DRAFT'));
    return msgs[msgs.length - 1] ?? null;
  }

  /** Gmail message ids are 16 hex digits that grow with time. */
  #nextId(date: number): string {
    this.#counter += 1;
    return (
      Math.max(0, Math.floor(date)).toString(16).padStart(11, '0') +
      this.#counter.toString(16).padStart(5, '0')
    ).slice(-16);
  }

  #draftNumber(messageId: string): string {
    return BigInt(`0x${messageId}`).toString(10);
  }

  /** What a sent message and a draft take alike from their composition and thread. */
  #composed(
    comp: Composition,
    checked: CheckedAddresses,
    thread: { threadId: string; inReplyTo: StoredMessage | null } | null,
  ): Omit<StoreInput, 'date' | 'labels' | 'origin' | 'via'> {
    return {
      threadId: thread?.threadId ?? null,
      from: checked.from,
      to: formatAddressList(checked.to),
      cc: formatAddressList(checked.cc),
      bcc: formatAddressList(checked.bcc),
      replyTo: comp.replyTo ?? '',
      subject: comp.subject,
      plainBody: comp.plainBody,
      htmlBody: comp.htmlBody ?? null,
      attachments: comp.attachments ?? [],
      inReplyTo: thread?.inReplyTo?.messageIdHeader ?? null,
      references: thread?.inReplyTo
        ? [...thread.inReplyTo.references, thread.inReplyTo.messageIdHeader]
        : [],
      noReply: comp.noReply === true,
    };
  }

  #store(input: StoreInput): StoredMessage {
    const id = this.#nextId(input.date);
    const threadId = input.threadId ?? id;
    const message: StoredMessage = {
      id,
      threadId,
      from: formatAddress(input.from),
      fromAddress: input.from,
      to: input.to,
      cc: input.cc,
      bcc: input.bcc,
      replyTo: input.replyTo,
      subject: input.subject,
      plainBody: input.plainBody,
      htmlBody: input.htmlBody,
      attachments: input.attachments,
      date: input.date,
      labels: new Set(input.labels),
      origin: input.origin,
      via: input.via,
      inReplyTo: input.inReplyTo,
      references: input.references,
      noReply: input.noReply,
      hasAttachment: input.attachments.length > 0,
      otherHeaders: input.otherHeaders ?? {},
      messageIdHeader:
        input.messageIdHeader ??
        `<CA${id.toUpperCase()}${this.#counter.toString(36)}@mail.gmail.com>`,
    };
    this.#messages.set(id, message);
    const thread = this.#threads.get(threadId);
    if (thread) thread.push(id);
    else this.#threads.set(threadId, [id]);
    return message;
  }

  #unstore(messageId: string): void {
    const message = this.#messages.get(messageId);
    if (!message) return;
    this.#messages.delete(messageId);
    const thread = (this.#threads.get(message.threadId) ?? []).filter((id) => id !== messageId);
    if (thread.length === 0) this.#threads.delete(message.threadId);
    else this.#threads.set(message.threadId, thread);
  }

  #sorted(keep: (m: StoredMessage) => boolean): StoredMessage[] {
    return [...this.#messages.values()].filter(keep).sort((a, b) => a.date - b.date);
  }

  #record(m: StoredMessage): MessageRecord {
    const list = (s: string) => parseAddressList(s).addresses.map((a) => a.email);
    return {
      id: m.id,
      threadId: m.threadId,
      messageId: m.messageIdHeader,
      from: m.from,
      fromName: m.fromAddress.name,
      fromEmail: m.fromAddress.email,
      to: list(m.to),
      cc: list(m.cc),
      bcc: list(m.bcc),
      replyTo: m.replyTo,
      subject: m.subject,
      text: m.plainBody,
      html: m.htmlBody,
      attachments: m.attachments,
      date: new Date(m.date),
      origin: m.origin,
      via: m.via,
      inReplyTo: m.inReplyTo,
      labels: [...m.labels],
    };
  }
}

export { replySubject };
