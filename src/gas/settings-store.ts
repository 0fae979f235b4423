/**
 * Settings in document properties: one versioned JSON value (split over keys when large, see
 * property-json.ts), migrated and validated on every read by the core, so a damaged or old value
 * never stops a run: fields that are no longer valid fall back to their defaults.
 */
import type { Settings } from '../core/settings.ts';
import type { SettingsValidation } from '../core/settings-validation.ts';
import { migrateSettings, validateSettings } from '../core/settings-validation.ts';
import type { DocumentStore, StoreSnapshot } from './document-store.ts';
import { openDocumentStore, SETTINGS_KEY } from './document-store.ts';

/** Settings from an already-read snapshot of the store (no service call). */
export function settingsFrom(snapshot: StoreSnapshot): Settings {
  return migrateSettings(snapshot.get(SETTINGS_KEY) ?? null);
}

/** True when settings were ever saved for this document (set-up ran). */
export function hasStoredSettings(snapshot: StoreSnapshot): boolean {
  return snapshot.get(SETTINGS_KEY) !== undefined;
}

export function readSettings(store: DocumentStore): Settings {
  return settingsFrom(store.read());
}

/**
 * Validates and saves settings whole, or nothing when one field is invalid. Saved settings are
 * mirrored to the user's properties so the daily trigger reads them even without a document.
 */
export function writeSettings(store: DocumentStore, input: unknown): SettingsValidation {
  const result = validateSettings(input);
  if (result.ok) store.writeMirrored(SETTINGS_KEY, result.settings);
  return result;
}

/** The store of the active spreadsheet (menu and sidebar calls have one). */
export function activeDocumentStore(): DocumentStore {
  return openDocumentStore(SpreadsheetApp.getActiveSpreadsheet().getId());
}

/** Settings of the active spreadsheet: defaults when none were saved yet. */
export function loadSettings(): Settings {
  return readSettings(activeDocumentStore());
}

/** Saves the active spreadsheet's settings whole, or returns every problem and saves nothing. */
export function saveSettings(input: unknown): SettingsValidation {
  return writeSettings(activeDocumentStore(), input);
}
