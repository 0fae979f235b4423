import type { InvoiceField, RequiredField } from './invoice-fields.ts';
import { REQUIRED_FIELDS } from './invoice-fields.ts';

/** One column of the header row: its 0-based index and its header as written (trimmed). */
export interface HeaderColumn {
  readonly index: number;
  readonly header: string;
}

/**
 * Which column holds which field. Plain JSON, so the sidebar can show it and the settings can
 * store a corrected version of it as overrides.
 */
export interface ColumnMapping {
  readonly columns: Readonly<Partial<Record<InvoiceField, HeaderColumn>>>;
  /** Required fields no column was found for (ambiguous ones are listed in `ambiguous` instead). */
  readonly missing: readonly RequiredField[];
  /** Fields left unmapped because several columns could hold them, with the candidates. */
  readonly ambiguous: Readonly<Partial<Record<InvoiceField, readonly HeaderColumn[]>>>;
  /** Columns that match no field; they are left alone. Blank headers are not listed. */
  readonly unknown: readonly HeaderColumn[];
  /** Overrides naming a header that is not in the header row. */
  readonly unmatchedOverrides: readonly InvoiceField[];
}

/** True when every required field has a column, so rows can be read. */
export function isMappingComplete(mapping: ColumnMapping): boolean {
  return REQUIRED_FIELDS.every((field) => mapping.columns[field] !== undefined);
}

/**
 * The 0-based columns the invoice rows are read from: the mapped ones, none when a required field
 * has no column (nothing is read then).
 *
 * @example mappedColumns(detectColumns(['N°', 'Client', 'Notes', 'E-mail', 'Montant', 'Échéance'], {}))
 * // → [0, 1, 3, 4, 5]
 */
export function mappedColumns(mapping: ColumnMapping): number[] {
  if (!isMappingComplete(mapping)) return [];
  return Object.values(mapping.columns).flatMap((column) => (column ? [column.index] : []));
}
