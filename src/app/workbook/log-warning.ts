/**
 * The log is the evidence of what was sent: a row deleted or changed by hand is a reminder the
 * next run believes never went, and sends again. Relance cannot tell a hand edit from its own
 * writes after the fact, so it asks Sheets to warn the user before any hand edit of the log, once
 * per log tab: set-up for the log it creates (again when the tab was deleted and set-up makes a
 * new one), the first run after an upgrade for an older log. A user who removes the warning from
 * a tab has decided, and is not asked again for that tab.
 */
import { text } from '../../core/texts/server-texts.ts';
import { warnBeforeHandEdits } from '../../gas/log-protection.ts';
import { saveSetupState, type Workbook } from './workbook.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** `workbook` as it is after the warning was put on `log`, when that tab never had it. */
export function warnBeforeLogEditsOnce(
  workbook: Workbook,
  log: Sheet,
  logSheetId: number,
): Workbook {
  if (workbook.setup.logWarningSheetId === logSheetId) return workbook;
  try {
    warnBeforeHandEdits(log, text(workbook.settings.language, 'logWarning'));
  } catch {
    // Not worth stopping a run for: the next one tries again.
    return workbook;
  }
  return {
    ...workbook,
    setup: saveSetupState(workbook, { logWarningSheetId: logSheetId }),
  };
}
