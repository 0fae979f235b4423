/**
 * The invoices tab read into invoices and row errors by the core (read-invoices.ts), from the
 * one batched read of the tab.
 */

import type { ColumnMapping } from '../../core/columns/column-mapping.ts';
import { isMappingComplete } from '../../core/columns/column-mapping.ts';
import type { Invoice, RowError } from '../../core/invoice.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { readInvoices } from '../../core/read-invoices.ts';
import type { Settings } from '../../core/settings.ts';
import { localized } from '../../core/texts/server-texts.ts';
import type { DateConverter } from '../../gas/zoned-date.ts';

export interface InvoiceSource {
  readonly invoices: readonly Invoice[];
  readonly rowErrors: readonly RowError[];
  /**
   * The tab's rows as read, header first: the mapped columns (and for the run the status
   * columns); other cells are blank.
   */
  readonly values: readonly (readonly unknown[])[];
  readonly mapping: ColumnMapping | null;
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

/**
 * Currency of amounts typed without one: the default country's (`settings.country`, the clients'
 * usual country), as every version of Relance has read it. The establishment would be the more
 * natural guess for a new book, but it defaults to France and set-up never asks it: books whose
 * default country is the United Kingdom would switch from pounds to euros without a word.
 */
export function defaultCurrencyOf(country: string): string {
  const byCountry: Readonly<Record<string, string>> = {
    GB: 'GBP',
    US: 'USD',
    CA: 'CAD',
    CH: 'CHF',
  };
  return byCountry[country.toUpperCase()] ?? 'EUR';
}

export function readInvoiceSource(reading: SheetReading, settings: Settings): InvoiceSource {
  const read = readInvoices(reading.values, {
    overrides: settings.columnOverrides,
    dateOfCell: reading.toDay,
    locale: reading.locale,
    language: settings.language,
    defaultCurrency: defaultCurrencyOf(settings.country),
    defaultCustomerKind: settings.defaultCustomerKind,
  });
  const { mapping } = read;
  let problem: LocalizedText | null = null;
  if (!isMappingComplete(mapping)) {
    const ambiguous = Object.keys(mapping.ambiguous);
    const fields = [
      ...mapping.missing,
      ...ambiguous.filter((f) => !mapping.missing.includes(f as never)),
    ];
    problem = localized('columnsToCheck', { fields: fields.join(', ') });
  }
  return {
    invoices: read.invoices,
    rowErrors: read.errors,
    values: reading.values,
    mapping,
    keyHeader: mapping.columns.number?.header ?? null,
    problem,
  };
}
