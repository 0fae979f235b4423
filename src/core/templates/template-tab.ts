import type { Language } from '../invoice.ts';
import { foldText } from '../parse/fold-text.ts';
import { isSegment } from '../segment.ts';
import { isMessageStage, type MessageStage } from '../stage.ts';
import { localized, text } from '../texts/server-texts.ts';
import { type TemplateAudience, type TemplateRow, templateId } from './template-row.ts';

/** A templates-tab row that could not be read. `row` is 1-based, the header being row 1. */
export interface TemplateRowError {
  readonly row: number;
  readonly column: TemplateColumn | null;
  readonly value: string | null;
  readonly message: { readonly fr: string; readonly en: string };
}

export interface ParsedTemplates {
  readonly templates: TemplateRow[];
  readonly errors: TemplateRowError[];
}

export const TEMPLATE_COLUMNS = [
  'stage',
  'segment',
  'language',
  'variant',
  'subject',
  'body',
  'active',
] as const;
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

const HEADERS: Readonly<Record<Language, Readonly<Record<TemplateColumn, string>>>> = {
  en: {
    stage: 'Stage',
    segment: 'Segment',
    language: 'Language',
    variant: 'Variant',
    subject: 'Subject',
    body: 'Body',
    active: 'Active',
  },
  fr: {
    stage: 'Étape',
    segment: 'Segment',
    language: 'Langue',
    variant: 'Variante',
    subject: 'Objet',
    body: 'Corps',
    active: 'Actif',
  },
};

/** Header spellings accepted, after lower-casing and removing accents and punctuation. */
const HEADER_ALIASES: Readonly<Record<TemplateColumn, readonly string[]>> = {
  stage: ['stage', 'etape', 'niveau'],
  segment: ['segment', 'audience', 'cible'],
  language: ['language', 'lang', 'langue'],
  variant: ['variant', 'variante', 'version'],
  subject: ['subject', 'objet', 'sujet'],
  body: ['body', 'corps', 'message', 'texte', 'text'],
  active: ['active', 'actif', 'enabled'],
};

/**
 * Reads the templates tab (first row = header, columns in any order, French or English headers).
 * Blank rows are ignored; every other row gives a template or an error naming the row, the
 * column and the value. Blank `segment` means `all`, blank `variant` `A`, blank `active` true.
 */
export function parseTemplateRows(rows: readonly (readonly unknown[])[]): ParsedTemplates {
  const header = rows[0] ?? [];
  const columns = mapHeader(header);
  const missing = TEMPLATE_COLUMNS.filter(
    (c) => columns[c] === undefined && c !== 'active' && c !== 'variant' && c !== 'segment',
  );
  if (missing.length > 0) {
    return { templates: [], errors: [missingColumnsError(missing)] };
  }
  const templates: TemplateRow[] = [];
  const errors: TemplateRowError[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => cellText(c) === '')) return;
    const read = readRow(cells, columns, row);
    if ('error' in read) {
      errors.push(read.error);
      return;
    }
    const first = seen.get(read.template.id);
    if (first !== undefined) {
      errors.push(duplicateError(row, read.template.id, first));
      return;
    }
    seen.set(read.template.id, row);
    templates.push(read.template);
  });
  return { templates, errors };
}

/** The tab's content to write: header in the user's language, then one row per template. */
export function templateTabRows(
  templates: readonly TemplateRow[],
  language: Language = 'en',
): (string | boolean)[][] {
  const header = TEMPLATE_COLUMNS.map((c) => HEADERS[language][c]);
  return [
    header,
    ...templates.map((t) => [
      t.stage,
      t.segment,
      t.language,
      t.variant,
      t.subject,
      t.body,
      t.active,
    ]),
  ];
}

export type ColumnIndex = Partial<Record<TemplateColumn, number>>;

/** Where each column of the templates tab is (0-based), from its header: the user may reorder them. */
export function templateColumnIndex(header: readonly unknown[]): ColumnIndex {
  return mapHeader(header);
}

function mapHeader(header: readonly unknown[]): ColumnIndex {
  const index: ColumnIndex = {};
  header.forEach((cell, i) => {
    const key = foldText(cellText(cell));
    for (const column of TEMPLATE_COLUMNS) {
      if (index[column] === undefined && HEADER_ALIASES[column].includes(key)) index[column] = i;
    }
  });
  return index;
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}

type ReadResult = { template: TemplateRow } | { error: TemplateRowError };

