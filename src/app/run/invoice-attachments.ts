/**
 * The invoice files a message carries (README, "Stages and offsets": r2 attaches the invoice, r3
 * and the notice too). Only a PDF whose name carries the invoice number is attached, never the
 * book itself (src/core/invoice-file-rule.ts); a file refused, missing or not accessible is
 * noted on its invoice with what to fix, and per the settings' attachment policy the message
 * goes without it (`send_without`) or is held until it is fixed (`hold`).
 *
 * The template preview and the test e-mails go through the same check (`checkInvoiceFiles`), so
 * they never count as attached a file the run would refuse, and show the note the run would write.
 */

import { formatLogDetail } from '../../core/history.ts';
import type { Invoice } from '../../core/invoice.ts';
import { invoiceFileRefusal, linkedBookRefusal } from '../../core/invoice-file-rule.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import type { AttachmentPolicy } from '../../core/settings.ts';
import type { MessageStage } from '../../core/stage.ts';
import { invoiceFileMissing, invoiceFileReason } from '../../core/texts/server-texts.ts';
import { type OpenedDriveFile, openDriveFile, readDriveFile } from '../../gas/drive-attachments.ts';
import type { Action, CarryContext } from './carry-context.ts';

type Blob = GoogleAppsScript.Base.Blob;
type Opened = Extract<OpenedDriveFile, { ok: true }>;

/** Stages whose e-mail attaches the invoice file. */
const ATTACHING_STAGES: ReadonlySet<MessageStage> = new Set(['r2', 'r3', 'notice']);

/** An invoice whose linked file is not attached. */
interface NotAttached {
  /** For the status note: what is wrong and what to fix. */
  readonly reason: LocalizedText;
  /** For the log: `number: refusal code or Drive's error`. */
  readonly logged: string;
}

/** The run's rule applied to a message's linked files, nothing of their content read yet. */
export interface CheckedFiles {
  /** The files the rule accepts, with the invoice each is for. */
  readonly accepted: readonly { readonly number: string; readonly opened: Opened }[];
  readonly missing: readonly NotAttached[];
}

interface Fetched {
  readonly blobs: Blob[];
  readonly missing: NotAttached[];
}

/**
 * The files to attach, or null when a file not attached holds the message (policy `hold`): then
 * a `skipped` row says why and the reminder is planned again on the next run.
 */
export function attachmentsFor(action: Action, ctx: CarryContext): Blob[] | null {
  const checked = checkInvoiceFiles(
    action.stage,
    action.invoices.map((item) => item.invoice),
    ctx.workbook.spreadsheetId,
    () => {
      ctx.journal.calls.driveReads += 1;
    },
  );
  const { blobs, missing } = readInvoiceFiles(checked);
  if (missing.length === 0) return blobs;
  const { language, attachmentPolicy } = ctx.workbook.settings;
  const logged = missing.map((m) => m.logged).join(', ');
  const note = notAttachedNote(missing, attachmentPolicy);
  if (attachmentPolicy === 'hold') {
    holdForFiles(action, logged, note[language], ctx);
    return null;
  }
  ctx.journal.note(action, note[language]);
  ctx.journal.tally.failures.push(
    `${action.invoices.map((i) => i.invoice.number).join(', ')}: ${note[language]}`,
  );
  return blobs;
}

/** What the note of the invoices says when linked files are not attached, under `policy`. */
export function notAttachedNote(
  missing: readonly NotAttached[],
  policy: AttachmentPolicy,
): LocalizedText {
  return invoiceFileMissing(
    missing.map((m) => m.reason),
    policy === 'hold',
  );
}

/**
 * One Drive look-up per linked file of a message of `stage` (its name and type), judged by the
 * rule of src/core/invoice-file-rule.ts; a stage that attaches nothing looks nothing up, rows
 * without a file attach nothing, and a link to the book itself is refused without asking Drive.
 */
export function checkInvoiceFiles(
  stage: MessageStage,
  invoices: readonly Invoice[],
  bookId: string,
  onDriveRead: () => void = () => {},
): CheckedFiles {
  const accepted: { number: string; opened: Opened }[] = [];
  const missing: NotAttached[] = [];
  if (!ATTACHING_STAGES.has(stage)) return { accepted, missing };
  for (const { fileId, number } of invoices) {
    if (!fileId) continue;
    const book = linkedBookRefusal(fileId, bookId);
    if (book) {
      missing.push({ reason: invoiceFileReason(number, book), logged: `${number}: ${book.code}` });
      continue;
    }
    onDriveRead();
    const opened = openDriveFile(fileId);
    if (!opened.ok) {
      missing.push({
        reason: invoiceFileReason(number, { code: 'not_found' }),
        logged: `${number}: ${opened.error}`,
      });
      continue;
    }
    const refusal = invoiceFileRefusal(opened.file, number);
    if (refusal) {
      missing.push({
        reason: invoiceFileReason(number, refusal),
        logged: `${number}: ${refusal.code} (${opened.file.mimeType})`,
      });
      continue;
    }
    accepted.push({ number, opened });
  }
  return { accepted, missing };
}

/** The content of the accepted files; one that cannot be read is missing like a refused one. */
export function readInvoiceFiles(checked: CheckedFiles): Fetched {
  const blobs: Blob[] = [];
  const missing = [...checked.missing];
  for (const { number, opened } of checked.accepted) {
    const read = readDriveFile(opened);
    if (read.ok) blobs.push(read.blob);
    else {
      missing.push({
        reason: invoiceFileReason(number, { code: 'not_found' }),
        logged: `${number}: ${read.error}`,
      });
    }
  }
  return { blobs, missing };
}

function holdForFiles(action: Action, logged: string, note: string, ctx: CarryContext): void {
  ctx.journal.record(action, 'skipped', {
    detail: formatLogDetail({
      reason: 'attachment_missing',
      policy: 'hold',
      error: logged,
    }),
  });
  ctx.journal.fail(action, note);
}

/** What a message made outside the run (the preview, a test e-mail) would carry. */
export interface PreviewedFiles {
  /** The files the run would attach; their content is read only when asked (`withContent`). */
  readonly names: readonly string[];
  readonly blobs: readonly Blob[];
  /** The note the run would write for the files it would not attach; null when none. */
  readonly note: LocalizedText | null;
}

/**
 * The invoice files the run would attach to a message of `stage` about `invoice` today, by the
 * run's own check: a preview needs only their names (one Drive look-up per file), a test e-mail
 * their content too.
 */
export function previewedFiles(
  stage: MessageStage,
  invoice: Invoice,
  book: {
    readonly spreadsheetId: string;
    readonly settings: { readonly attachmentPolicy: AttachmentPolicy };
  },
  withContent: boolean,
): PreviewedFiles {
  const checked = checkInvoiceFiles(stage, [invoice], book.spreadsheetId);
  const { blobs, missing } = withContent
    ? readInvoiceFiles(checked)
    : { blobs: [], missing: checked.missing };
  const names = withContent
    ? blobs.map((blob) => blob.getName() ?? '')
    : checked.accepted.map((file) => file.opened.file.name);
  return {
    names,
    blobs,
    note: missing.length === 0 ? null : notAttachedNote(missing, book.settings.attachmentPolicy),
  };
}
