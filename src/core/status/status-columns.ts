/**
 * The status columns Relance keeps at the right of the invoices tab: stage reached, last
 * reminder, next reminder, note. They are matched to rows by invoice number on a fresh read of
 * the tab just before writing, never by the row an invoice had when the run started: the user
 * may have sorted, inserted or deleted rows meanwhile.
 */
import type { Language } from '../invoice.ts';
import { foldInvoiceNumber } from '../invoice-number-key.ts';
import { foldText } from '../parse/fold-text.ts';

export const STATUS_FIELDS = ['stage', 'last', 'next', 'note'] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

export const STATUS_LABELS: Readonly<Record<Language, Readonly<Record<StatusField, string>>>> = {
  fr: {
    stage: 'Relance · étape',
    last: 'Relance · dernière',
    next: 'Relance · prochaine',
    note: 'Relance · note',
  },
  en: {
    stage: 'Relance · stage',
    last: 'Relance · last',
    next: 'Relance · next',
    note: 'Relance · note',
  },
};

/** What one invoice's status cells say, in STATUS_FIELDS order. */
export type StatusCells = readonly [string, string, string, string];

const LABEL_LOOKUP: ReadonlyMap<string, StatusField> = new Map(
  (['fr', 'en'] as const).flatMap((language) =>
    STATUS_FIELDS.map((field) => [foldText(STATUS_LABELS[language][field]), field] as const),
  ),
);

/** How an invoice-number cell reads as a key (must agree with the invoice parser). */
export type KeyOf = (cell: unknown) => string;

/** The number folded as the duplicate check folds it: a number retyped since keeps its row. */
export const defaultKeyOf: KeyOf = (cell) =>
  cell === null || cell === undefined ? '' : foldInvoiceNumber(String(cell));

/** A status header found where Relance cannot tell its own column from the user's. */
export interface StatusHeaderClash {
  readonly header: string;
  /** 0-based column. */
  readonly column: number;
}

/** Why nothing is written: the key column is gone, or the status headers clash. */
export type StatusWriteRefusal =
  | { readonly refused: 'no_key_column' }
  | { readonly refused: 'header_clash'; readonly clashes: readonly StatusHeaderClash[] };

export interface StatusBlock {
  readonly row: number;
  readonly column: number;
  readonly values: string[][];
}

/**
 * A write costs about as much as this many cells (a round trip and the plain-text format against
 * a per-cell cost: 150 + 60 ms and 0.02 ms in the offline runtime's model of Range.setValues), so
 * two changed rows closer than that are written in one block, with the unchanged rows between.
 */
const CELLS_PER_WRITE = 10_000;

/**
 * Spans [first, last] of the changed rows, merged over gaps cheaper to rewrite than a write, but
 * only over rows whose cells Relance decides (`owned`: the header, a row with a status). The
 * cells of another row (no number, or one the run did not plan) may have been typed since the
 * tab was read: they are never written, not even with what they held.
 */
export function spansOfChanges(
  changed: readonly boolean[],
  width: number,
  owned: readonly boolean[],
): [number, number][] {
  const spans: [number, number][] = [];
  let lastUnowned = -1;
  changed.forEach((isChanged, row) => {
    if (!owned[row]) lastUnowned = row;
    if (!isChanged) return;
    const last = spans[spans.length - 1];
    const cheap = last !== undefined && (row - last[1] - 1) * width <= CELLS_PER_WRITE;
    if (last && cheap && lastUnowned < last[1]) last[1] = row;
    else spans.push([row, row]);
  });
  return spans;
}

export interface StatusWritePlan {
  /** 0-based column of each status field, existing or to be created. */
  readonly columns: Readonly<Record<StatusField, number>>;
  /** Columns that do not exist yet (0-based, ascending); the sheet may need more columns. */
  readonly newColumns: readonly number[];
  /**
   * What to write: for each run of adjacent status columns, the rows whose cells change (the
   * header row among them when its labels do), in spans (`row`: 0-based row of the first).
   * Empty when every cell already says what it should.
   */
  readonly blocks: readonly StatusBlock[];
  /** Invoices whose number was found in the sheet. */
  readonly matched: number;
  /** Invoice numbers no longer in the sheet (deleted during the run): nothing written for them. */
  readonly missing: readonly string[];
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
  }
  return String(value);
}

/**
 * Where the status columns are in a header row (0-based, the first of each when repeated), in
 * French or English, whatever the case and accents.
 *
 * @example
 * statusColumnsOf(['N° facture', 'Relance · étape', 'Relance · NOTE'])
 * // → { stage: 1, note: 2 }
 */
export function statusColumnsOf(header: readonly unknown[]): Partial<Record<StatusField, number>> {
  const found: Partial<Record<StatusField, number>> = {};
  header.forEach((cell, index) => {
    const field = LABEL_LOOKUP.get(foldText(cellText(cell)));
    if (field !== undefined && found[field] === undefined) found[field] = index;
  });
  return found;
}

