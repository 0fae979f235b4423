/**
 * Set-up: makes a spreadsheet ready for the daily run.
 * - finds (or takes the user's choice of) the invoices tab and checks its column mapping;
 * - creates the templates tab with the default French and English templates and the log tab,
 *   formatted (src/gas/new-tabs.ts);
 * - can create a sample invoices tab for a first try (src/core/sample-invoices.ts);
 * - saves settings (test mode on for a new document) and remembers the spreadsheet for triggers.
 * Existing tabs are never overwritten: running set-up again repairs what is missing.
 */

import type { ColumnMapping } from '../../core/columns/column-mapping.ts';
import { isMappingComplete } from '../../core/columns/column-mapping.ts';
import { detectColumns } from '../../core/columns/detect-columns.ts';
import type { Language } from '../../core/invoice.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { LOG_COLUMNS, logHeaders } from '../../core/log/log-rows.ts';
import { sampleInvoices } from '../../core/sample-invoices.ts';
import type { Settings } from '../../core/settings.ts';
import { templateTabRows } from '../../core/templates/index.ts';
import { localized } from '../../core/texts/server-texts.ts';
import { readDefaultTemplates } from '../../gas/default-templates-file.ts';
import { LOG_STATE_TAB_NAMES } from '../../gas/log-state-tab.ts';
import { insertInvoicesTab, insertLogTab, insertTemplatesTab } from '../../gas/new-tabs.ts';
import { writeSettings } from '../../gas/settings-store.ts';
import { rememberSpreadsheet } from '../../gas/spreadsheet-locator.ts';
import { readHeader } from '../../gas/tab-reader.ts';
import { calendarDateConverter } from '../../gas/zoned-date.ts';
import { warnBeforeLogEditsOnce } from '../workbook/log-warning.ts';
import {
  invoicesSheet,
  logSheet,
  openWorkbook,
  saveSetupState,
  TAB_NAMES,
  templatesSheet,
  type Workbook,
} from '../workbook/workbook.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetUpOptions {
  /** The invoices tab the user picked; null or absent lets set-up find it. */
  readonly invoicesSheet?: string | null;
  /**
   * Create a sample invoices tab when no invoices tab is found: `true` always, `'if_empty'` only
   * in a spreadsheet with no data at all (a brand-new one), so a tab that merely failed to be
   * recognised is reported instead of being silently replaced by sample data.
   */
  readonly createSample?: boolean | 'if_empty';
  /** Language of new tabs and of the default settings; defaults to the settings' language. */
  readonly language?: Language;
}

export interface SetUpResult {
  /** True when the daily run can work: invoices tab mapped, templates and log tabs present. */
  readonly ready: boolean;
  readonly invoicesSheet: string | null;
  readonly mapping: ColumnMapping | null;
  /** Tabs created by this call. */
  readonly created: readonly string[];
  readonly problems: readonly LocalizedText[];
}

const OUR_TABS = new Set(
  [
    ...Object.values(TAB_NAMES.templates),
    ...Object.values(TAB_NAMES.log),
    ...Object.values(LOG_STATE_TAB_NAMES),
  ].map((n) => n.toLowerCase()),
);

/** The mapping of a tab's first row with the settings' overrides. */
export function mappingOf(sheet: Sheet, settings: Settings): ColumnMapping {
  return detectColumns(readHeader(sheet), settings.columnOverrides);
}

/** The first tab whose header maps every required field (the user's own tabs first). */
export function detectInvoicesSheet(workbook: Workbook): string | null {
  let best: { name: string; score: number } | null = null;
  for (const sheet of workbook.sheets) {
    const name = sheet.getName();
    if (OUR_TABS.has(name.toLowerCase())) continue;
    const mapping = mappingOf(sheet, workbook.settings);
    if (!isMappingComplete(mapping)) continue;
    const score = Object.keys(mapping.columns).length;
    if (!best || score > best.score) best = { name, score };
  }
  return best?.name ?? null;
}

