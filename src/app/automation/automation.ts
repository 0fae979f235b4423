/**
 * The daily automation: the setting the user chose and the trigger that carries it out.
 * Turning it on installs one time-driven trigger at the send hour (replacing any earlier one);
 * turning it off removes it. Both are saved together, so the sidebar never shows "on" without
 * a trigger.
 */
import type { AutomationStatus } from '../../api/automation.ts';
import type { Settings } from '../../core/settings.ts';
import {
  dailyTriggerStatus,
  installDailyTrigger,
  removeDailyTrigger,
} from '../../gas/daily-trigger.ts';
import { effectiveUserEmail as currentUserEmail } from '../../gas/session-user.ts';
import { writeSettings } from '../../gas/settings-store.ts';
import { rememberSpreadsheet } from '../../gas/spreadsheet-locator.ts';
import {
  forgetTriggerOwner,
  readTriggerOwner,
  writeTriggerOwner,
} from '../../gas/trigger-owner.ts';
import type { Workbook } from '../workbook/workbook.ts';

/** `mine`: whether the user's own trigger is installed, asked of ScriptApp unless just set. */
export function automationStatus(
  workbook: Workbook,
  settings: Settings = workbook.settings,
  mine: boolean = dailyTriggerStatus(workbook.spreadsheetId).installed,
): AutomationStatus {
  const recorded = readTriggerOwner(workbook.metadata);
  const me = currentUserEmail();
  const someoneElse = recorded !== null && recorded.email !== me ? recorded.email : null;
  return {
    wanted: settings.automation,
    installed: mine || someoneElse !== null,
    owner: mine ? me : someoneElse,
    ownedByMe: mine,
    sendHour: settings.sendHour,
    timeZone: workbook.timeZone,
  };
}

/**
 * Makes the user's own trigger match `settings` (installed at `sendHour` when wanted, removed
 * otherwise) and records who owns the trigger in the spreadsheet. Another editor's trigger cannot
 * be removed from here: with automation off in the stored settings it runs and sends nothing.
 */
export function applyAutomation(workbook: Workbook, settings: Settings): AutomationStatus {
  const me = currentUserEmail();
  if (settings.automation) {
    installDailyTrigger(workbook.spreadsheetId, settings.sendHour, workbook.timeZone);
    rememberSpreadsheet(workbook.spreadsheetId);
    writeTriggerOwner(workbook.metadata, { email: me, since: new Date().toISOString() });
  } else {
    const removed = removeDailyTrigger(workbook.spreadsheetId);
    const owner = readTriggerOwner(workbook.metadata);
    if (removed > 0 || owner === null || owner.email === me) forgetTriggerOwner(workbook.metadata);
  }
  // Installing throws when ScriptApp refuses the trigger: the user's trigger is now there exactly
  // when the settings want it, and listing the triggers again would say nothing new.
  return automationStatus(workbook, settings, settings.automation);
}

/**
 * Turns the daily run on or off: saves the setting (what every run obeys, whoever owns the
 * trigger) and installs or removes the user's own trigger.
 */
export function setAutomation(workbook: Workbook, on: boolean): AutomationStatus {
  const settings: Settings = { ...workbook.settings, automation: on };
  const saved = writeSettings(workbook.metadata, settings);
  return applyAutomation(workbook, saved.ok ? saved.settings : workbook.settings);
}
