/**
 * The daily run's entry points. `runReminders` is the time-driven trigger's handler: its name is
 * a public contract (installed triggers call it by name) and never changes. `runRemindersNow`
 * and `setUpRelance` are the add-on menu's items.
 *
 * Time-driven events carry `triggerUid`
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events), which
 * finds the spreadsheet when the trigger runs without an active one.
 */
import { runDailyReminders } from '../app/run/run-reminders.ts';
import { setUp } from '../app/setup/set-up.ts';
import { activeWorkbook } from '../app/workbook/workbook.ts';
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

function toast(message: string): void {
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, 'Relance', 10);
  } catch {
    // No UI (e.g. called from a script editor run): the report is stored anyway.
  }
}

function french(): boolean {
  return !Session.getActiveUserLocale().toLowerCase().startsWith('en');
}

/** Menu: "Run reminders now". Same run as the trigger; a second run the same day sends nothing new. */
export function runRemindersNow(): RunReport {
  const report = runDailyReminders({ trigger: 'manual', triggerUid: null });
  const fr = french();
  if (report.stop && report.status === 'skipped') {
    toast(fr ? report.stop.message.fr : report.stop.message.en);
  } else {
    const sent = report.testMode ? report.testSent : report.sent;
    toast(
      fr
        ? `${sent} e-mail(s)${report.testMode ? ' de test' : ''}, ${report.drafted} brouillon(s), ${report.tasks} appel(s), ${report.failed} échec(s), ${report.carriedOver} reporté(s).`
        : `${sent}${report.testMode ? ' test' : ''} e-mail(s), ${report.drafted} draft(s), ${report.tasks} call(s), ${report.failed} failure(s), ${report.carriedOver} carried over.`,
    );
  }
  return report;
}

/** Menu: "Set up…". Finds the invoices tab, creates the templates and log tabs. */
export function setUpRelance(): void {
  const fr = french();
  const result = setUp(activeWorkbook(), { createSample: 'if_empty', language: fr ? 'fr' : 'en' });
  if (result.ready) {
    toast(
      fr
        ? `Relance est prêt (mode test) sur « ${result.invoicesSheet} ». Ouvrez Relance pour continuer.`
        : `Relance is ready (test mode) on “${result.invoicesSheet}”. Open Relance to continue.`,
    );
  } else {
    toast(result.problems.map((p) => (fr ? p.fr : p.en)).join(' '));
  }
}
