/**
 * The settings Relance stored in a spreadsheet of this runtime: the `settings` of the record it
 * keeps as developer metadata under `relance.settings` (src/gas/settings-store.ts), for the demo
 * and the tests to read what the daily run will obey.
 */
import type { AppsScriptRuntime } from '../runtime.ts';

export const SETTINGS_METADATA_KEY = 'relance.settings';

/** The stored settings as JSON text, or null when none are stored or the record is unreadable. */
export function storedSettingsText(
  runtime: AppsScriptRuntime,
  spreadsheetId: string,
): string | null {
  const record = runtime.spreadsheets.metadataValue(spreadsheetId, SETTINGS_METADATA_KEY);
  if (record === null) return null;
  try {
    const settings = (JSON.parse(record) as { settings?: unknown }).settings;
    return settings === undefined ? null : JSON.stringify(settings);
  } catch {
    return null;
  }
}

export function storedSettings(
  runtime: AppsScriptRuntime,
  spreadsheetId: string,
): Record<string, unknown> {
  return JSON.parse(storedSettingsText(runtime, spreadsheetId) ?? '{}');
}
