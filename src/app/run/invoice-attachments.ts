/**
 * The invoice files a message carries (README, "Stages and offsets": r2 attaches the invoice, r3
 * and the notice too). Only a PDF whose name carries the invoice number is attached, never the
 * book itself (src/core/invoice-file-rule.ts); a file refused, missing or not accessible is
 * noted on its invoice with what to fix, and per the settings' attachment policy the message
 * goes without it (`send_without`) or is held until it is fixed (`hold`).
 */

import { formatLogDetail } from '../../core/history.ts';
import { invoiceFileRefusal, linkedBookRefusal } from '../../core/invoice-file-rule.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { invoiceFileMissing, invoiceFileReason } from '../../core/texts/server-texts.ts';
import { openDriveFile, readDriveFile } from '../../gas/drive-attachments.ts';
import type { Action, CarryContext } from './carry-context.ts';

type Blob = GoogleAppsScript.Base.Blob;

/** Stages whose e-mail attaches the invoice file. */
const ATTACHING_STAGES = new Set(['r2', 'r3', 'notice']);

/** An invoice whose linked file is not attached. */
interface NotAttached {
  /** For the status note: what is wrong and what to fix. */
  readonly reason: LocalizedText;
  /** For the log: `number: refusal code or Drive's error`. */
  readonly logged: string;
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
  if (!ATTACHING_STAGES.has(action.stage)) return [];
  const { blobs, missing } = fetchFiles(action, ctx);
  if (missing.length === 0) return blobs;
  const { language, attachmentPolicy } = ctx.workbook.settings;
  const reasons = missing.map((m) => m.reason);
  const logged = missing.map((m) => m.logged).join(', ');
  if (attachmentPolicy === 'hold') {
    holdForFiles(action, logged, invoiceFileMissing(reasons, true)[language], ctx);
    return null;
  }
  const text = invoiceFileMissing(reasons, false)[language];
  ctx.journal.note(action, text);
  ctx.journal.tally.failures.push(
    `${action.invoices.map((i) => i.invoice.number).join(', ')}: ${text}`,
  );
  return blobs;
}

/**
 * One Drive read per linked file (its name and type, then its content once accepted); rows
 * without a file attach nothing, and a link to the book itself is refused without reading Drive.
 */
function fetchFiles(action: Action, ctx: CarryContext): Fetched {
  const blobs: Blob[] = [];
  const missing: NotAttached[] = [];
  for (const item of action.invoices) {
    const { fileId, number } = item.invoice;
    if (!fileId) continue;
    const book = linkedBookRefusal(fileId, ctx.workbook.spreadsheetId);
    if (book) {
      missing.push({ reason: invoiceFileReason(number, book), logged: `${number}: ${book.code}` });
      continue;
    }
    ctx.journal.calls.driveReads += 1;
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
