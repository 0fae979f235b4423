/**
 * Reading the notes' sources for a run or the sidebar: the quotes tab (a tab named for quotes
 * whose headers say so) and the hidden plans tab, one read each and only when they exist.
 */

import { foldText } from '../../core/parse/fold-text.ts';
import { detectQuoteColumns, looksLikeQuotesTab } from '../../core/quotes/quote-columns.ts';
import { readQuotes } from '../../core/quotes/read-quotes.ts';
import type { Settings } from '../../core/settings.ts';
import { localized } from '../../core/texts/server-texts.ts';
import { findPlansTab, readPlans } from '../../gas/plans-tab.ts';
import { readValues } from '../../gas/tab-reader.ts';
import type { DateConverter } from '../../gas/zoned-date.ts';
import { defaultCurrencyOf } from './invoice-source.ts';
import type { NoteSources, QuoteReading } from './run-notes.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sources, and the quotes tab to write the status columns back to. */
export interface NoteTabs {
  readonly sources: NoteSources;
  readonly quotesSheet: Sheet | null;
  /** The quotes tab as read, header first (its status cells among them). */
  readonly quotesRead: readonly (readonly unknown[])[] | null;
}

const QUOTE_TAB_WORDS = ['devis', 'quote', 'quotes', 'estimate', 'estimates', 'quotation'];

/**
 * The quotes tab: the one the user picked in the Start guide, else a tab named for quotes
 * (`Devis`, `Quotes`, `Devis 2026` …) whose header row has a quote-number and an
 * acceptance-deadline column. Optional: without one, no quote features.
 */
export function findQuotesTab(
  sheets: readonly Sheet[],
  exclude: readonly Sheet[],
  chosen: string | null = null,
): { readonly sheet: Sheet; readonly values: unknown[][] } | null {
  const excluded = new Set(exclude.map((s) => s.getSheetId()));
  if (chosen !== null) {
    const sheet = sheets.find((s) => s.getName() === chosen && !excluded.has(s.getSheetId()));
    return sheet ? { sheet, values: readValues(sheet) } : null;
  }
  for (const sheet of sheets) {
    if (excluded.has(sheet.getSheetId())) continue;
    const words = foldText(sheet.getName()).split(' ');
    if (!words.some((w) => QUOTE_TAB_WORDS.includes(w))) continue;
    const values = readValues(sheet);
    if (looksLikeQuotesTab(values[0] ?? [])) return { sheet, values };
  }
  return null;
}

export function readNoteSources(
  sheets: readonly Sheet[],
  exclude: readonly Sheet[],
  reading: { readonly toDay: DateConverter; readonly locale: string; readonly settings: Settings },
  countRead: () => void,
): NoteTabs {
  const { settings } = reading;
  const found = findQuotesTab(sheets, exclude, settings.quotesSheet);
  let quotes: QuoteReading | null = null;
  if (found) {
    countRead();
    const sheet = found.sheet.getName();
    const read = readQuotes(found.values, {
      dateOfCell: reading.toDay,
      locale: reading.locale,
      language: settings.language,
      defaultCurrency: defaultCurrencyOf(settings.country),
      sheet,
      overrides: settings.quoteColumnOverrides,
    });
    const headers = (found.values[0] ?? []).map((h) => String(h).trim()).filter((h) => h !== '');
    quotes = { ...read, rowErrors: read.errors, sheet, headers };
  } else if (settings.quotesSheet !== null) {
    quotes = goneQuotesTab(settings.quotesSheet);
  }
  const plansTab = findPlansTab(sheets);
  if (plansTab) countRead();
  const plans = readPlans(plansTab).filter((p) => !p.cancelled);
  return {
    sources: { quotes, plans },
    quotesSheet: found?.sheet ?? null,
    quotesRead: found?.values ?? null,
  };
}

/** The chosen quotes tab no longer exists: no quote is read, and the user is told. */
function goneQuotesTab(sheet: string): QuoteReading {
  return {
    quotes: [],
    rowErrors: [],
    keyHeader: null,
    problem: localized('quotesTabGone', { sheet }),
    columns: detectQuoteColumns([]),
    sheet,
    headers: [],
  };
}