/** Creates the templates tab with every default template, formatted. */
export function createTemplatesTab(workbook: Workbook, language: Language): Sheet {
  const rows = templateTabRows(readDefaultTemplates(), language);
  return insertTemplatesTab(workbook.spreadsheet, TAB_NAMES.templates[language], rows);
}

/** Creates the log tab: header, frozen, widths, plain-text columns. */
export function createLogTab(workbook: Workbook, language: Language): Sheet {
  return insertLogTab(
    workbook.spreadsheet,
    TAB_NAMES.log[language],
    logHeaders(language),
    LOG_COLUMNS.map((c) => c.width),
  );
}

/** A small invoices tab to try Relance on (core/sample-invoices.ts). */
export function createSampleTab(workbook: Workbook, language: Language): Sheet {
  const today = calendarDateConverter(workbook.timeZone)(new Date());
  const { headers, rows, widths } = sampleInvoices(today, language);
  return insertInvoicesTab(workbook.spreadsheet, TAB_NAMES.sample[language], headers, rows, widths);
}

/** Runs set-up on `workbook`; safe to run again (it only adds what is missing). */
export function setUp(workbook: Workbook, options: SetUpOptions = {}): SetUpResult {
  const language = options.language ?? workbook.settings.language;
  const created: string[] = [];
  const problems: LocalizedText[] = [];

  let invoicesName =
    options.invoicesSheet ?? (invoicesSheet(workbook) ? workbook.settings.invoicesSheet : null);
  if (invoicesName === null) invoicesName = detectInvoicesSheet(workbook);
  const sampleWanted =
    options.createSample === 'if_empty'
      ? workbook.sheets.every((sheet) => sheet.getLastRow() === 0)
      : options.createSample === true;
  if (invoicesName === null && sampleWanted) {
    invoicesName = createSampleTab(workbook, language).getName();
    created.push(invoicesName);
  }
  const templates = templatesSheet(workbook) ?? createTemplatesTab(workbook, language);
  if (!templatesSheet(workbook)) created.push(templates.getName());
  const log = logSheet(workbook) ?? createLogTab(workbook, language);
  if (!logSheet(workbook)) created.push(log.getName());

  // Settings: a new document starts in test mode; an existing one keeps the user's choices, and
  // damaged ones come back from their last good copy, never from the defaults.
  const startSettings: Settings = {
    ...workbook.settings,
    language,
    testMode: true,
    automation: false,
  };
  const base: Settings =
    workbook.stored.state === 'damaged'
      ? (workbook.stored.lastGood?.settings ?? startSettings)
      : workbook.configured
        ? workbook.settings
        : startSettings;
  const saved = writeSettings(workbook.metadata, { ...base, invoicesSheet: invoicesName });
  if (!saved.ok) problems.push(...saved.errors.map((e) => e.message));

  const fresh = warnBeforeLogEditsOnce(openWorkbook(workbook.spreadsheet), log, log.getSheetId());
  saveSetupState(fresh, {
    templatesSheetId: templates.getSheetId(),
    logSheetId: log.getSheetId(),
    setUpAt: new Date().toISOString(),
  });
  rememberSpreadsheet(workbook.spreadsheetId);

  let mapping: ColumnMapping | null = null;
  const sheet = invoicesName === null ? null : fresh.spreadsheet.getSheetByName(invoicesName);
  if (!sheet) {
    problems.push(localized('setUpNoInvoicesTab'));
  } else {
    mapping = mappingOf(sheet, fresh.settings);
    if (!isMappingComplete(mapping)) {
      const missing = [...mapping.missing, ...Object.keys(mapping.ambiguous)].join(', ');
      problems.push(localized('setUpMappingIncomplete', { sheet: invoicesName ?? '', missing }));
    }
  }
  return {
    ready: problems.length === 0,
    invoicesSheet: invoicesName,
    mapping,
    created,
    problems,
  };
}
