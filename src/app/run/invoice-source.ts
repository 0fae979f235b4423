/**
 * The invoices tab read into invoices and row errors by the core, from one batched read.
 * Placeholder until the core's reader lands: see readInvoiceSource.
 */

import type { ColumnMapping } from '../../core/columns/column-mapping.ts';
import type { Invoice, RowError } from '../../core/invoice.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import type { Settings } from '../../core/settings.ts';
import type { DateConverter } from '../../gas/zoned-date.ts';

export interface InvoiceSource {
  readonly invoices: readonly Invoice[];
  readonly rowErrors: readonly RowError[];
  readonly mapping: ColumnMapping | null;
  /** 0-based row of the headers. */
  readonly headerRow: number;
  /** Header text of the invoice-number column, to find it again when writing statuses. */
  readonly keyHeader: string | null;
  /** Set when the tab cannot be read at all (required columns missing or ambiguous). */
  readonly problem: LocalizedText | null;
}

export interface SheetReading {
  readonly values: readonly (readonly unknown[])[];
  readonly toDay: DateConverter;
  /** Spreadsheet locale (e.g. `fr_FR`), for day/month order of typed dates. */
  readonly locale: string;
}

export function readInvoiceSource(_reading: SheetReading, _settings: Settings): InvoiceSource {
  return {
    invoices: [],
    rowErrors: [],
    mapping: null,
    headerRow: 0,
    keyHeader: null,
    problem: { fr: 'Lecteur de factures indisponible.', en: 'Invoice reader unavailable.' },
  };
}
