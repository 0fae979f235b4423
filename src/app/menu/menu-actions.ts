/**
 * The add-on menu's actions: the same use cases as the trigger and the sidebar, followed by a
 * toast in the language the user chose in the sidebar (else their Google locale).
 */

import type { Language } from '../../core/invoice.ts';
import type { RunReport } from '../../core/run/run-report.ts';
import { runCounts, text } from '../../core/texts/server-texts.ts';
import { showToast } from '../../gas/toast.ts';
import { runDailyReminders } from '../run/run-reminders.ts';
import { setUp } from '../setup/set-up.ts';
import { uiLanguage } from '../sidebar/ui-language.ts';
import { activeWorkbook } from '../workbook/workbook.ts';

/** The one-line summary of a run the menu started. */
function runToast(report: RunReport, language: Language): string {
  if (report.stop && report.status === 'skipped') return report.stop.message[language];
  const sent = report.testMode ? report.testSent : report.sent;
  return runCounts({ ...report, sent }, language);
}

/** "Run reminders now": the daily run, started by hand; a second run the same day sends nothing new. */
export function runRemindersFromMenu(): RunReport {
  const report = runDailyReminders({ trigger: 'manual', triggerUid: null });
  showToast(runToast(report, uiLanguage()));
  return report;
}

/** "Set up…": finds the invoices tab and creates the templates and log tabs, in the user's language. */
export function setUpFromMenu(): void {
  const language = uiLanguage();
  const result = setUp(activeWorkbook(), { createSample: 'if_empty', language });
  showToast(
    result.ready
      ? text(language, 'setUpReady', { sheet: String(result.invoicesSheet) })
      : result.problems.map((p) => p[language]).join(' '),
  );
}
