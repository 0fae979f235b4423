/**
 * The invoice files a message carries (README, "Stages and offsets": r2 attaches the invoice, r3
 * and the notice too). A file that is missing or not accessible is noted on its invoice; per the
 * settings' attachment policy the message goes without it (`send_without`) or is held until the
 * file can be read (`hold`).
 */

import { formatLogDetail } from '../../core/history.ts';
import { invoiceFileMissing } from '../../core/texts/server-texts.ts';
import { fetchAttachment } from '../../gas/drive-attachments.ts';
import type { Action, CarryContext } from './carry-context.ts';

type Blob = GoogleAppsScript.Base.Blob;

/** Stages whose e-mail attaches the invoice file. */
const ATTACHING_STAGES = new Set(['r2', 'r3', 'notice']);

interface Fetched {
  readonly blobs: Blob[];
  /** `number: error` of each invoice whose file could not be read. */
  readonly missing: string[];
}

/**
 * The files to attach, or null when a missing file holds the message (policy `hold`): then a
 * `skipped` row says why and the reminder is planned again on the next run.
 */
export function attachmentsFor(action: Action, ctx: CarryContext): Blob[] | null {
  if (!ATTACHING_STAGES.has(action.stage)) return [];
  const { blobs, missing } = fetchFiles(action, ctx);
  if (missing.length === 0) return blobs;
  const { language, attachmentPolicy } = ctx.workbook.settings;
  if (attachmentPolicy === 'hold') {
    holdForFiles(action, missing, invoiceFileMissing(missing, true)[language], ctx);
    return null;
  }
  const text = invoiceFileMissing(missing, false)[language];
  ctx.journal.note(action, text);
  ctx.journal.tally.failures.push(
    `${action.invoices.map((i) => i.invoice.number).join(', ')}: ${text}`,
  );
  return blobs;
}

/** One Drive read per linked file; rows without a file attach nothing. */
function fetchFiles(action: Action, ctx: CarryContext): Fetched {
  const blobs: Blob[] = [];
  const missing: string[] = [];
  for (const item of action.invoices) {
    const fileId = item.invoice.fileId;
    if (!fileId) continue;
    ctx.journal.calls.driveReads += 1;
    const fetched = fetchAttachment(fileId);
    if (fetched.ok) blobs.push(fetched.blob);
    else missing.push(`${item.invoice.number}: ${fetched.error}`);
  }
  return { blobs, missing };
}

function holdForFiles(
  action: Action,
  missing: readonly string[],
  note: string,
  ctx: CarryContext,
): void {
  ctx.journal.record(action, 'skipped', {
    detail: formatLogDetail({
      reason: 'attachment_missing',
      policy: 'hold',
      error: missing.join(', '),
    }),
  });
  ctx.journal.fail(action, note);
}
