/**
 * The pure data modules of src/core that Code.js does not carry: the build writes each one's
 * exports, as JSON, to the project file `<file>.html` and bundles a stand-in that reads that file
 * the first time a table is used (src/gas/project-data-file.ts). A module listed here exports only
 * tables (objects and arrays) and types; no module may read one of its tables while Code.js is
 * evaluated (at the top level), or the file would be read at every execution. Modules used
 * together may name the same file: it holds the exports of each, and one read brings them all.
 */
export interface LazyDataModule {
  /** Path from the repository root. */
  readonly module: string;
  /** Project file name, without `.html` (Apps Script names carry no extension). */
  readonly file: string;
}

export const LAZY_DATA: readonly LazyDataModule[] = [
  // One file, one read (each read is a round trip of about 70 ms): the header and cell words are
  // read by every call that reads a tab, the rates and holidays by every run and every preview of
  // the day, the wording of messages by every run that sends and every sidebar call (its refusals
  // and skip reasons are worded in both languages). Parsing the whole file costs well under a
  // millisecond; a second file would cost a second round trip to most calls.
  { module: 'src/core/columns/header-synonyms.ts', file: 'BookData' },
  { module: 'src/core/parse/cell-words.ts', file: 'BookData' },
  { module: 'src/core/rates/rate-history.ts', file: 'BookData' },
  { module: 'src/core/holidays/holiday-rules.ts', file: 'BookData' },
  { module: 'src/core/parse/country-names.ts', file: 'BookData' },
  { module: 'src/core/messages/row-error-fields.ts', file: 'BookData' },
  { module: 'src/core/templates/legal-basis.ts', file: 'BookData' },
  { module: 'src/core/late-fee-notes.ts', file: 'BookData' },
  { module: 'src/core/templates/notice-texts.ts', file: 'BookData' },
  { module: 'src/core/templates/mail-sentences.ts', file: 'BookData' },
  { module: 'src/core/templates/reminder-claim-words.ts', file: 'BookData' },
  { module: 'src/core/texts/server-texts-fr.ts', file: 'BookData' },
  { module: 'src/core/texts/server-texts-en.ts', file: 'BookData' },
  { module: 'src/core/templates/placeholder-descriptions.ts', file: 'BookData' },
  { module: 'src/core/exchanges/auto-reply-words.ts', file: 'BookData' },
  { module: 'src/core/exchanges/public-mail-domains.ts', file: 'BookData' },
];
