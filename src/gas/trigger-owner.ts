/**
 * Who installed the daily trigger of a spreadsheet. A trigger belongs to the user who created
 * it and ScriptApp lists only the current user's own triggers
 * (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()),
 * so another editor cannot see it, nor remove it. The owner is therefore written next to the
 * settings, inside the spreadsheet, for every editor's sidebar to show.
 */
import type { MetadataSnapshot } from './spreadsheet-metadata.ts';

export const TRIGGER_OWNER_KEY = 'relance.trigger';

export interface TriggerOwner {
  /** The owner's address ('' when Google does not tell it). */
  readonly email: string;
  /** ISO instant the trigger was installed. */
  readonly since: string;
}

export function readTriggerOwner(metadata: MetadataSnapshot): TriggerOwner | null {
  const [text] = metadata.values(TRIGGER_OWNER_KEY);
  if (text === undefined) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { email, since } = value as Record<string, unknown>;
    return typeof email === 'string' && typeof since === 'string' ? { email, since } : null;
  } catch {
    return null;
  }
}

export function writeTriggerOwner(metadata: MetadataSnapshot, owner: TriggerOwner): void {
  metadata.write(TRIGGER_OWNER_KEY, JSON.stringify(owner));
}

export function forgetTriggerOwner(metadata: MetadataSnapshot): void {
  metadata.remove(TRIGGER_OWNER_KEY);
}
