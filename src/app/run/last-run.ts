/**
 * The summary of the last run, as every editor's sidebar shows it: kept inside the spreadsheet
 * (spreadsheet-metadata.ts), where a run of the daily trigger without a document writes it too.
 * Only the summary is kept (the sidebar reads row errors from the sheet itself), with the
 * failures capped, so it stays a few hundred characters.
 */
import type { RunReport, RunSummary } from '../../core/run/run-report.ts';
import type { MetadataSnapshot } from '../../gas/spreadsheet-metadata.ts';
import type { Workbook } from '../workbook/workbook.ts';

export const LAST_RUN_KEY = 'relance.lastRun';
const MAX_FAILURES = 10;
const MAX_FAILURE_LENGTH = 200;

export function readLastRun(workbook: Workbook): RunSummary | null {
  const [text] = workbook.metadata.values(LAST_RUN_KEY);
  if (text === undefined) return null;
  try {
    const value = JSON.parse(text) as Partial<RunSummary> | null;
    return typeof value?.at === 'string' && typeof value.sent === 'number'
      ? (value as RunSummary)
      : null;
  } catch {
    return null;
  }
}

export function writeLastRun(metadata: MetadataSnapshot, report: RunReport): void {
  const summary: RunSummary = {
    at: report.at,
    sent: report.sent,
    testSent: report.testSent,
    drafted: report.drafted,
    tasks: report.tasks,
    failed: report.failed,
    carriedOver: report.carriedOver,
    failures: report.failures
      .slice(0, MAX_FAILURES)
      .map((f) => (f.length > MAX_FAILURE_LENGTH ? `${f.slice(0, MAX_FAILURE_LENGTH - 1)}…` : f)),
  };
  metadata.write(LAST_RUN_KEY, JSON.stringify(summary));
}
