import type { AutomationStatus } from './automation.ts';

/** How one logical field of the invoices tab was found. */
export interface ColumnMapping {
  /** Logical field, e.g. `number`, `client`, `email`, `amount`, `dueDate`. */
  readonly field: string;
  readonly required: boolean;
  /** The header used for it, or null when no column matched. */
  readonly header: string | null;
  /** True when the user chose the header in settings instead of automatic detection. */
  readonly overridden: boolean;
  /** Headers that could each be this field, when detection would not guess: the user picks. */
  readonly ambiguous: readonly string[];
}

/** What the first-run guide checks, step by step. */
export interface SetupStatus {
  readonly sheetNames: readonly string[];
  /** The tab read as the invoices tab (chosen or detected), null when none fits. */
  readonly invoicesSheet: string | null;
  /** Headers of that tab, offered when fixing a mapping. */
  readonly headers: readonly string[];
  readonly columns: readonly ColumnMapping[];
  readonly invoiceCount: number;
  readonly rowErrorCount: number;
  /** The templates and log tabs exist. */
  readonly tabsReady: boolean;
  readonly testMode: boolean;
  /** ISO instant of the last test the user sent to themselves, null if never. */
  readonly testSentAt: string | null;
  readonly automation: AutomationStatus;
  /** Where tests go: the user's own address. */
  readonly userEmail: string;
  /** Who signs the reminders, as saved; `suggestedName` is guessed from the account's address. */
  readonly signature: SignatureRequest & { readonly suggestedName: string };
}

/** The signature step: the name is required before going live; contact and company optional. */
export interface SignatureRequest {
  readonly senderName: string;
  readonly senderContact: string;
  readonly senderCompany: string;
}

/** Fixes the invoices tab and headers; an empty string header removes an override. */
export interface ColumnMappingRequest {
  readonly invoicesSheet: string | null;
  readonly overrides: Readonly<Record<string, string>>;
}
