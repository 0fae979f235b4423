/**
 * Relance's state kept inside the spreadsheet as developer metadata
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getDeveloperMetadata(),
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata#setValue(String)).
 *
 * Why here and not in properties: metadata travels with the spreadsheet, so the sidebar of every
 * editor and the daily trigger, which may have no active document and opens the spreadsheet by
 * its stored id, read the very same value; document properties are null without an active
 * document and user properties are one user's own copy. One `setValue` replaces one value whole.
 * Visibility DOCUMENT keeps the values readable by the add-on and by the same code deployed as a
 * bound script (another project), which PROJECT visibility would hide
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata#DeveloperMetadataVisibility).
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

const PREFIX = 'relance.';

/** Relance's metadata of one spreadsheet, read once (one call, plus one per item). */
export interface MetadataSnapshot {
  /** Every value stored under `key` (normally one; two editors adding at once may leave two). */
  values(key: string): readonly string[];
  /** Replaces the value of `key` (one write), adding it when absent and removing extra copies. */
  write(key: string, value: string): void;
  remove(key: string): void;
}

/** Relance's metadata among `read` (the spreadsheet's, read now unless the caller just did). */
export function readMetadata(
  spreadsheet: Spreadsheet,
  read: readonly DeveloperMetadata[] = spreadsheet.getDeveloperMetadata(),
): MetadataSnapshot {
  const items = new Map<string, DeveloperMetadata[]>();
  const values = new Map<string, string[]>();
  for (const item of read) {
    const key = item.getKey();
    if (!key.startsWith(PREFIX)) continue;
    items.set(key, [...(items.get(key) ?? []), item]);
    values.set(key, [...(values.get(key) ?? []), item.getValue() ?? '']);
  }
  return {
    values: (key) => values.get(key) ?? [],
    write(key, value) {
      const [first, ...extra] = items.get(key) ?? [];
      if (first) first.setValue(value);
      else
        spreadsheet.addDeveloperMetadata(
          key,
          value,
          SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
        );
      for (const item of extra) item.remove();
      if (!first) {
        const added = spreadsheet.getDeveloperMetadata().filter((m) => m.getKey() === key);
        items.set(key, added);
      } else items.set(key, [first]);
      values.set(key, [value]);
    },
    remove(key) {
      for (const item of items.get(key) ?? []) item.remove();
      items.delete(key);
      values.delete(key);
    },
  };
}
