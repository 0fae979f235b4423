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
