/**
 * "Keep the winner only" from the Statistics view: the other active variants of a stage are
 * switched off in the templates tab (their `active` cell), and the change is logged. It happens
 * under the run lock, on a fresh reading, and only while the comparison still names that variant
 * the winner.
 */

import { formatLogDetail } from '../../core/history.ts';
import { byFoldedNumber, foldInvoiceNumber } from '../../core/invoice-number-key.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { logEntry, USER_RUN_ID } from '../../core/log-entry.ts';
import { readOutcomeLog } from '../../core/outcomes/reminder-events.ts';
import { compareVariants } from '../../core/outcomes/variant-comparison.ts';
import { isStage, type Stage } from '../../core/stage.ts';
import { templateColumnIndex } from '../../core/templates/index.ts';
import { variantsToDeactivate } from '../../core/templates/keep-variant.ts';
import { localized } from '../../core/texts/server-texts.ts';
import { withRunLock } from '../../gas/document-lock.ts';
import { LogWriter } from '../../gas/log-tab.ts';
import { loadPlanContext } from '../run/plan-context.ts';
import { logSheet, templatesSheet, type Workbook } from '../workbook/workbook.ts';

export type KeepVariantOutcome =
  | { readonly ok: true; readonly deactivated: readonly string[] }
  | { readonly ok: false; readonly message: LocalizedText };

export function keepVariantOnly(
  workbook: Workbook,
  stage: string,
  variant: string,
): KeepVariantOutcome {
  if (!isStage(stage) || !/^[A-Z0-9]{1,3}$/.test(variant)) {
    return {
      ok: false,
      message: localized('unknownStageOrVariant', { stage, variant }),
    };
  }
  const result = withRunLock(workbook.spreadsheet, workbook.metadata, () =>
    keepUnderLock(workbook, stage, variant),
  );
  return result ?? { ok: false, message: localized('runInProgress') };
}

function keepUnderLock(workbook: Workbook, stage: Stage, variant: string): KeepVariantOutcome {
  const templatesTab = templatesSheet(workbook);
  const logTab = logSheet(workbook);
  if (!templatesTab) return { ok: false, message: localized('templatesTabMissing') };
  if (!logTab) return { ok: false, message: localized('logTabMissing') };
  const context = loadPlanContext(workbook);
  const templates = context.templates?.templates ?? [];
  const paid = byFoldedNumber(context.planInput.invoices.map((i) => [i.number, i.paidDate]));
  const comparison = compareVariants(
    templates,
    readOutcomeLog(context.planInput.log),
    (number) => paid.get(foldInvoiceNumber(number)) ?? null,
    context.today,
  ).find((c) => c.stage === stage);
  if (comparison?.verdict !== 'winner' || comparison.winner !== variant) {
    return {
      ok: false,
      message: localized('variantNotWinner', { stage, variant }),
    };
  }
  const off = variantsToDeactivate(templates, stage, variant);
  const header = templatesTab.getRange(1, 1, 1, templatesTab.getLastColumn()).getValues()[0] ?? [];
  const activeColumn = templateColumnIndex(header).active;
  if (off.length === 0 || activeColumn === undefined || !context.log) {
    return { ok: true, deactivated: [] };
  }
  // One read and one write of the `active` column; the rows were read a moment ago under the
  // same lock, so their numbers still hold.
  const rows = off.map((t) => t.row).filter((row): row is number => row !== undefined);
  if (rows.length === 0) return { ok: true, deactivated: [] };
  const last = Math.max(...rows);
  const column = templatesTab.getRange(1, activeColumn + 1, last, 1);
  const cells = column.getValues();
  for (const row of rows) cells[row - 1] = [false];
  column.setValues(cells);
  new LogWriter(logTab, context.log).append([
    logEntry({
      at: new Date().toISOString(),
      date: context.today,
      runId: USER_RUN_ID,
      outcome: 'templates_changed',
      stage,
      variant,
      detail: formatLogDetail({
        by: 'user',
        kept: variant,
        deactivated: off.map((t) => t.id).join(' '),
        pValue: (comparison.pValue ?? 0).toFixed(4),
      }),
    }),
  ]);
  return { ok: true, deactivated: off.map((t) => t.id) };
}
