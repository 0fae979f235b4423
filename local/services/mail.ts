/**
 * MailApp (https://developers.google.com/apps-script/reference/mail/mail-app): sends through the
 * same Mailbox as GmailApp, so both share the daily recipients quota, as on Google's servers
 * (https://developers.google.com/apps-script/guides/services/quotas counts "Email recipients per
 * day" for the user, whichever service sends).
 */
import type { ExecutionContext, ServiceModule } from '../service-module.ts';
import { inRealm, signatureError } from './gmail/facade-support.ts';
import { readAttachments } from './gmail/gmail-app.ts';
import type { Composition, Mailbox } from './gmail/mailbox.ts';
import { Authorization } from './script-app.ts';

export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';

/** The message object of MailApp.sendEmail(message). */
interface MailMessage {
  to?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

function fromMessage(m: MailMessage): Composition {
  return {
    to: String(m.to ?? ''),
    cc: m.cc,
    bcc: m.bcc,
    replyTo: m.replyTo,
    subject: String(m.subject ?? ''),
    plainBody: String(m.body ?? ''),
    htmlBody: m.htmlBody ?? null,
    name: m.name,
    noReply: m.noReply,
    attachments: readAttachments(m.attachments),
  };
}

/** Reads the four documented overloads of MailApp.sendEmail. */
function readSendArgs(args: unknown[]): Composition | null {
  const [a, b, c, d] = args;
  if (args.length === 1 && typeof a === 'object' && a !== null)
    return fromMessage(a as MailMessage);
  if (args.length === 3)
    return fromMessage({ to: a as string, subject: b as string, body: c as string });
  if (args.length === 4 && typeof d === 'object' && d !== null) {
    return fromMessage({
      ...(d as MailMessage),
      to: a as string,
      subject: b as string,
      body: c as string,
    });
  }
  if (args.length === 4) {
    return fromMessage({
      to: a as string,
      replyTo: b as string,
      subject: c as string,
      body: d as string,
    });
  }
  return null;
}

/** Latency estimates in ms (see GMAIL_LATENCY). */
export const MAIL_LATENCY: Readonly<Record<string, number>> = {
  'MailApp.sendEmail': 500,
  'MailApp.getRemainingDailyQuota': 50,
};

export class MailModule implements ServiceModule {
  constructor(
    readonly mailbox: Mailbox,
    readonly authorization: Authorization = new Authorization(),
  ) {}

  globals(ctx: ExecutionContext): Record<string, unknown> {
    const box = this.mailbox;
    const enter = (method: string) => {
      ctx.kernel.call(method);
      this.authorization.check(ctx, method, SEND_MAIL_SCOPE);
    };
    const MailApp = {
      sendEmail(...args: unknown[]): void {
        enter('MailApp.sendEmail');
        const comp = readSendArgs(args);
        if (comp === null) throw signatureError(ctx, 'MailApp.sendEmail', args);
        inRealm(ctx, () => box.send(comp, 'MailApp'));
      },
      /** Recipients left in the current 24-hour window. */
      getRemainingDailyQuota(): number {
        enter('MailApp.getRemainingDailyQuota');
        return box.remainingQuota();
      },
      toString: () => 'MailApp',
    };
    return { MailApp };
  }
}