function readRow(cells: readonly unknown[], columns: ColumnIndex, row: number): ReadResult {
  const get = (c: TemplateColumn) => {
    const i = columns[c];
    return i === undefined ? undefined : cells[i];
  };
  const text = (c: TemplateColumn) => cellText(get(c)).trim();
  const stage = readStage(text('stage'));
  if (!stage) return { error: cellError(row, 'stage', text('stage')) };
  const segment = readSegment(text('segment'));
  if (!segment) return { error: cellError(row, 'segment', text('segment')) };
  const language = readLanguage(text('language'));
  if (!language) return { error: cellError(row, 'language', text('language')) };
  const variant = text('variant').toUpperCase() || 'A';
  if (!/^[A-Z0-9]{1,8}$/.test(variant)) return { error: cellError(row, 'variant', variant) };
  const active = readActive(get('active'));
  if (active === null) return { error: cellError(row, 'active', cellText(get('active'))) };
  // Sheets returns a cell's line breaks as `\n`; a pasted text may carry `\r\n`.
  const subject = cellText(get('subject')).replace(/\r\n?/g, '\n');
  const body = cellText(get('body')).replace(/\r\n?/g, '\n');
  return {
    template: {
      id: templateId(stage, segment, language, variant),
      stage,
      segment,
      language,
      variant,
      subject,
      body,
      active,
      row,
    },
  };
}

const STAGE_ALIASES: Readonly<Record<string, MessageStage>> = {
  'pre due': 'pre_due',
  predue: 'pre_due',
  'avant echeance': 'pre_due',
  'pre echeance': 'pre_due',
  appel: 'call',
  'mise en demeure': 'notice',
  med: 'notice',
  'formal notice': 'notice',
  devis: 'q_follow',
  'suivi devis': 'q_follow',
  'devis expire': 'q_expired',
};

function readStage(text: string): MessageStage | null {
  const code = text.toLowerCase();
  if (isMessageStage(code)) return code;
  return STAGE_ALIASES[foldText(text)] ?? null;
}

const SEGMENT_ALIASES: Readonly<Record<string, TemplateAudience>> = {
  all: 'all',
  tous: 'all',
  toutes: 'all',
  tout: 'all',
  '': 'all',
  'key account': 'key_account',
  'grand compte': 'key_account',
  'compte cle': 'key_account',
  nouveau: 'new',
  ponctuel: 'punctual',
  occasionnel: 'occasional',
  chronique: 'chronic',
  'high risk': 'high_risk',
  'a risque': 'high_risk',
  risque: 'high_risk',
};

function readSegment(text: string): TemplateAudience | null {
  const code = text.toLowerCase();
  if (isSegment(code) || code === 'key_account' || code === 'all') return code;
  if (text === '*') return 'all';
  return SEGMENT_ALIASES[foldText(text)] ?? null;
}

const LANGUAGE_ALIASES: Readonly<Record<string, Language>> = {
  fr: 'fr',
  francais: 'fr',
  french: 'fr',
  en: 'en',
  anglais: 'en',
  english: 'en',
};

function readLanguage(text: string): Language | null {
  return LANGUAGE_ALIASES[foldText(text)] ?? null;
}

const TRUE_WORDS = new Set(['true', 'vrai', 'oui', 'yes', 'x', '1', 'on', 'actif', 'active', '']);
const FALSE_WORDS = new Set(['false', 'faux', 'non', 'no', '0', 'off', 'inactif', 'inactive']);

/** Checkbox cells arrive as booleans; typed words are accepted too. Blank means active. */
function readActive(cell: unknown): boolean | null {
  if (typeof cell === 'boolean') return cell;
  const word = foldText(cellText(cell));
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

function cellError(row: number, column: TemplateColumn, value: string): TemplateRowError {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return {
    row,
    column,
    value: shown,
    message: localized('templateCell', (language) => ({
      row,
      column: HEADERS[language][column],
      what:
        shown === ''
          ? text(language, 'templateCellMissing')
          : text(language, 'templateCellUnknown', { value: shown }),
      expected: text(language, `templateExpected_${column}`),
    })),
  };
}

function duplicateError(row: number, id: string, first: number): TemplateRowError {
  return {
    row,
    column: null,
    value: id,
    message: localized('templateDuplicate', { row, id, first }),
  };
}

function missingColumnsError(missing: readonly TemplateColumn[]): TemplateRowError {
  return {
    row: 1,
    column: null,
    value: null,
    message: localized('templateColumnsMissing', (language) => ({
      columns: missing.map((c) => HEADERS[language][c]).join(', '),
    })),
  };
}
