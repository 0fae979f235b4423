/**
 * Faults of the log for the e2e scenarios: a run cut after its sends, a log tab cleared by hand.
 */
import { expect } from 'vitest';
import type { Scenario } from './world.ts';

/**
 * Runs the daily run and cuts it once `sends` messages left, at the next call of `method`: the
 * log's settle write (`Sheet.getRange`: the rows stay pending) or the status columns' read
 * (`Sheet.getDataRange`: the log says sent, the status columns do not).
 */
export function cutAfterSends(s: Scenario, sends: number, method: string): void {
  let sent = 0;
  const stop = s.runtime.kernel.onCall((m, index) => {
    if (m === 'GmailDraft.send' || m === 'GmailApp.sendEmail') sent += 1;
    else if (sent >= sends && m === method) {
      stop();
      s.runtime.kernel.cutAtCall = index;
    }
  });
  expect(() => s.trigger()).toThrow();
  stop();
}

/** Deletes every row of the log tab below its header, as a user clearing it by hand. */
export function clearLog(s: Scenario): void {
  const tab = s.runtime.spreadsheets
    .get(s.spreadsheetId)
    .sheets.find((t) => t.name.startsWith('Relance · journal'));
  if (!tab) throw new Error('no log tab');
  s.runtime.spreadsheets.deleteRows(s.spreadsheetId, tab.name, 2, s.logRows().length);
}
