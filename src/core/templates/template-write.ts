/**
 * Where and what to write when the sidebar saves a template into the templates tab. Pure: it works
 * on a fresh read of the tab, because the user may have sorted rows or reordered columns since
 * the sidebar loaded it. A template is found by its id, never by the row it had back then.
 */

import type { LocalizedText } from '../localized-text.ts';
import { localized } from '../texts/server-texts.ts';
import {
  parseTemplateRows,
  TEMPLATE_COLUMNS,
  type TemplateColumn,
  type TemplateRow,
  templateColumnIndex,
} from './index.ts';

export interface TemplateWrite {
  /** 1-based row to write (a new row after the last one when the template is new). */
  readonly row: number;
  /** The whole row, as wide as the header, other cells kept as they are. */
  readonly cells: readonly unknown[];
  /** 1-based columns that must be plain text (a subject starting with "=" stays text). */
  readonly textColumns: readonly number[];
}

export type TemplateWritePlan =
  | { readonly ok: true; readonly write: TemplateWrite }
  | { readonly ok: false; readonly message: LocalizedText };

/** Every column but the checkbox holds text. */
const TEXT_COLUMNS: readonly TemplateColumn[] = TEMPLATE_COLUMNS.filter((c) => c !== 'active');

/**
 * `originalId` is the id the template had when the sidebar loaded it (null for a new one); the
 * edit may change stage, segment, language or variant, and so the id.
 */
export function planTemplateWrite(
  grid: readonly (readonly unknown[])[],
  template: TemplateRow,
  originalId: string | null,
): TemplateWritePlan {
  const header = grid[0] ?? [];
  const columns = templateColumnIndex(header);
  const missing = TEMPLATE_COLUMNS.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      message: localized('templateHeaderBroken', { columns: missing.join(', ') }),
    };
  }
  const rowOf = new Map(parseTemplateRows(grid).templates.map((t) => [t.id, t.row]));
  const taken = rowOf.get(template.id);
  const original = originalId === null ? undefined : rowOf.get(originalId);
  if (taken !== undefined && taken !== original) {
    return {
      ok: false,
      message: localized('templateTaken', { row: taken }),
    };
  }
  const row = original ?? taken ?? grid.length + 1;
  const existing = grid[row - 1] ?? [];
  const cells: unknown[] = Array.from({ length: header.length }, (_, i) => existing[i] ?? '');
  const values: Record<TemplateColumn, unknown> = {
    stage: template.stage,
    segment: template.segment,
    language: template.language,
    variant: template.variant,
    subject: template.subject,
    body: template.body,
    active: template.active,
  };
  for (const column of TEMPLATE_COLUMNS) cells[columns[column] as number] = values[column];
  const textColumns = TEXT_COLUMNS.map((c) => (columns[c] as number) + 1);
  return { ok: true, write: { row, cells, textColumns } };
}
