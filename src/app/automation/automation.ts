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
import { writeSettings } from '../../gas/settings-store.ts';
import { rememberSpreadsheet } from '../../gas/spreadsheet-locator.ts';
import type { Workbook } from '../workbook/workbook.ts';

export function automationStatus(
  workbook: Workbook,
  settings: Settings = workbook.settings,
): AutomationStatus {
  return {
    wanted: settings.automation,
    installed: dailyTriggerStatus(workbook.spreadsheetId).installed,
    sendHour: settings.sendHour,
    timeZone: workbook.timeZone,
  };
}

/** Makes the trigger match `settings` (installed at `sendHour` when wanted, removed otherwise). */
export function applyAutomation(workbook: Workbook, settings: Settings): AutomationStatus {
  if (settings.automation) {
    installDailyTrigger(workbook.spreadsheetId, settings.sendHour, workbook.timeZone);
    rememberSpreadsheet(workbook.spreadsheetId);
  } else {
    removeDailyTrigger(workbook.spreadsheetId);
  }
  return automationStatus(workbook, settings);
}

/** Turns the daily run on or off: saves the setting and installs or removes the trigger. */
export function setAutomation(workbook: Workbook, on: boolean): AutomationStatus {
  const settings: Settings = { ...workbook.settings, automation: on };
  const saved = writeSettings(workbook.store, settings);
  return applyAutomation(workbook, saved.ok ? saved.settings : workbook.settings);
}
