/**
 * A hand edit of the log tab (or of the hidden state tab) may change rows the compact log state
 * covers, which its checkpoint (the last covered row) cannot see: the state is forgotten, and the
 * next reader reads the whole log and the next run writes the state again. Row deletions,
 * insertions and sorting move the checkpoint's row and are caught when the state is read.
 *
 * Runs from the simple onEdit trigger, which fires when a user changes a value and not for
 * changes made by scripts (https://developers.google.com/apps-script/guides/triggers#onedite);
 * the edited sheet is the user's active sheet.
 */
import { checkpointSheetId } from '../../core/log/log-state.ts';
import { findLogStateTab } from '../../gas/log-state-tab.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function forgetLogStateAfterEdit(spreadsheet: Spreadsheet): void {
  const edited = spreadsheet.getActiveSheet();
  const stateTab = findLogStateTab(spreadsheet.getSheets());
  if (!stateTab) return;
  const first = stateTab.getRange(1, 1);
  const logId = checkpointSheetId(first.getValue());
  if (logId === null) return;
  const editedId = edited.getSheetId();
  if (editedId === logId || editedId === stateTab.getSheetId()) first.setValue('');
}
