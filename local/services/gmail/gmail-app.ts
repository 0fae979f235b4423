/**
 * GmailApp for one execution, over the user's Mailbox
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app and the GmailThread,
 * GmailMessage, GmailDraft, GmailAttachment pages beside it).
 *
 * Every method counts a `GmailApp.x` / `GmailThread.x` / ... call on the kernel, needs the
 * `https://mail.google.com/` scope in a FULL execution, returns Dates and arrays of the bundle's
 * realm and raises Exceptions of the bundle's realm.
 */
import type { ExecutionContext, ServiceModule } from '../../service-module.ts';
import { blobContent, createBlob } from '../blob.ts';
import { escapeHtml } from '../escape-html.ts';
import { Authorization } from '../script-app.ts';
import { type Address, formatAddressList, parseAddressList, sameEmail } from './address.ts';
import { toEml } from './eml.ts';
import { inRealm, signatureError } from './facade-support.ts';
import {
  type Composition,
  type Mailbox,
  replySubject,
  type StoredAttachment,
  type StoredDraft,
  type StoredMessage,
} from './mailbox.ts';

type SendArgs = [unknown, unknown, unknown, AdvancedOptions | undefined];

export const GMAIL_SCOPE = 'https://mail.google.com/';

/** The options object of sendEmail / createDraft / reply (GmailAdvancedOptions). */
interface AdvancedOptions {
  attachments?: unknown[];
  bcc?: string;
  cc?: string;
  from?: string;
  htmlBody?: string;
  name?: string;
  noReply?: boolean;
  replyTo?: string;
  subject?: string;
}

/** Reads BlobSources the bundle passed as attachments. */
export function readAttachments(list: unknown): StoredAttachment[] {
  if (!Array.isArray(list)) return [];
  return list.map((item) => {
    let content = blobContent(item);
    if (content === null && typeof (item as { getBlob?: unknown })?.getBlob === 'function') {
      content = blobContent((item as { getBlob(): unknown }).getBlob());
    }
    if (content === null) throw new TypeError('Attachment is not a Blob or BlobSource');
    return {
      // The name Gmail gives a nameless blob is not documented.
      name: content.name ?? 'attachment',
      mimeType: content.contentType ?? 'application/octet-stream',
      bytes: content.bytes,
    };
  });
}

export function composition(
  recipient: unknown,
  subject: unknown,
  body: unknown,
  options: AdvancedOptions | undefined,
): Composition {
  const o = options ?? {};
  return {
    to: String(recipient ?? ''),
    cc: o.cc,
    bcc: o.bcc,
    subject: String(o.subject ?? subject ?? ''),
    plainBody: String(body ?? ''),
    htmlBody: o.htmlBody ?? null,
    attachments: readAttachments(o.attachments),
    name: o.name,
    replyTo: o.replyTo,
    from: o.from,
    noReply: o.noReply,
  };
}

/**
 * Latencies in ms for `runtime.use('gmail', module, GMAIL_LATENCY)`: ESTIMATES from experience
 * (sending is a server round trip of about half a second), not figures Google publishes.
 * Getters of an already fetched message are cheap.
 */
export const GMAIL_LATENCY: Readonly<Record<string, number>> = {
  'GmailApp.sendEmail': 600,
  'GmailApp.createDraft': 400,
  'GmailApp.search': 300,
  'GmailApp.getThreadById': 150,
  'GmailApp.getMessageById': 150,
  'GmailApp.getMessagesForThreads': 300,
  'GmailApp.getDrafts': 200,
  'GmailThread.getMessages': 150,
  'GmailThread.reply': 600,
  'GmailThread.replyAll': 600,
  'GmailThread.createDraftReply': 400,
  'GmailMessage.reply': 600,
  'GmailMessage.replyAll': 600,
  'GmailMessage.forward': 600,
  'GmailMessage.createDraftReply': 400,
  'GmailDraft.send': 600,
  'GmailDraft.update': 300,
  'GmailMessage.getSubject': 5,
  'GmailMessage.getFrom': 5,
  'GmailMessage.getTo': 5,
  'GmailMessage.getDate': 5,
  'GmailMessage.getCc': 5,
  'GmailMessage.getBcc': 5,
  'GmailMessage.getReplyTo': 5,
  'GmailMessage.getPlainBody': 5,
  'GmailMessage.getBody': 5,
  'GmailMessage.getId': 0,
  'GmailThread.getId': 0,
  'GmailDraft.getId': 0,
  'GmailDraft.getMessageId': 0,
};

export class GmailModule implements ServiceModule {
  constructor(
    readonly mailbox: Mailbox,
    readonly authorization: Authorization = new Authorization(),
  ) {}

  globals(ctx: ExecutionContext): Record<string, unknown> {
    return { GmailApp: new GmailFacade(ctx, this.mailbox, this.authorization).gmailApp() };
  }
}

