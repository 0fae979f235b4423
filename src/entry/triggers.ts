/** Time-driven trigger and menu actions of the daily run. */
export function runReminders(_event?: GoogleAppsScript.Events.TimeDriven): void {
  // Wired by the daily-run use case.
}
