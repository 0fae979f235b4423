/**
 * The report of the last run, as the sidebar shows it. A run of the daily trigger may have no
 * document, and then keeps its report in the user's mirror of the document's store
 * (document-store.ts); a run from the sidebar keeps it in the document's store. The later wins.
 */

import type { RunReport } from '../../core/run/run-report.ts';
import { LAST_RUN_KEY, type StoreSnapshot } from '../../gas/document-store.ts';
import type { Workbook } from '../workbook/workbook.ts';

function reportIn(snapshot: StoreSnapshot | null): RunReport | null {
  const value = snapshot?.get(LAST_RUN_KEY);
  if (typeof value !== 'object' || value === null) return null;
  const report = value as Partial<RunReport>;
  return typeof report.at === 'string' && typeof report.sent === 'number'
    ? (value as RunReport)
    : null;
}

export function readLastRun(
  workbook: Workbook,
  mirror: StoreSnapshot | null = workbook.store.readMirror(),
): RunReport | null {
  const own = reportIn(workbook.snapshot);
  const mirrored = reportIn(mirror);
  if (own === null || mirrored === null) return own ?? mirrored;
  return mirrored.at > own.at ? mirrored : own;
}