/** Builds the GmailApp object graph for one execution. */
class GmailFacade {
  constructor(
    private readonly ctx: ExecutionContext,
    private readonly box: Mailbox,
    private readonly auth: Authorization,
  ) {}

  #enter(method: string): void {
    this.ctx.kernel.call(method);
    this.auth.check(this.ctx, method, GMAIL_SCOPE);
  }

  #run<T>(method: string, fn: () => T): T {
    this.#enter(method);
    return inRealm(this.ctx, fn);
  }

  #array<T>(items: T[]): T[] {
    return this.ctx.toRealm(items);
  }

  /** Recipients of a reply to `m`: its Reply-To, else its sender. */
  #replyRecipients(m: StoredMessage, all: boolean): { to: string; cc: string } {
    const to = m.replyTo !== '' ? m.replyTo : m.from;
    if (!all) return { to, cc: '' };
    // Gmail's reply-all leaves the user's own addresses out; Apps Script's replyAll is assumed to
    // do the same (not documented).
    const mine = [this.box.userEmail, ...this.box.aliases];
    const notMine = (a: Address) => !mine.some((x) => sameEmail(x, a.email));
    const toList = [...parseAddressList(to).addresses, ...parseAddressList(m.to).addresses];
    const kept = toList.filter(notMine);
    return {
      to: formatAddressList(kept.length > 0 ? kept : parseAddressList(to).addresses),
      cc: formatAddressList(parseAddressList(m.cc).addresses.filter(notMine)),
    };
  }

  #replyComposition(
    m: StoredMessage,
    body: unknown,
    options: AdvancedOptions | undefined,
    all: boolean,
  ): Composition {
    const { to, cc } = this.#replyRecipients(m, all);
    const base = composition(to, replySubject(this.#threadSubject(m.threadId)), body, options);
    return { ...base, cc: [cc, options?.cc ?? ''].filter((s) => s !== '').join(', ') };
  }

  #threadSubject(threadId: string): string {
    return this.box.threadMessages(threadId)[0]?.subject ?? '';
  }

  #lastSent(threadId: string): StoredMessage {
    const msgs = this.box.threadMessages(threadId).filter((m) => !m.labels.has('DRAFT'));
    return msgs[msgs.length - 1] ?? (this.box.threadMessages(threadId)[0] as StoredMessage);
  }

  gmailApp(): object {
    const self = this;
    const box = this.box;
    const gmailApp = {
      sendEmail(...args: unknown[]) {
        self.#enter('GmailApp.sendEmail');
        if (args.length < 3) throw signatureError(self.ctx, 'GmailApp.sendEmail', args);
        const [recipient, subject, body, options] = args as SendArgs;
        inRealm(self.ctx, () =>
          box.send(composition(recipient, subject, body, options), 'GmailApp'),
        );
        return gmailApp;
      },
      createDraft(...args: unknown[]) {
        self.#enter('GmailApp.createDraft');
        if (args.length < 3) throw signatureError(self.ctx, 'GmailApp.createDraft', args);
        const [recipient, subject, body, options] = args as SendArgs;
        const draft = inRealm(self.ctx, () =>
          box.createDraft(composition(recipient, subject, body, options)),
        );
        return self.draft(draft.id);
      },
      getDrafts() {
        return self.#run('GmailApp.getDrafts', () =>
          self.#array(box.draftList().map((d) => self.draft(d.id))),
        );
      },
      /** Unknown id: null here; Apps Script's behaviour for it is not documented. */
      getDraft(draftId: string) {
        return self.#run('GmailApp.getDraft', () =>
          box.draft(String(draftId)) ? self.draft(String(draftId)) : null,
        );
      },
      getDraftMessages() {
        return self.#run('GmailApp.getDraftMessages', () =>
          self.#array(box.draftList().map((d) => self.message(d.messageId))),
        );
      },
      search(query: string, start?: number, max?: number) {
        return self.#run('GmailApp.search', () =>
          self.#array(
            box
              .search(String(query), start ?? 0, max ?? Number.POSITIVE_INFINITY)
              .map((id) => self.thread(id)),
          ),
        );
      },
      getInboxThreads(start?: number, max?: number) {
        return self.#run('GmailApp.getInboxThreads', () =>
          self.#array(
            box
              .search('in:inbox', start ?? 0, max ?? Number.POSITIVE_INFINITY)
              .map((id) => self.thread(id)),
          ),
        );
      },
      /** "Gets a thread by ID" — null when there is none (GmailApp.getThreadById reference). */
      getThreadById(id: string) {
        return self.#run('GmailApp.getThreadById', () =>
          box.hasThread(String(id)) ? self.thread(String(id)) : null,
        );
      },
      /** Null for an unknown id here; Apps Script's exact behaviour for it is not documented. */
      getMessageById(id: string) {
        return self.#run('GmailApp.getMessageById', () =>
          box.message(String(id)) ? self.message(String(id)) : null,
        );
      },
      getMessagesForThread(thread: { getId(): string }) {
        return self.#run('GmailApp.getMessagesForThread', () => self.#messagesOf(thread.getId()));
      },
      /** One call for many threads: what a run uses to read every reminder thread at once. */
      getMessagesForThreads(threads: { getId(): string }[]) {
        return self.#run('GmailApp.getMessagesForThreads', () =>
          self.#array(Array.from(threads, (t) => self.#messagesOf(t.getId()))),
        );
      },
      getAliases() {
        return self.#run('GmailApp.getAliases', () => self.#array([...box.aliases]));
      },
      toString() {
        return 'GmailApp';
      },
    };
    return gmailApp;
  }

  #messagesOf(threadId: string): object[] {
    return this.#array(this.box.threadMessages(threadId).map((m) => this.message(m.id)));
  }

  #requireMessage(id: string): StoredMessage {
    const m = this.box.message(id);
    // The real message for a message deleted under the script is not documented.
    if (!m) throw this.ctx.newError(`Message ${id} no longer exists`);
    return m;
  }

  thread(threadId: string): object {
    const box = this.box;
    const ctx = this.ctx;
    const run = <T>(method: string, fn: () => T): T => this.#run(`GmailThread.${method}`, fn);
    const messages = () => box.threadMessages(threadId);
    const sendReply = (body: unknown, options: AdvancedOptions | undefined, all: boolean) => {
      const last = this.#lastSent(threadId);
      box.send(this.#replyComposition(last, body, options, all), 'GmailApp', {
        threadId,
        inReplyTo: last,
      });
    };
    const draftReply = (body: unknown, options: AdvancedOptions | undefined, all: boolean) => {
      const last = this.#lastSent(threadId);
      const d = box.createDraft(this.#replyComposition(last, body, options, all), {
        threadId,
        inReplyTo: last,
      });
      return this.draft(d.id);
    };
    const thread = {
      getId: () => run('getId', () => threadId),
      getMessages: () => run('getMessages', () => this.#messagesOf(threadId)),
      getMessageCount: () => run('getMessageCount', () => messages().length),
      getFirstMessageSubject: () =>
        run('getFirstMessageSubject', () => this.#threadSubject(threadId)),
      getLastMessageDate: () =>
        run('getLastMessageDate', () => ctx.newDate(Math.max(...messages().map((m) => m.date)))),
      /**
       * The thread's permalink. Its exact form is not documented; Gmail's web address of a
       * thread is used.
       */
      getPermalink: () =>
        run('getPermalink', () => `https://mail.google.com/mail/u/0/#all/${threadId}`),
      isInInbox: () => run('isInInbox', () => messages().some((m) => m.labels.has('INBOX'))),
      isUnread: () => run('isUnread', () => false),
      /** "Reply to the sender of the last message on this thread using the replyTo address." */
      reply(body: unknown, options?: AdvancedOptions) {
        run('reply', () => sendReply(body, options, false));
        return thread;
      },
      replyAll(body: unknown, options?: AdvancedOptions) {
        run('replyAll', () => sendReply(body, options, true));
        return thread;
      },
      createDraftReply: (body: unknown, options?: AdvancedOptions) =>
        run('createDraftReply', () => draftReply(body, options, false)),
      createDraftReplyAll: (body: unknown, options?: AdvancedOptions) =>
        run('createDraftReplyAll', () => draftReply(body, options, true)),
      toString: () => 'GmailThread',
    };
    return thread;
  }

  message(messageId: string): object {
    const box = this.box;
    const ctx = this.ctx;
    const get = () => this.#requireMessage(messageId);
    const run = <T>(method: string, fn: () => T): T => this.#run(`GmailMessage.${method}`, fn);
    const send = (comp: Composition, m: StoredMessage) =>
      this.message(box.send(comp, 'GmailApp', { threadId: m.threadId, inReplyTo: m }).id);
    return {
      getId: () => run('getId', () => messageId),
      getThread: () => run('getThread', () => this.thread(get().threadId)),
      getFrom: () => run('getFrom', () => get().from),
      getTo: () => run('getTo', () => get().to),
      getCc: () => run('getCc', () => get().cc),
      getBcc: () => run('getBcc', () => get().bcc),
      getReplyTo: () => run('getReplyTo', () => get().replyTo),
      getSubject: () => run('getSubject', () => get().subject),
      getDate: () => run('getDate', () => ctx.newDate(get().date)),
      getPlainBody: () => run('getPlainBody', () => get().plainBody),
      /**
       * The HTML body. For a message sent without htmlBody, what Gmail returns is not
       * documented; the escaped text with <br> line breaks is returned.
       */
      getBody: () =>
        run('getBody', () => {
          const m = get();
          return m.htmlBody ?? escapeHtml(m.plainBody).replace(/\r?\n/g, '<br>');
        }),
      getAttachments: () =>
        run('getAttachments', () => this.#array(get().attachments.map((a) => this.attachment(a)))),
      /**
       * Value of an RFC 2822 header, or an empty string when the message has none
       * (https://developers.google.com/apps-script/reference/gmail/gmail-message#getHeader(String)).
       */
      getHeader: (name: string) => run('getHeader', () => header(get(), String(name))),
      getRawContent: () => run('getRawContent', () => toEml(get())),
      isDraft: () => run('isDraft', () => get().labels.has('DRAFT')),
      isInInbox: () => run('isInInbox', () => get().labels.has('INBOX')),
      isInTrash: () => run('isInTrash', () => get().labels.has('TRASH')),
      isUnread: () => run('isUnread', () => false),
      isStarred: () => run('isStarred', () => false),
      reply: (body: unknown, options?: AdvancedOptions) =>
        run('reply', () => send(this.#replyComposition(get(), body, options, false), get())),
      replyAll: (body: unknown, options?: AdvancedOptions) =>
        run('replyAll', () => send(this.#replyComposition(get(), body, options, true), get())),
      createDraftReply: (body: unknown, options?: AdvancedOptions) =>
        run('createDraftReply', () => {
          const m = get();
          const d = box.createDraft(this.#replyComposition(m, body, options, false), {
            threadId: m.threadId,
            inReplyTo: m,
          });
          return this.draft(d.id);
        }),
      createDraftReplyAll: (body: unknown, options?: AdvancedOptions) =>
        run('createDraftReplyAll', () => {
          const m = get();
          const d = box.createDraft(this.#replyComposition(m, body, options, true), {
            threadId: m.threadId,
            inReplyTo: m,
          });
          return this.draft(d.id);
        }),
      /** Forwards the message with its attachments, in the same thread, subject "Fwd: ...". */
      forward: (recipient: string, options?: AdvancedOptions) =>
        run('forward', () => {
          const m = get();
          const comp = composition(recipient, `Fwd: ${m.subject}`, m.plainBody, {
            htmlBody: m.htmlBody ?? undefined,
            ...options,
          });
          return send({ ...comp, attachments: [...m.attachments, ...(comp.attachments ?? [])] }, m);
        }),
      toString: () => 'GmailMessage',
    };
  }

  draft(draftId: string): object {
    const box = this.box;
    const run = <T>(method: string, fn: () => T): T => this.#run(`GmailDraft.${method}`, fn);
    const stored = (): StoredDraft => {
      const d = box.draft(draftId);
      // The real message for a draft already sent or deleted is not documented.
      if (!d) throw this.ctx.newError(`Draft ${draftId} no longer exists`);
      return d;
    };
    const draft = {
      getId: () => run('getId', () => draftId),
      getMessage: () => run('getMessage', () => this.message(stored().messageId)),
      getMessageId: () => run('getMessageId', () => stored().messageId),
      /** Sends the draft; the returned message is in the draft's thread. */
      send: () => run('send', () => this.message(box.sendDraft(stored().id).id)),
      update(recipient: unknown, subject: unknown, body: unknown, options?: AdvancedOptions) {
        run('update', () => {
          stored();
          box.updateDraft(draftId, composition(recipient, subject, body, options));
        });
        return draft;
      },
      deleteDraft: () => run('deleteDraft', () => box.deleteDraft(stored().id)),
      toString: () => 'GmailDraft',
    };
    return draft;
  }

  /** A GmailAttachment: a Blob with getSize() (https://developers.google.com/apps-script/reference/gmail/gmail-attachment). */
  attachment(a: StoredAttachment): object {
    const blob = createBlob(this.ctx, a.bytes, a.mimeType, a.name) as unknown as Record<
      string,
      unknown
    >;
    blob.getSize = () => {
      this.ctx.kernel.call('GmailAttachment.getSize');
      return a.bytes.length;
    };
    return blob;
  }
}

function header(m: StoredMessage, name: string): string {
  switch (name.toLowerCase()) {
    case 'message-id':
      return m.messageIdHeader;
    case 'in-reply-to':
      return m.inReplyTo ?? '';
    case 'references':
      return m.references.join(' ');
    case 'subject':
      return m.subject;
    case 'from':
      return m.from;
    case 'to':
      return m.to;
    case 'cc':
      return m.cc;
    case 'reply-to':
      return m.replyTo;
    case 'date':
      return new Date(m.date).toUTCString().replace('GMT', '+0000');
    default:
      return m.otherHeaders[name.toLowerCase()] ?? '';
  }
}