/**
 * The status headers of `header` when they are not Relance's four columns, each once: a column of
 * the user's carrying one of their headers (French or English), a second copy, or Relance's
 * headers edited (one renamed, the others left). Relance cannot tell its own column from the
 * user's then, so it writes none of them. Empty when the four are there once each, or none is.
 *
 * @example
 * statusHeaderClashes(['N° facture', 'Client', 'Relance · note'])
 * // → [{ header: 'Relance · note', column: 2 }]
 */
export function statusHeaderClashes(header: readonly unknown[]): StatusHeaderClash[] {
  const found: StatusHeaderClash[] = [];
  const fields = new Set<StatusField>();
  header.forEach((cell, column) => {
    const field = LABEL_LOOKUP.get(foldText(cellText(cell)));
    if (field === undefined) return;
    found.push({ header: cellText(cell).trim(), column });
    fields.add(field);
  });
  const complete = found.length === STATUS_FIELDS.length && fields.size === STATUS_FIELDS.length;
  return found.length === 0 || complete ? [] : found;
}

/** The 0-based column whose header reads `keyHeader` (case and accents aside), or -1. */
export function keyColumnOf(header: readonly unknown[], keyHeader: string): number {
  const wanted = foldText(keyHeader);
  return header.findIndex((cell) => foldText(cellText(cell)) === wanted);
}

/**
 * Plans the write of status cells over a fresh read of the tab, header first (the writer reads
 * tabs whose header is their first row); the key column is found again by its header text, so a column moved during the
 * run is still found. Refused when the key column is gone, or when a status header clashes
 * (statusHeaderClashes).
 */
export function planStatusWrite(
  values: readonly (readonly unknown[])[],
  keyHeader: string,
  statuses: ReadonlyMap<string, StatusCells>,
  language: Language,
  keyOf: KeyOf = defaultKeyOf,
): StatusWritePlan | StatusWriteRefusal {
  const header = values[0] ?? [];
  const keyColumn = keyColumnOf(header, keyHeader);
  if (keyColumn < 0) return { refused: 'no_key_column' };
  const clashes = statusHeaderClashes(header);
  if (clashes.length > 0) return { refused: 'header_clash', clashes };

  const found = statusColumnsOf(header);
  // New columns go after the last column holding anything in any row: a note typed right of
  // the table without a header is the user's, never overwritten.
  let lastUsed = -1;
  for (const row of values)
    for (let index = row.length - 1; index > lastUsed; index--)
      if (cellText(row[index]).trim() !== '') {
        lastUsed = index;
        break;
      }
  const newColumns: number[] = [];
  const columns = {} as Record<StatusField, number>;
  for (const field of STATUS_FIELDS) {
    const existing = found[field];
    if (existing !== undefined) columns[field] = existing;
    else {
      lastUsed += 1;
      columns[field] = lastUsed;
      newColumns.push(lastUsed);
    }
  }

  // Keyed as the cells are: the statuses come by number as read, the cells may be retyped since.
  const byKey = new Map([...statuses].map(([number, cells]) => [keyOf(number), cells]));
  const seen = new Set<string>();
  const wanted: string[][] = [STATUS_FIELDS.map((field) => STATUS_LABELS[language][field])];
  const owned: boolean[] = [true];
  const current: string[][] = [];
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const cells = STATUS_FIELDS.map((field) => cellText(row[columns[field]]));
    current.push(cells);
    if (r === 0) continue;
    const key = keyOf(row[keyColumn]);
    const status = key === '' ? undefined : byKey.get(key);
    if (status) seen.add(key);
    owned.push(status !== undefined);
    wanted.push(status ? [...status] : cells);
  }
  const changed = wanted.map((cells, i) => cells.some((cell, f) => cell !== current[i]?.[f]));
  const rowSpans = spansOfChanges(changed, STATUS_FIELDS.length, owned);

  // Group the four fields into runs of adjacent columns (normally one run).
  const order = STATUS_FIELDS.map((field, i) => ({ column: columns[field], i })).sort(
    (a, b) => a.column - b.column,
  );
  const runs: { column: number; indexes: number[] }[] = [];
  for (const { column, i } of order) {
    const last = runs[runs.length - 1];
    if (last && column === last.column + last.indexes.length) last.indexes.push(i);
    else runs.push({ column, indexes: [i] });
  }
  const blocks = runs.flatMap(({ column, indexes }) =>
    rowSpans.map(([first, last]) => ({
      row: first,
      column,
      values: wanted.slice(first, last + 1).map((cells) => indexes.map((i) => cells[i] ?? '')),
    })),
  );

  const missing = [...statuses.keys()].filter((number) => !seen.has(keyOf(number)));
  return { columns, newColumns, blocks, matched: seen.size, missing };
}
