/**
 * The spreadsheet Relance works on, with its stored state read once: settings, set-up state and
 * where its tabs are. Every use case (the daily run, set-up, sidebar actions) starts here.
 *
 * Tabs are remembered by sheet id, which survives renaming
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetId()), and found
 * by their default names as a fallback.
 */

import type { Language } from '../../core/invoice.ts';
import { isRecord } from '../../core/is-record.ts';
import { type FetchedRates, fetchedRatesFrom } from '../../core/rates/rate-refresh.ts';
import type { Settings } from '../../core/settings.ts';
import type { DocumentStore, StoreSnapshot } from '../../gas/document-store.ts';
import { FETCHED_RATES_KEY, openDocumentStore, SETUP_KEY } from '../../gas/document-store.ts';
import { hasStoredSettings, settingsFrom } from '../../gas/settings-store.ts';
import { activeSpreadsheet } from '../../gas/spreadsheet-locator.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What set-up stored about the document. */
export interface SetupState {
  readonly spreadsheetId: string;
  readonly templatesSheetId: number | null;
  readonly logSheetId: number | null;
  /** ISO instant set-up last completed, null when it never did. */
  readonly setUpAt: string | null;
  /** ISO instant of the last test the user sent to themselves. */
  readonly testSentAt: string | null;
}

export const TAB_NAMES: Readonly<Record<'templates' | 'log' | 'sample', Record<Language, string>>> =
  {
    templates: { fr: 'Relance · modèles', en: 'Relance · templates' },
    log: { fr: 'Relance · journal', en: 'Relance · log' },
    sample: { fr: 'Factures (exemple)', en: 'Invoices (sample)' },
  };

export interface Workbook {
  readonly spreadsheet: Spreadsheet;
  readonly spreadsheetId: string;
  /** The spreadsheet's time zone: the user's calendar for "today" and for date cells. */
  readonly timeZone: string;
  readonly store: DocumentStore;
  readonly snapshot: StoreSnapshot;
  readonly settings: Settings;
  /** Central-bank rates of the monthly refresh, stored beside the settings. */
  readonly fetchedRates: FetchedRates;
  /** False until settings were saved once (set-up never ran in this document). */
  readonly configured: boolean;
  readonly setup: SetupState;
  /** Every tab, read once (getSheets). */
  readonly sheets: readonly Sheet[];
}

function setupFrom(raw: unknown, spreadsheetId: string): SetupState {
  const r = isRecord(raw) ? raw : {};
  const num = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return {
    spreadsheetId,
    templatesSheetId: num(r.templatesSheetId),
    logSheetId: num(r.logSheetId),
    setUpAt: str(r.setUpAt),
    testSentAt: str(r.testSentAt),
  };
}

export function openWorkbook(spreadsheet: Spreadsheet): Workbook {
  const spreadsheetId = spreadsheet.getId();
  const store = openDocumentStore(spreadsheetId);
  const snapshot = store.read();
  return {
    spreadsheet,
    spreadsheetId,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    store,
    snapshot,
    settings: settingsFrom(snapshot),
    fetchedRates: fetchedRatesFrom(snapshot.get(FETCHED_RATES_KEY)),
    configured: hasStoredSettings(snapshot),
    setup: setupFrom(snapshot.get(SETUP_KEY), spreadsheetId),
    sheets: spreadsheet.getSheets(),
  };
}

/** The workbook of the active spreadsheet (menus and sidebar calls have one). */
export function activeWorkbook(): Workbook {
  return openWorkbook(activeSpreadsheet());
}

export function saveSetupState(
  workbook: Workbook,
  patch: Partial<Omit<SetupState, 'spreadsheetId'>>,
): SetupState {
  const next: SetupState = { ...workbook.setup, ...patch, spreadsheetId: workbook.spreadsheetId };
  workbook.store.writeMirrored(SETUP_KEY, next);
  return next;
}

function byId(sheets: readonly Sheet[], id: number | null): Sheet | null {
  if (id === null) return null;
  return sheets.find((s) => s.getSheetId() === id) ?? null;
}

function byNames(sheets: readonly Sheet[], names: readonly string[]): Sheet | null {
  const wanted = names.map((n) => n.trim().toLowerCase());
  return sheets.find((s) => wanted.includes(s.getName().trim().toLowerCase())) ?? null;
}

export function templatesSheet(workbook: Workbook): Sheet | null {
  return (
    byId(workbook.sheets, workbook.setup.templatesSheetId) ??
    byNames(workbook.sheets, Object.values(TAB_NAMES.templates))
  );
}

export function logSheet(workbook: Workbook): Sheet | null {
  return (
    byId(workbook.sheets, workbook.setup.logSheetId) ??
    byNames(workbook.sheets, Object.values(TAB_NAMES.log))
  );
}

/** The invoices tab named in the settings, or null when none is chosen or it is gone. */
export function invoicesSheet(workbook: Workbook): Sheet | null {
  const name = workbook.settings.invoicesSheet;
  return name === null ? null : byNames(workbook.sheets, [name]);
}
