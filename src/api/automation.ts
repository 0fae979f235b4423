/** Where the daily automation stands, as the sidebar shows it. */
export interface AutomationStatus {
  /** The user asked for the daily run (settings). */
  readonly wanted: boolean;
  /**
   * A daily trigger runs for this document: the user's own (ScriptApp), or another editor's
   * (recorded in the spreadsheet when they installed it; ScriptApp shows only one's own).
   */
  readonly installed: boolean;
  /** Address of the editor whose trigger runs the daily job (null when none is recorded). */
  readonly owner: string | null;
  /** True when the daily trigger is the current user's own (they can remove it). */
  readonly ownedByMe: boolean;
  /** Hour (0–23, script time zone) the trigger runs at. */
  readonly sendHour: number;
  readonly timeZone: string;
}

export type { RunSummary } from '../core/run/run-report.ts';
