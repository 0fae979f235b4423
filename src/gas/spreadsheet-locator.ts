/**
 * Finds the spreadsheet a run works on.
 *
 * From a menu or the sidebar the active spreadsheet is known. A time-driven trigger of an add-on
 * may run without one (getActiveSpreadsheet() then returns null:
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()),
 * so the trigger's unique id is mapped to the spreadsheet id in the user's properties when the
 * trigger is installed (Trigger.getUniqueId():
 * https://developers.google.com/apps-script/reference/script/trigger#getUniqueId()), and the
 * event passes it back as `triggerUid`
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
 * Opening by id needs the full spreadsheets scope
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)).
 */
import { deleteUserProperties, setUserProperties, userProperties } from './user-properties.ts';

const TRIGGER_PREFIX = 'relance.trigger.';
/** The spreadsheet this user set up last: the fallback of a trigger event without a uid. */
const LAST_SPREADSHEET_KEY = 'relance.spreadsheet';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface LocatedSpreadsheet {
  readonly spreadsheet: Spreadsheet;
  /** How it was found, for the run's record. */
  readonly via: 'active' | 'trigger' | 'stored';
}

export function triggerKey(triggerUid: string): string {
  return TRIGGER_PREFIX + triggerUid;
}

/** The spreadsheet the menu or the sidebar was opened from. */
export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * The spreadsheet of this execution, or null when none is known (set-up never ran). A trigger's
 * own mapping comes first: it names the spreadsheet, and asking for an active one first would
 * cost a call that a time-driven trigger answers with null.
 */
export function locateSpreadsheet(triggerUid: string | null): LocatedSpreadsheet | null {
  const byTrigger = triggerUid === null ? undefined : userProperties()[triggerKey(triggerUid)];
  if (byTrigger !== undefined)
    return { spreadsheet: SpreadsheetApp.openById(byTrigger), via: 'trigger' };
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return { spreadsheet: active, via: 'active' };
  const stored = userProperties()[LAST_SPREADSHEET_KEY];
  if (stored === undefined) return null;
  return { spreadsheet: SpreadsheetApp.openById(stored), via: 'stored' };
}

/** Remembers the spreadsheet for triggers (called by set-up and when automation is turned on). */
export function rememberSpreadsheet(spreadsheetId: string, triggerUid?: string): void {
  const entries: Record<string, string> = { [LAST_SPREADSHEET_KEY]: spreadsheetId };
  if (triggerUid !== undefined) entries[triggerKey(triggerUid)] = spreadsheetId;
  setUserProperties(entries);
}

/** Forgets trigger mappings (when the trigger is removed). */
export function forgetTriggers(triggerUids: readonly string[]): void {
  deleteUserProperties(triggerUids.map(triggerKey));
}
