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
