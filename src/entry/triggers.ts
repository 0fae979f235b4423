/**
 * The daily run's entry points. `runReminders` is the time-driven trigger's handler: its name is
 * a public contract (installed triggers call it by name) and never changes. `runRemindersNow`
 * and `setUpRelance` are the add-on menu's items.
 *
 * Time-driven events carry `triggerUid`
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events), which
 * finds the spreadsheet when the trigger runs without an active one.
 */

import { runRemindersFromMenu, setUpFromMenu } from '../app/menu/menu-actions.ts';
import { runDailyReminders } from '../app/run/run-reminders.ts';
import type { RunReport } from '../core/run/run-report.ts';

type TimeDrivenEvent = Partial<GoogleAppsScript.Events.TimeDriven> | undefined;

/** The daily trigger's handler. Never throws for an expected condition: it records and returns. */
export function runReminders(event?: TimeDrivenEvent): RunReport {
  const triggerUid = event?.triggerUid;
  return runDailyReminders({
    trigger: 'time',
    triggerUid: typeof triggerUid === 'string' && triggerUid !== '' ? triggerUid : null,
  });
}

/** Menu: "Run reminders now". */
export function runRemindersNow(): RunReport {
  return runRemindersFromMenu();
}

/** Menu: "Set up…". */
export function setUpRelance(): void {
  setUpFromMenu();
}
