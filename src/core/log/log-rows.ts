/**
 * The log tab's layout: one row per LogEntry, written as plain text so nothing turns into a
 * number, a date or a formula. Columns are found by header (French or English) when reading, so
 * a user who reorders or renames the language of the headers loses nothing.
 */
import { type CalendarDate, parseCalendarDate } from '../calendar-date.ts';
import type { Language } from '../invoice.ts';
import type { LogEntry, LogOutcome } from '../log-entry.ts';
import { foldText } from '../parse/fold-text.ts';
import { isMessageStage } from '../stage.ts';

export type LogField = keyof LogEntry;

interface LogColumn {
  readonly field: LogField;
  readonly fr: string;
  readonly en: string;
  /** Width in pixels when set-up formats the tab. */
  readonly width: number;
}

export const LOG_COLUMNS: readonly LogColumn[] = [
  { field: 'at', fr: 'Horodatage', en: 'Timestamp', width: 170 },
  { field: 'date', fr: 'Jour', en: 'Day', width: 90 },
  { field: 'outcome', fr: 'Résultat', en: 'Outcome', width: 100 },
  { field: 'stage', fr: 'Étape', en: 'Stage', width: 70 },
  { field: 'invoiceNumbers', fr: 'Factures', en: 'Invoices', width: 140 },
  { field: 'clientKey', fr: 'Client', en: 'Client', width: 150 },
  { field: 'recipients', fr: 'Destinataires', en: 'Recipients', width: 200 },
  { field: 'subject', fr: 'Objet', en: 'Subject', width: 260 },
  { field: 'templateId', fr: 'Modèle', en: 'Template', width: 110 },
  { field: 'variant', fr: 'Variante', en: 'Variant', width: 70 },
  { field: 'threadId', fr: 'Fil Gmail', en: 'Gmail thread', width: 140 },
  { field: 'messageKey', fr: 'Référence', en: 'Reference', width: 180 },
  { field: 'runId', fr: 'Exécution', en: 'Run', width: 120 },
  { field: 'detail', fr: 'Détail', en: 'Detail', width: 320 },
];

export const LOG_OUTCOMES: readonly LogOutcome[] = [
  'pending',
  'sent',
  'test_sent',
  'drafted',
  'task',
  'task_done',
  'failed',
  'skipped',
  'held',
  'paused',
  'auto_reply',
  'resumed',
  'carried_over',
  'run',
  'plan',
  'templates_changed',
];

/** Cells longer than this are cut: a Sheets cell holds at most 50,000 characters. */
const MAX_CELL = 5_000;

/** The header of one field's column, as set-up writes it in `language`. */
export function logHeader(field: LogField, language: Language): string {
  return LOG_COLUMNS.find((c) => c.field === field)?.[language] ?? field;
}

export function logHeaders(language: Language): string[] {
  return LOG_COLUMNS.map((column) => column[language]);
}

const HEADER_LOOKUP: ReadonlyMap<string, LogField> = new Map(
  LOG_COLUMNS.flatMap((c) => [
    [foldText(c.fr), c.field] as const,
    [foldText(c.en), c.field] as const,
  ]),
);

/** Column index (0-based) of each field, from the header row; null when a field is missing. */
export type LogLayout = Readonly<Record<LogField, number | null>>;

export function logLayout(headerRow: readonly unknown[]): LogLayout {
  const layout: Record<string, number | null> = {};
  for (const column of LOG_COLUMNS) layout[column.field] = null;
  headerRow.forEach((cell, index) => {
    const field = HEADER_LOOKUP.get(foldText(String(cell ?? '')));
    if (field !== undefined && layout[field] === null) layout[field] = index;
  });
  return layout as LogLayout;
}

/** The fields the log cannot be understood without. */
export const REQUIRED_LOG_FIELDS: readonly LogField[] = [
  'at',
  'outcome',
  'invoiceNumbers',
  'messageKey',
];

export function missingLogFields(layout: LogLayout): LogField[] {
  return REQUIRED_LOG_FIELDS.filter((field) => layout[field] === null);
}

/** Items that a comma-separated cell would not give back exactly. */
const UNSAFE_ITEM = /[,;\n\r]|^\s|\s$|^\[|^$/;

/**
 * A list as one cell that reads back exactly: `a, b` for the common case (what a person expects
 * to read), a JSON array when any item holds a separator, surrounding spaces or starts with `[`
 * (an invoice number such as `F-2026-001, avoir` must stay one number, or it never has history).
 * Lists are never cut: invoice numbers and addresses are bounded where they are read.
 */
export function listCell(items: readonly string[]): string {
  return items.some((item) => UNSAFE_ITEM.test(item)) ? JSON.stringify(items) : items.join(', ');
}

function jsonList(text: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')
      ? parsed
      : null;
  } catch {
    return null;
  }
}

