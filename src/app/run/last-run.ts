/** The report of the last run, as the sidebar shows it. */
import { LAST_RUN_KEY } from '../../gas/document-store.ts';
import type { Workbook } from '../workbook/workbook.ts';
import type { RunReport } from './run-report.ts';

export function readLastRun(workbook: Workbook): RunReport | null {
  const value = workbook.snapshot.get(LAST_RUN_KEY);
  if (typeof value !== 'object' || value === null) return null;
  const report = value as Partial<RunReport>;
  return typeof report.at === 'string' && typeof report.sent === 'number'
    ? (value as RunReport)
    : null;
}
