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
import type { FetchedRates } from '../../core/rates/rate-refresh.ts';
import type { Settings } from '../../core/settings.ts';
import { type LegacyState, readLegacyState, SETUP_KEY } from '../../gas/document-store.ts';
import { readFetchedRates } from '../../gas/fetched-rates-store.ts';
import {
  readStoredSettings,
  SETTINGS_METADATA_KEY,
  type StoredSettings,
  writeSettings,
} from '../../gas/settings-store.ts';
import { activeSpreadsheet } from '../../gas/spreadsheet-locator.ts';
import { type MetadataSnapshot, readMetadata } from '../../gas/spreadsheet-metadata.ts';
import { readTriggerOwner, type TriggerOwner } from '../../gas/trigger-owner.ts';

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
  /**
   * The id of the log tab Relance asked Sheets to warn before hand edits of (app/workbook/
   * log-warning.ts), null until it did: a log tab created again gets its own warning.
   */
  readonly logWarningSheetId: number | null;
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
  /** Relance's values kept inside the spreadsheet: settings, set-up state, trigger owner, last run. */
  readonly metadata: MetadataSnapshot;
  readonly stored: StoredSettings;
  /** What the run obeys (`stored.settings`). */
  readonly settings: Settings;
  /** Central-bank rates of the monthly refresh, stored beside the settings. */
  readonly fetchedRates: FetchedRates;
  /** False until settings were saved once (set-up never ran in this document). */
  readonly configured: boolean;
  readonly setup: SetupState;
  /** Who installed the daily trigger of this spreadsheet, when one did. */
  readonly triggerOwner: TriggerOwner | null;
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
    logWarningSheetId: num(r.logWarningSheetId),
  };
}

function parsed(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const NO_LEGACY: LegacyState = { settings: undefined, setup: undefined };

export function openWorkbook(
  spreadsheet: Spreadsheet,
  metadataItems?: readonly GoogleAppsScript.Spreadsheet.DeveloperMetadata[],
): Workbook {
  const spreadsheetId = spreadsheet.getId();
  const metadata = readMetadata(spreadsheet, metadataItems);
  const hasSettings = metadata.values(SETTINGS_METADATA_KEY).length > 0;
  const hasSetup = metadata.values(SETUP_KEY).length > 0;
  // State of an earlier version, read only while the spreadsheet holds none, and copied there.
  const legacy = hasSettings && hasSetup ? NO_LEGACY : readLegacyState(spreadsheetId);
  const stored = readStoredSettings(metadata, legacy.settings);
  if (!hasSettings && legacy.settings !== undefined) writeSettings(metadata, stored.settings);
  const setupValue = parsed(metadata.values(SETUP_KEY)[0]) ?? legacy.setup;
  if (!hasSetup && legacy.setup !== undefined)
    metadata.write(SETUP_KEY, JSON.stringify(legacy.setup));
  return storedState(
    {
      spreadsheet,
      spreadsheetId,
      timeZone: spreadsheet.getSpreadsheetTimeZone(),
      metadata,
      sheets: spreadsheet.getSheets(),
    },
    stored,
    setupValue,
  );
}

type Opened = Pick<Workbook, 'spreadsheet' | 'spreadsheetId' | 'timeZone' | 'metadata' | 'sheets'>;

function storedState(opened: Opened, stored: StoredSettings, setupValue: unknown): Workbook {
  return {
    ...opened,
    stored,
    settings: stored.settings,
    fetchedRates: readFetchedRates(opened.metadata),
    configured: stored.state !== 'absent',
    setup: setupFrom(setupValue, opened.spreadsheetId),
    triggerOwner: readTriggerOwner(opened.metadata),
  };
}

/**
 * The workbook as opening it again would find it after writes through its own metadata (settings,
 * trigger owner, set-up state), read from what those writes left in memory: no service call. Tabs
 * added or removed since are not in it.
 */
export function rereadWorkbook(workbook: Workbook): Workbook {
  const { spreadsheet, spreadsheetId, timeZone, metadata, sheets } = workbook;
  return storedState(
    { spreadsheet, spreadsheetId, timeZone, metadata, sheets },
    readStoredSettings(metadata, undefined),
    parsed(metadata.values(SETUP_KEY)[0]),
  );
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
  workbook.metadata.write(SETUP_KEY, JSON.stringify(next));
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
