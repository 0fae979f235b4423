/**
 * Set-up: makes a spreadsheet ready for the daily run.
 * - finds (or takes the user's choice of) the invoices tab and checks its column mapping;
 * - creates the templates tab with the default French and English templates and the log tab,
 *   formatted: frozen header, widths, data validation on stage, segment, language, variant and
 *   active (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder);
 * - can create a sample invoices tab for a first try;
 * - saves settings (test mode on for a new document) and remembers the spreadsheet for triggers.
 * Existing tabs are never overwritten: running set-up again repairs what is missing.
 */

import { addDays } from '../../core/calendar-date.ts';
import type { ColumnMapping } from '../../core/columns/column-mapping.ts';
import { isMappingComplete } from '../../core/columns/column-mapping.ts';
import { detectColumns } from '../../core/columns/detect-columns.ts';
import type { Language } from '../../core/invoice.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import { LOG_COLUMNS, logHeaders } from '../../core/log/log-rows.ts';
import { SEGMENTS } from '../../core/segment.ts';
import type { Settings } from '../../core/settings.ts';
import { MESSAGE_STAGES } from '../../core/stage.ts';
import { templateTabRows } from '../../core/templates/index.ts';
import { checkboxValidation, listValidation } from '../../gas/data-validation.ts';
import { readDefaultTemplates } from '../../gas/default-templates-file.ts';
import { LOG_STATE_TAB_NAMES } from '../../gas/log-state-tab.ts';
import { PLAIN_TEXT_FORMAT } from '../../gas/log-tab.ts';
import { writeSettings } from '../../gas/settings-store.ts';
import { rememberSpreadsheet } from '../../gas/spreadsheet-locator.ts';
import { calendarDateConverter } from '../../gas/zoned-date.ts';
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

function headerOf(sheet: Sheet): unknown[] {
  const width = Math.max(1, sheet.getLastColumn());
  return sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
}

/** The mapping of a tab's first row with the settings' overrides. */
export function mappingOf(sheet: Sheet, settings: Settings): ColumnMapping {
  return detectColumns(headerOf(sheet), settings.columnOverrides);
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

function formatHeader(sheet: Sheet, width: number, widths: readonly number[]): void {
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground('#f1f3f4');
  widths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
}

/** Creates the templates tab with every default template, formatted. */
export function createTemplatesTab(workbook: Workbook, language: Language): Sheet {
  const sheet = workbook.spreadsheet.insertSheet(TAB_NAMES.templates[language]);
  const rows = templateTabRows(readDefaultTemplates(), language);
  const width = rows[0]?.length ?? 7;
  const body = rows.slice(1);
  sheet.getRange(1, 1, 1, width).setValues([rows[0] ?? []]);
  if (body.length > 0) {
    // Text columns stay text (a subject starting with "=" must not become a formula).
    sheet.getRange(2, 1, body.length, width - 1).setNumberFormat(PLAIN_TEXT_FORMAT);
    sheet.getRange(2, 1, body.length, width).setValues(body);
    const height = Math.max(body.length, 100);
    sheet.getRange(2, 1, height, 1).setDataValidation(listValidation(MESSAGE_STAGES));
    sheet
      .getRange(2, 2, height, 1)
      .setDataValidation(listValidation(['all', ...SEGMENTS, 'key_account']));
    sheet.getRange(2, 3, height, 1).setDataValidation(listValidation(['fr', 'en']));
    sheet.getRange(2, 4, height, 1).setDataValidation(listValidation(['A', 'B', 'C']));
    sheet.getRange(2, 7, height, 1).setDataValidation(checkboxValidation());
    sheet.getRange(2, 5, body.length, 2).setWrap(true);
  }
  formatHeader(sheet, width, [80, 100, 70, 70, 280, 520, 60]);
  return sheet;
}

/** Creates the log tab: header, frozen, widths, plain-text columns. */
export function createLogTab(workbook: Workbook, language: Language): Sheet {
  const sheet = workbook.spreadsheet.insertSheet(TAB_NAMES.log[language]);
  const headers = logHeaders(language);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, headers.length).setNumberFormat(PLAIN_TEXT_FORMAT);
  formatHeader(
    sheet,
    headers.length,
    LOG_COLUMNS.map((c) => c.width),
  );
  return sheet;
}

