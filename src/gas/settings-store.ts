/**
 * The settings: ONE stored value, inside the spreadsheet (spreadsheet-metadata.ts), that the
 * daily run and every editor's sidebar read alike. What the run does is what the sidebar shows.
 *
 * - Saved whole or not at all: validated first (validateSettings), then one metadata write.
 * - Each save also writes a second copy, `lastGood`, after the first one: a save cut between the
 *   two leaves the older, complete copy there. A current value that is not what Relance wrote
 *   (settings-record.ts) is `damaged`: the run refuses to send, the sidebar says so and offers to
 *   restore the last good copy. Damaged is never read as "never set up".
 * - Settings saved by an earlier version in document properties (or in the user's mirror of
 *   them, for a trigger without a document) are read once and copied into the spreadsheet.
 */

import type { Settings } from '../core/settings.ts';
import { DEFAULT_SETTINGS } from '../core/settings-defaults.ts';
import {
  decodeSettingsRecord,
  encodeSettingsRecord,
  type SettingsRecord,
} from '../core/settings-record.ts';
import type { SettingsValidation } from '../core/settings-validation.ts';
import { migrateSettings, validateSettings } from '../core/settings-validation.ts';
import { localized } from '../core/texts/server-texts.ts';
import { effectiveUserEmail } from './session-user.ts';
import type { MetadataSnapshot } from './spreadsheet-metadata.ts';

export const SETTINGS_METADATA_KEY = 'relance.settings';
export const LAST_GOOD_METADATA_KEY = 'relance.settings.lastGood';

export type SettingsState = 'ok' | 'absent' | 'damaged';

export interface StoredSettings {
  readonly state: SettingsState;
  /** What the run obeys: the stored settings, or when absent or damaged the safe defaults. */
  readonly settings: Settings;
  /** Who saved the settings in use, and when (null when absent, damaged or migrated). */
  readonly saved: Omit<SettingsRecord, 'settings'> | null;
  /** The last copy known good, to restore when the current one is damaged. */
  readonly lastGood: SettingsRecord | null;
}

/** Defaults that can never send to a client: test mode on, automation off. */
export const SAFE_SETTINGS: Settings = { ...DEFAULT_SETTINGS, testMode: true, automation: false };

/** The newest readable record among `texts`, or the reading of the first when none is readable. */
function newest(texts: readonly string[]) {
  const readings = texts.map(decodeSettingsRecord);
  const ok = readings.flatMap((r) => (r.state === 'ok' ? [r] : []));
  ok.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  return ok[0] ?? readings[0] ?? ({ state: 'absent' } as const);
}

/**
 * The settings stored in the spreadsheet. `legacy` is the value an earlier version kept in
 * properties, used only when the spreadsheet holds none.
 */
export function readStoredSettings(metadata: MetadataSnapshot, legacy: unknown): StoredSettings {
  const current = newest(metadata.values(SETTINGS_METADATA_KEY));
  const backup = newest(metadata.values(LAST_GOOD_METADATA_KEY));
  const lastGood = backup.state === 'ok' ? backup : null;
  if (current.state === 'ok') {
    const { settings, savedAt, savedBy } = current;
    return { state: 'ok', settings, saved: { savedAt, savedBy }, lastGood };
  }
  // Emptied or removed while its last good copy remains: something other than Relance did it.
  if (current.state === 'damaged' || lastGood !== null)
    return { state: 'damaged', settings: SAFE_SETTINGS, saved: null, lastGood };
  if (legacy !== undefined)
    return { state: 'ok', settings: migrateSettings(legacy), saved: null, lastGood };
  return { state: 'absent', settings: SAFE_SETTINGS, saved: null, lastGood };
}

/** The saving editor's address; '' when Google withholds it. */
function safeEmail(): string {
  try {
    return effectiveUserEmail();
  } catch {
    return '';
  }
}

/** Writes a validated record: the current value, then the last-good copy. */
function writeRecord(metadata: MetadataSnapshot, settings: Settings): void {
  const text = encodeSettingsRecord({
    settings,
    savedAt: new Date().toISOString(),
    savedBy: safeEmail(),
  });
  metadata.write(SETTINGS_METADATA_KEY, text);
  metadata.write(LAST_GOOD_METADATA_KEY, text);
}

/**
 * Validates and saves settings whole, or saves nothing and returns every problem. A storage
 * failure is a problem like the others, with its own message, never a raw service error.
 */
export function writeSettings(metadata: MetadataSnapshot, input: unknown): SettingsValidation {
  const result = validateSettings(input);
  if (!result.ok) return result;
  try {
    writeRecord(metadata, result.settings);
  } catch {
    return { ok: false, errors: [{ path: '', message: localized('settingsNotSaved') }] };
  }
  return result;
}

/** Makes the last good copy current again (after the sidebar reported damaged settings). */
export function restoreLastGood(stored: StoredSettings, metadata: MetadataSnapshot): boolean {
  if (stored.lastGood === null) return false;
  writeRecord(metadata, stored.lastGood.settings);
  return true;
}
