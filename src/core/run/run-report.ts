/**
 * What one run did, kept in document properties for the sidebar ("last run") and summarised in
 * one `run` row of the log: the RunSummary the sidebar shows, plus skips by reason, errors, duration
 * and service calls. Core owns the type; src/api re-exports RunSummary for the sidebar.
 */

import type { LocalizedText } from '../localized-text.ts';
import { localized } from '../texts/server-texts.ts';

/** Why a run stopped early or did not start. */
export type RunStopCode =
  | 'no_spreadsheet'
  | 'not_set_up'
  | 'settings_damaged'
  | 'automation_off'
  | 'authorization_required'
  | 'locked'
  | 'no_invoices_tab'
  | 'invoices_tab_not_chosen'
  | 'no_templates_tab'
  | 'no_log_tab'
  | 'mapping_incomplete'
  | 'log_unreadable'
  | 'history_unverified'
  | 'no_sender_name'
  | 'quota'
  | 'time_budget'
  | 'error';

export interface RunStop {
  readonly code: RunStopCode;
  readonly message: LocalizedText;
}

/** Calls made through the adapters during the run, by kind. */
export interface ServiceCallCounts {
  sheetReads: number;
  sheetWrites: number;
  flushes: number;
  gmailSearches: number;
  gmailSends: number;
  gmailDrafts: number;
  driveReads: number;
}

/** What the last run did, read from the log. */
export interface RunSummary {
  /** ISO instant the run started. */
  readonly at: string;
  /** Reminders that went to clients. */
  readonly sent: number;
  /** Messages test mode sent to the user instead of the clients. */
  readonly testSent: number;
  readonly drafted: number;
  readonly tasks: number;
  readonly failed: number;
  readonly carriedOver: number;
  /** One line per failure: invoice numbers and the error. */
  readonly failures: readonly string[];
}

export interface RunReport extends RunSummary {
  readonly runId: string;
  /** `completed`: everything planned was handled; `partial`: some carried over; `skipped`: nothing ran. */
  readonly status: 'completed' | 'partial' | 'skipped' | 'failed';
  readonly stop: RunStop | null;
  /** The business day the run planned for (YYYY-MM-DD), null when it did not get that far. */
  readonly today: string | null;
  readonly trigger: 'time' | 'manual';
  readonly testMode: boolean;
  /** Messages sent to the user instead of the client, in test mode. */
  readonly testSent: number;
  readonly skippedByReason: Readonly<Record<string, number>>;
  readonly rowErrors: number;
  /** The first row errors' messages (the sidebar lists them all). */
  readonly rowErrorMessages: readonly string[];
  /** Pending records from an interrupted run that were resolved. */
  readonly reconciled: number;
  /** Clients newly paused because they wrote back or the user wrote to them. */
  readonly paused: number;
  readonly durationMs: number;
  readonly serviceCalls: ServiceCallCounts;
}

export function emptyCalls(): ServiceCallCounts {
  return {
    sheetReads: 0,
    sheetWrites: 0,
    flushes: 0,
    gmailSearches: 0,
    gmailSends: 0,
    gmailDrafts: 0,
    driveReads: 0,
  };
}

/** The stop of `code`, its message followed by `extra` when there is one. */
export function runStop(code: RunStopCode, extra?: string | LocalizedText): RunStop {
  const base = localized(code === 'no_sender_name' ? 'noSignature' : `stop_${code}`);
  if (!extra) return { code, message: base };
  const fr = typeof extra === 'string' ? extra : extra.fr;
  const en = typeof extra === 'string' ? extra : extra.en;
  return { code, message: { fr: `${base.fr} ${fr}`, en: `${base.en} ${en}` } };
}
