/**
 * Saves a template edited in the sidebar into the templates tab, which stays the source of truth.
 * One read of the tab just before writing and one write of the row (plus the plain-text format of
 * its text cells), matched by template id on that fresh read.
 */

import type { LocalizedText } from '../../core/localized-text.ts';
import { type TemplateRow, validateTemplate } from '../../core/templates/index.ts';
import type { TemplateError } from '../../core/templates/template-error.ts';
import { planTemplateWrite } from '../../core/templates/template-write.ts';
import { localized } from '../../core/texts/server-texts.ts';
import { PLAIN_TEXT_FORMAT } from '../../gas/log-tab.ts';
import { templatesSheet, type Workbook } from '../workbook/workbook.ts';

export type SaveTemplateOutcome =
  | { readonly ok: true; readonly row: number }
  | { readonly ok: false; readonly issues: readonly TemplateError[] }
  | { readonly ok: false; readonly message: LocalizedText };

export function saveTemplate(
  workbook: Workbook,
  template: TemplateRow,
  originalId: string | null,
): SaveTemplateOutcome {
  const issues = validateTemplate(template);
  if (issues.length > 0) return { ok: false, issues };
  const sheet = templatesSheet(workbook);
  if (!sheet) return { ok: false, message: localized('templatesTabMissing') };
  const plan = planTemplateWrite(sheet.getDataRange().getValues(), template, originalId);
  if (!plan.ok) return { ok: false, message: plan.message };
  const { row, cells, textColumns } = plan.write;
  const range = sheet.getRange(row, 1, 1, cells.length);
  // The "@" number format keeps a cell's content as text, so a subject starting with "=" never
  // becomes a formula; the row's other cells keep their formats.
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormats(Object)
  const formats = (range.getNumberFormats()[0] ?? []).map((format, i) =>
    textColumns.includes(i + 1) ? PLAIN_TEXT_FORMAT : format,
  );
  range.setNumberFormats([formats]);
  range.setValues([[...cells]]);
  return { ok: true, row };
}
