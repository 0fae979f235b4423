/**
 * Developer metadata attached to the spreadsheet itself
 * (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata and
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addDeveloperMetadata(String,String,DeveloperMetadataVisibility)).
 *
 * Documented semantics reproduced here: key/value pairs kept with the spreadsheet (so every
 * editor and a script that opens it by id see the same values), several items may share a key,
 * `getValue()` is null for an item without a value, ids are spreadsheet-scoped positive integers,
 * and visibility is DOCUMENT (any project with access to the document) or PROJECT (only the
 * project that created it) (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata).
 * Every project in this runtime is the one add-on, so both visibilities are visible to it.
 *
 * Only the spreadsheet location is provided (Relance attaches nothing to rows, columns or sheets).
 * Not known from the reference pages: the size limit of a value or of all metadata of a
 * location, and the error text when it is passed. This runtime refuses a location's metadata
 * above METADATA_LOCATION_LIMIT characters, the figure commonly reported for the Sheets API, with
 * its own message; code must stay well below it rather than rely on the exact figure.
 */
import { appsScriptEnumType } from '../../service-module.ts';
import type { SheetsSession } from './session.ts';
import type { SpreadsheetData } from './store.ts';

export const DEVELOPER_METADATA_VISIBILITY = appsScriptEnumType('DeveloperMetadataVisibility', [
  'DOCUMENT',
  'PROJECT',
]);

export const METADATA_LOCATION_LIMIT = 30_000;
export const METADATA_TOO_LARGE_MESSAGE =
  'The total size of developer metadata at this location is too large.';

export interface DeveloperMetadataData {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  removed: boolean;
}

function visibilityName(visibility: unknown): 'DOCUMENT' | 'PROJECT' {
  return String(visibility) === 'PROJECT' ? 'PROJECT' : 'DOCUMENT';
}

function locationSize(book: SpreadsheetData): number {
  return book.metadata.reduce((n, m) => n + m.key.length + (m.value?.length ?? 0), 0);
}

export class DeveloperMetadataFacade {
  readonly #s: SheetsSession;
  readonly #book: SpreadsheetData;
  readonly #data: DeveloperMetadataData;

  constructor(s: SheetsSession, book: SpreadsheetData, data: DeveloperMetadataData) {
    this.#s = s;
    this.#book = book;
    this.#data = data;
  }

  #call(method: string): void {
    this.#s.call(`DeveloperMetadata.${method}`);
    if (this.#data.removed) throw this.#s.error('This developer metadata has been removed.');
  }

  getId(): number {
    this.#call('getId');
    return this.#data.id;
  }
  getKey(): string {
    this.#call('getKey');
    return this.#data.key;
  }
  getValue(): string | null {
    this.#call('getValue');
    return this.#data.value;
  }
  getVisibility(): unknown {
    this.#call('getVisibility');
    return DEVELOPER_METADATA_VISIBILITY[this.#data.visibility];
  }
  setKey(key: string): DeveloperMetadataFacade {
    this.#call('setKey');
    this.#data.key = String(key);
    return this;
  }
  /** One write: the value is replaced whole or, when too large, not at all. */
  setValue(value: string): DeveloperMetadataFacade {
    this.#call('setValue');
    const next = String(value);
    const size = locationSize(this.#book) - (this.#data.value?.length ?? 0) + next.length;
    if (size > METADATA_LOCATION_LIMIT) throw this.#s.error(METADATA_TOO_LARGE_MESSAGE);
    this.#data.value = next;
    return this;
  }
  setVisibility(visibility: unknown): DeveloperMetadataFacade {
    this.#call('setVisibility');
    this.#data.visibility = visibilityName(visibility);
    return this;
  }
  remove(): void {
    this.#call('remove');
    this.#data.removed = true;
    this.#book.metadata = this.#book.metadata.filter((m) => m !== this.#data);
  }
  toString(): string {
    return 'DeveloperMetadata';
  }
}

/** Spreadsheet.addDeveloperMetadata(key[, value][, visibility]) and getDeveloperMetadata(). */
export function addSpreadsheetMetadata(
  s: SheetsSession,
  book: SpreadsheetData,
  key: unknown,
  valueOrVisibility?: unknown,
  visibility?: unknown,
): DeveloperMetadataFacade {
  if (typeof key !== 'string' || key === '') throw s.error('Invalid argument: key');
  const value = typeof valueOrVisibility === 'string' ? valueOrVisibility : null;
  const shownTo = typeof valueOrVisibility === 'string' ? visibility : valueOrVisibility;
  if (locationSize(book) + key.length + (value?.length ?? 0) > METADATA_LOCATION_LIMIT)
    throw s.error(METADATA_TOO_LARGE_MESSAGE);
  const data: DeveloperMetadataData = {
    id: book.nextMetadataId,
    key,
    value,
    visibility: shownTo === undefined ? 'DOCUMENT' : visibilityName(shownTo),
    removed: false,
  };
  book.nextMetadataId += 1;
  book.metadata.push(data);
  return new DeveloperMetadataFacade(s, book, data);
}

export function spreadsheetMetadata(
  s: SheetsSession,
  book: SpreadsheetData,
): DeveloperMetadataFacade[] {
  return book.metadata.map((m) => new DeveloperMetadataFacade(s, book, m));
}
