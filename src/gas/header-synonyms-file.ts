/**
 * The header synonyms (src/core/columns/header-synonyms.ts, one of the largest tables of data in
 * the add-on) read from a project file the first time a header row is matched, instead of being
 * evaluated with Code.js at the start of every execution. The build puts this module in the
 * bundle in place of the core one (scripts/build.ts) and writes the tables, as JSON, to
 * `HeaderSynonyms.html`; tests and scripts use the core module itself.
 *
 * Apps Script reads an HTML file of the project only when HtmlService asks for it:
 * https://developers.google.com/apps-script/reference/html/html-service#createTemplateFromFile(String)
 * https://developers.google.com/apps-script/reference/html/html-template#getRawContent()
 */
import type * as Synonyms from '../core/columns/header-synonyms.ts';

export type { FieldSynonyms } from '../core/columns/header-synonyms.ts';

export const HEADER_SYNONYMS_FILE = 'HeaderSynonyms';

/** The tables the file holds, by export name. */
export interface SynonymTables {
  readonly HEADER_SYNONYMS: typeof Synonyms.HEADER_SYNONYMS;
  readonly VAGUE_HEADERS: typeof Synonyms.VAGUE_HEADERS;
  readonly REMINDER_WORDS: typeof Synonyms.REMINDER_WORDS;
}

let tables: SynonymTables | null = null;

function load(): SynonymTables {
  if (tables) return tables;
  const raw = HtmlService.createTemplateFromFile(HEADER_SYNONYMS_FILE).getRawContent();
  const parsed = JSON.parse(raw) as Partial<SynonymTables>;
  if (!parsed.HEADER_SYNONYMS || !parsed.VAGUE_HEADERS || !parsed.REMINDER_WORDS) {
    throw new Error(`The project file ${HEADER_SYNONYMS_FILE}.html holds no header synonyms.`);
  }
  tables = parsed as SynonymTables;
  return tables;
}

/** A stand-in for one table that reads the file on first use (an object or an array). */
function lazy<K extends keyof SynonymTables>(key: K, shape: object): SynonymTables[K] {
  return new Proxy(shape, {
    get: (_shape, property) => Reflect.get(load()[key], property),
    has: (_shape, property) => Reflect.has(load()[key], property),
    ownKeys: () => Reflect.ownKeys(load()[key]),
    getOwnPropertyDescriptor: (_shape, property) =>
      Reflect.getOwnPropertyDescriptor(load()[key], property),
  }) as SynonymTables[K];
}

export const HEADER_SYNONYMS = lazy('HEADER_SYNONYMS', {});
export const VAGUE_HEADERS = lazy('VAGUE_HEADERS', []);
export const REMINDER_WORDS = lazy('REMINDER_WORDS', []);
