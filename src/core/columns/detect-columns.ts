import type { ColumnOverrides } from '../settings.ts';
import type { ColumnMapping, HeaderColumn } from './column-mapping.ts';
import { HEADER_SYNONYMS, REMINDER_WORDS, VAGUE_HEADERS } from './header-synonyms.ts';
import { headerWords } from './header-words.ts';
import {
  INVOICE_FIELDS,
  type InvoiceField,
  isInvoiceField,
  REQUIRED_FIELDS,
  type RequiredField,
} from './invoice-fields.ts';

const EXACT_SCORE = 100;
const KEYWORD_BASE = 10;

interface CompiledKeyword {
  readonly field: InvoiceField;
  readonly words: readonly string[];
  readonly score: number;
  readonly exclude: ReadonlySet<string>;
}

interface CompiledSynonyms {
  readonly exact: ReadonlyMap<string, InvoiceField>;
  readonly keywords: readonly CompiledKeyword[];
  readonly vague: ReadonlyMap<string, readonly InvoiceField[]>;
  readonly reminderWords: ReadonlySet<string>;
}

let compiled: CompiledSynonyms | null = null;

/** Folds the synonym lists once per execution. */
function synonyms(): CompiledSynonyms {
  if (compiled) return compiled;
  const exact = new Map<string, InvoiceField>();
  const keywords: CompiledKeyword[] = [];
  for (const field of INVOICE_FIELDS) {
    const entry = HEADER_SYNONYMS[field];
    for (const phrase of entry.exact) {
      const key = headerWords(phrase).join(' ');
      if (!exact.has(key)) exact.set(key, field);
    }
    const exclude = new Set((entry.exclude ?? []).flatMap(headerWords));
    for (const [phrase, weight] of entry.keywords) {
      keywords.push({ field, words: headerWords(phrase), score: KEYWORD_BASE + weight, exclude });
    }
  }
  const vague = new Map(
    VAGUE_HEADERS.map(([header, fields]) => [headerWords(header).join(' '), fields]),
  );
  const reminderWords = new Set(REMINDER_WORDS.flatMap(headerWords));
  compiled = { exact, keywords, vague, reminderWords };
  return compiled;
}

/** The folded form of every exact synonym with the fields that claim it (for tests). */
export function exactSynonymKeys(): Map<string, InvoiceField[]> {
  const keys = new Map<string, InvoiceField[]>();
  for (const field of INVOICE_FIELDS) {
    for (const phrase of HEADER_SYNONYMS[field].exact) {
      const key = headerWords(phrase).join(' ');
      keys.set(key, [...(keys.get(key) ?? []), field]);
    }
  }
  return keys;
}

interface Candidate {
  readonly column: HeaderColumn;
  readonly fields: readonly InvoiceField[];
  readonly score: number;
}

/**
 * Finds which column holds which field from the header row. Headers may come in any order, in
 * French or English; accents, case, punctuation and extra spaces do not matter.
 *
 * Each column goes to the field it matches best (an exact synonym beats a keyword, a heavier
 * keyword beats a lighter one); a field claimed equally by several columns, or a column matching
 * several fields equally, is reported as ambiguous rather than guessed. `overrides` (field →
 * header text, compared folded) win over detection; an empty override turns a field off.
 */
