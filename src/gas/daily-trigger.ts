/**
 * The one time-driven trigger that calls `runReminders` every day.
 *
 * Add-on rules: one trigger of each type per user per document, time-driven ones at most once an
 * hour; a daily trigger "at 9" runs between 9 and 10
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions,
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#atHour(Integer)).
 * Installing again replaces the trigger instead of adding a second one; turning automation off
 * deletes it (https://developers.google.com/apps-script/reference/script/script-app#deleteTrigger(Trigger)).
 * getProjectTriggers() lists the current user's triggers of this project
 * (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers());
 * the uid → spreadsheet map kept in user properties tells which ones belong to this document.
 */
import { forgetTriggers, rememberSpreadsheet, triggerKey } from './spreadsheet-locator.ts';
import { userProperties } from './user-properties.ts';

const TRIGGER_NOT_SAVED =
  'L’envoi quotidien n’a pas pu être activé : l’espace de stockage de votre compte pour ce script est plein. / The daily run could not be turned on: your storage for this script is full.';

/** The handler's name is a public contract: installed triggers refer to it. */
export const RUN_HANDLER = 'runReminders';

export interface DailyTriggerStatus {
  readonly installed: boolean;
  readonly triggerUid: string | null;
}

type Trigger = GoogleAppsScript.Script.Trigger;

/**
 * Triggers of `runReminders` that belong to this spreadsheet (or to no known spreadsheet), with
 * their unique ids (each asked once).
 */
function ownTriggers(spreadsheetId: string): { trigger: Trigger; uid: string }[] {
  const user = userProperties();
  return ScriptApp.getProjectTriggers().flatMap((trigger) => {
    if (trigger.getHandlerFunction() !== RUN_HANDLER) return [];
    const uid = trigger.getUniqueId();
    const owner = user[triggerKey(uid)];
    return owner === undefined || owner === spreadsheetId ? [{ trigger, uid }] : [];
  });
}

export function dailyTriggerStatus(spreadsheetId: string): DailyTriggerStatus {
  const [first] = ownTriggers(spreadsheetId);
  return { installed: first !== undefined, triggerUid: first?.uid ?? null };
}

/** Removes this document's run triggers; returns how many were removed. */
export function removeDailyTrigger(spreadsheetId: string): number {
  const triggers = ownTriggers(spreadsheetId);
  const uids = triggers.map((t) => t.uid);
  for (const { trigger } of triggers) ScriptApp.deleteTrigger(trigger);
  forgetTriggers(uids);
  return triggers.length;
}

/**
 * Installs the daily trigger at `hour` (0–23) in `timeZone` (the spreadsheet's, so "9" is the
 * user's 9 o'clock), replacing any previous one of this document.
 */
export function installDailyTrigger(
  spreadsheetId: string,
  hour: number,
  timeZone: string,
): DailyTriggerStatus {
  removeDailyTrigger(spreadsheetId);
  const trigger = ScriptApp.newTrigger(RUN_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone(timeZone)
    .create();
  const uid = trigger.getUniqueId();
  try {
    rememberSpreadsheet(spreadsheetId, uid);
  } catch {
    // Without its uid → spreadsheet entry the trigger could not find the spreadsheet: rather no
    // trigger than one that fails every day. The user's property store is full (500 KB:
    // https://developers.google.com/apps-script/guides/services/quotas).
    ScriptApp.deleteTrigger(trigger);
    throw new Error(TRIGGER_NOT_SAVED);
  }
  return { installed: true, triggerUid: uid };
}
