/**
 * The stored form of the settings: one JSON text holding the settings with who saved them, when,
 * and a checksum of their exact text. Reading tells three states apart, so a damaged value is
 * never mistaken for "never set up" (which would invite the user to reset everything) nor
 * silently replaced by defaults while a trigger keeps running on something else.
 */
import type { Settings } from './settings.ts';
import { migrateSettings } from './settings-validation.ts';
import { stableHash } from './templates/stable-hash.ts';

export const SETTINGS_RECORD_FORMAT = 1;

export interface SettingsRecord {
  readonly settings: Settings;
  /** ISO instant of the save. */
  readonly savedAt: string;
  /** Address of the editor who saved them ('' when Google does not tell). */
  readonly savedBy: string;
}

export type SettingsReading =
  | { readonly state: 'absent' }
  | ({ readonly state: 'ok' } & SettingsRecord)
  | { readonly state: 'damaged'; readonly reason: 'unreadable' | 'checksum' | 'shape' };

interface StoredShape {
  readonly format: number;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly checksum: string;
  readonly settings: unknown;
}

function checksumOf(settingsText: string): string {
  return `${stableHash(settingsText).toString(16)}-${settingsText.length}`;
}

export function encodeSettingsRecord(record: SettingsRecord): string {
  const settingsText = JSON.stringify(record.settings);
  const stored: StoredShape = {
    format: SETTINGS_RECORD_FORMAT,
    savedAt: record.savedAt,
    savedBy: record.savedBy,
    checksum: checksumOf(settingsText),
    settings: record.settings,
  };
  return JSON.stringify(stored);
}

function isStoredShape(value: unknown): value is StoredShape {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.format === 'number' &&
    typeof v.savedAt === 'string' &&
    typeof v.savedBy === 'string' &&
    typeof v.checksum === 'string' &&
    typeof v.settings === 'object' &&
    v.settings !== null
  );
}

/**
 * The settings a stored text holds. Settings of an older schema are upgraded (migrateSettings);
 * a text that is not what Relance wrote (bad JSON, another shape, a checksum that does not match
 * the settings, as after a hand edit or a cut write) is `damaged`.
 */
export function decodeSettingsRecord(text: string | null): SettingsReading {
  if (text === null || text === '') return { state: 'absent' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { state: 'damaged', reason: 'unreadable' };
  }
  if (!isStoredShape(parsed) || parsed.format > SETTINGS_RECORD_FORMAT)
    return { state: 'damaged', reason: 'shape' };
  if (checksumOf(JSON.stringify(parsed.settings)) !== parsed.checksum)
    return { state: 'damaged', reason: 'checksum' };
  return {
    state: 'ok',
    settings: migrateSettings(parsed.settings),
    savedAt: parsed.savedAt,
    savedBy: parsed.savedBy,
  };
}
