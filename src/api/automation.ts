/** Where the daily automation stands, as the sidebar shows it. */
export interface AutomationStatus {
  /** The user asked for the daily run (settings). */
  readonly wanted: boolean;
  /** A time-driven trigger for this document exists (ScriptApp). */
  readonly installed: boolean;
  /** Hour (0–23, script time zone) the trigger runs at. */
  readonly sendHour: number;
  readonly timeZone: string;
}

export type { RunSummary } from '../core/run/run-report.ts';