export function detectColumns(
  header: readonly unknown[],
  overrides: ColumnOverrides,
): ColumnMapping {
  const columns = header.map((cell, index) => ({ index, header: headerText(cell) }));
  const mapped: Partial<Record<InvoiceField, HeaderColumn>> = {};
  const used = new Set<number>();
  const overridden = new Set<InvoiceField>();
  const unmatchedOverrides: InvoiceField[] = [];

  for (const [field, wanted] of Object.entries(overrides)) {
    if (!isInvoiceField(field)) continue;
    overridden.add(field);
    if (typeof wanted !== 'string' || wanted.trim() === '') continue;
    const key = headerWords(wanted).join(' ');
    const column = columns.find(
      (c) => !used.has(c.index) && headerWords(c.header).join(' ') === key,
    );
    if (column) {
      mapped[field] = column;
      used.add(column.index);
    } else {
      unmatchedOverrides.push(field);
    }
  }

  const candidates: Candidate[] = [];
  const vagueColumns: { column: HeaderColumn; fields: readonly InvoiceField[] }[] = [];
  for (const column of columns) {
    if (used.has(column.index) || column.header === '') continue;
    const words = headerWords(column.header);
    const vagueFields = synonyms().vague.get(words.join(' '));
    if (vagueFields) {
      vagueColumns.push({ column, fields: vagueFields.filter((f) => !overridden.has(f)) });
      continue;
    }
    const best = bestFields(words, overridden);
    if (best) candidates.push({ column, ...best });
  }

  const ambiguous: Partial<Record<InvoiceField, HeaderColumn[]>> = {};
  const noteAmbiguity = (field: InvoiceField, column: HeaderColumn) => {
    const list = ambiguous[field] ?? [];
    if (!list.some((c) => c.index === column.index)) list.push(column);
    ambiguous[field] = list;
  };

  for (const field of INVOICE_FIELDS) {
    if (overridden.has(field)) continue;
    const claims = candidates.filter((c) => c.fields.length === 1 && c.fields[0] === field);
    const top = Math.max(...claims.map((c) => c.score));
    const winners = claims.filter((c) => c.score === top);
    const [first] = winners;
    if (winners.length === 1 && first) {
      mapped[field] = first.column;
      used.add(first.column.index);
    } else {
      for (const winner of winners) noteAmbiguity(field, winner.column);
    }
  }

  // A vague header that can now only mean the contact name is the contact name: `Contact` beside
  // an e-mail column, `Nom` beside a client column (a greeting by name needs it). Other vague
  // headers (`Date`) stay ambiguous until the user says, and so do two candidates for one field.
  const settled = vagueColumns.map(({ column, fields }) => ({
    column,
    fields: fields.filter((f) => mapped[f] === undefined && !used.has(column.index)),
  }));
  for (const { column, fields } of settled) {
    const [field] = fields;
    if (fields.length !== 1 || field !== 'contactName') continue;
    const rivals = settled.filter((v) => v.column !== column && v.fields.includes(field));
    if (rivals.length > 0 || ambiguous[field] !== undefined) continue;
    mapped[field] = column;
    used.add(column.index);
  }

  const sharedColumns = candidates.filter((c) => c.fields.length > 1);
  for (const { column, fields } of [...sharedColumns, ...vagueColumns]) {
    if (used.has(column.index)) continue;
    for (const field of fields) if (mapped[field] === undefined) noteAmbiguity(field, column);
  }

  const ambiguousIndexes = new Set(
    Object.values(ambiguous).flatMap((list) => list.map((c) => c.index)),
  );
  const unknown = columns.filter(
    (c) => c.header !== '' && !used.has(c.index) && !ambiguousIndexes.has(c.index),
  );
  const missing = REQUIRED_FIELDS.filter(
    (field: RequiredField) => mapped[field] === undefined && ambiguous[field] === undefined,
  );
  return { columns: mapped, missing, ambiguous, unknown, unmatchedOverrides };
}

function bestFields(
  words: readonly string[],
  overridden: ReadonlySet<InvoiceField>,
): { fields: InvoiceField[]; score: number } | null {
  const { exact, keywords, reminderWords } = synonyms();
  const exactField = exact.get(words.join(' '));
  if (exactField !== undefined) {
    return overridden.has(exactField) ? null : { fields: [exactField], score: EXACT_SCORE };
  }
  const present = new Set(words);
  const aboutReminders = words.some((w) => reminderWords.has(w));
  let best: { fields: InvoiceField[]; score: number } | null = null;
  for (const keyword of keywords) {
    if (overridden.has(keyword.field)) continue;
    if (aboutReminders && keyword.field !== 'doNotRemind') continue;
    if (!keyword.words.every((w) => present.has(w))) continue;
    if (words.some((w) => keyword.exclude.has(w))) continue;
    if (!best || keyword.score > best.score) {
      best = { fields: [keyword.field], score: keyword.score };
    } else if (keyword.score === best.score && !best.fields.includes(keyword.field)) {
      best.fields.push(keyword.field);
    }
  }
  return best;
}

function headerText(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}