const SAMPLE_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    'N° facture',
    'Client',
    'E-mail',
    'Montant',
    'Échéance',
    'Date de facture',
    'Payée le',
    'Statut',
    'Langue',
    'Pays',
  ],
  en: [
    'Invoice number',
    'Client',
    'Email',
    'Amount',
    'Due date',
    'Issue date',
    'Paid date',
    'Status',
    'Language',
    'Country',
  ],
};

/** A small invoices tab to try Relance on (addresses on example.com, which never receive mail). */
export function createSampleTab(workbook: Workbook, language: Language): Sheet {
  const today = calendarDateConverter(workbook.timeZone)(new Date());
  const day = (offset: number) => addDays(today, offset);
  const year = today.slice(0, 4);
  const rows: (string | number)[][] = [
    [
      `F-${year}-001`,
      'Atelier Dupont',
      'compta@dupont.example.com',
      1200,
      day(-40),
      day(-70),
      '',
      '',
      'fr',
      'FR',
    ],
    [
      `F-${year}-002`,
      'Studio Lumière',
      'factures@lumiere.example.com',
      450.5,
      day(-4),
      day(-34),
      '',
      '',
      'fr',
      'FR',
    ],
    [
      `F-${year}-003`,
      'Northwind Ltd',
      'ap@northwind.example.com',
      2300,
      day(2),
      day(-28),
      '',
      '',
      'en',
      'GB',
    ],
    [
      `F-${year}-004`,
      'Boulangerie Martin',
      'martin@boulangerie.example.com',
      180,
      day(-12),
      day(-42),
      day(-2),
      'payée',
      'fr',
      'FR',
    ],
    [
      `F-${year}-005`,
      'Éditions Rivage',
      'contact@rivage.example.com',
      960,
      day(-26),
      day(-56),
      '',
      'litige',
      'fr',
      'FR',
    ],
  ];
  const name = TAB_NAMES.sample[language];
  const sheet = workbook.spreadsheet.insertSheet(name);
  const headers = [...SAMPLE_HEADERS[language]];
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  // Invoice numbers as text; the rest is typed input (dates and amounts become real cells).
  sheet.getRange(2, 1, rows.length, 1).setNumberFormat(PLAIN_TEXT_FORMAT);
  sheet.getRange(2, 1, rows.length, headers.length).setValues(rows);
  formatHeader(sheet, headers.length, [110, 160, 220, 90, 100, 100, 100, 90, 70, 60]);
  return sheet;
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

  const fresh = openWorkbook(workbook.spreadsheet);
  saveSetupState(fresh, {
    templatesSheetId: templates.getSheetId(),
    logSheetId: log.getSheetId(),
    setUpAt: new Date().toISOString(),
  });
  rememberSpreadsheet(workbook.spreadsheetId);

  let mapping: ColumnMapping | null = null;
  const sheet = invoicesName === null ? null : fresh.spreadsheet.getSheetByName(invoicesName);
  if (!sheet) {
    problems.push({
      fr: 'Aucun onglet de factures reconnu : choisissez-le, ou créez l’onglet d’exemple.',
      en: 'No invoices tab recognised: pick one, or create the sample tab.',
    });
  } else {
    mapping = mappingOf(sheet, fresh.settings);
    if (!isMappingComplete(mapping)) {
      const missing = [...mapping.missing, ...Object.keys(mapping.ambiguous)].join(', ');
      problems.push({
        fr: `Colonnes obligatoires introuvables ou ambiguës dans « ${invoicesName} » : ${missing}.`,
        en: `Required columns missing or ambiguous in “${invoicesName}”: ${missing}.`,
      });
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