/** The list a `listCell` wrote; older rows and hand-typed cells are split on `,` `;` or lines. */
export function splitList(text: string): string[] {
  if (text.startsWith('[')) {
    const items = jsonList(text);
    if (items !== null) return items;
  }
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function cut(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** A cell as the log reader sees it: text trimmed, a date as its ISO instant, blank as ''. */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value).trim();
}

/** A log entry with the 1-based row it was read from (to update a pending row in place). */
export interface LogRecord {
  readonly row: number;
  readonly entry: LogEntry;
}

/**
 * One log row as an entry, or null for a row that is blank or not Relance's (unknown outcome):
 * such rows are kept as they are and ignored.
 */
export function logEntryFromRow(cells: readonly unknown[], layout: LogLayout): LogEntry | null {
  return logRowReader(layout)(cells);
}

const OUTCOMES: ReadonlySet<string> = new Set(LOG_OUTCOMES);

/** A list cell of one plain item (the usual case) without the splitting. */
function listOf(text: string): string[] {
  if (text === '') return [];
  return /[,;\n[]/.test(text) ? splitList(text) : [text];
}

/**
 * Reads the rows of one layout: years of log rows share few days, so each day's text is parsed
 * once (the statistics read 50,000 rows in one call).
 */
export function logRowReader(layout: LogLayout): (cells: readonly unknown[]) => LogEntry | null {
  const days = new Map<string, CalendarDate | null>();
  const dayOf = (text: string): CalendarDate | null => {
    let date = days.get(text);
    if (date === undefined) {
      date = parseCalendarDate(text);
      days.set(text, date);
    }
    return date;
  };
  return (cells) => {
    const get = (field: LogField): string => {
      const index = layout[field];
      return index === null ? '' : cellText(cells[index]);
    };
    const outcome = get('outcome');
    if (!OUTCOMES.has(outcome)) return null;
    const at = get('at');
    const date = dayOf(get('date') || at.slice(0, 10));
    if (date === null) return null;
    const stage = get('stage');
    return {
      at,
      date,
      runId: get('runId'),
      outcome: outcome as LogOutcome,
      stage: isMessageStage(stage) ? stage : null,
      invoiceNumbers: listOf(get('invoiceNumbers')),
      clientKey: get('clientKey'),
      recipients: listOf(get('recipients')),
      templateId: get('templateId') || null,
      variant: get('variant') || null,
      subject: get('subject'),
      threadId: get('threadId') || null,
      messageKey: get('messageKey') || null,
      detail: get('detail'),
    };
  };
}

/**
 * Rows of the log tab as records; blank and foreign rows are skipped. The first row given is not
 * read (the header, or the last row a compact state covers), and it is row `firstRow` of the tab.
 */
export function logRecordsFromValues(
  values: readonly (readonly unknown[])[],
  layout: LogLayout,
  firstRow = 1,
): LogRecord[] {
  const read = logRowReader(layout);
  const records: LogRecord[] = [];
  for (let i = 1; i < values.length; i++) {
    const entry = read(values[i] ?? []);
    if (entry) records.push({ row: firstRow + i, entry });
  }
  return records;
}

/** The cells of one entry in `layout`'s order, `width` cells wide; all text. */
export function logRowCells(entry: LogEntry, layout: LogLayout, width: number): string[] {
  const row = new Array<string>(width).fill('');
  const put = (field: LogField, text: string, whole = false) => {
    const index = layout[field];
    if (index !== null && index < width) row[index] = whole ? text : cut(text);
  };
  put('at', entry.at);
  put('date', entry.date);
  put('runId', entry.runId);
  put('outcome', entry.outcome);
  put('stage', entry.stage ?? '');
  put('invoiceNumbers', listCell(entry.invoiceNumbers), true);
  put('clientKey', entry.clientKey, true);
  put('recipients', listCell(entry.recipients), true);
  put('templateId', entry.templateId ?? '');
  put('variant', entry.variant ?? '');
  put('subject', entry.subject);
  put('threadId', entry.threadId ?? '');
  put('messageKey', entry.messageKey ?? '');
  put('detail', entry.detail);
  return row;
}
