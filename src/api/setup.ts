import type { CustomerKind } from '../core/invoice.ts';
import type { AutomationStatus } from './automation.ts';
import type { LocalizedText } from './localized-text.ts';

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
  /** The field's name, when the server names it (the quotes tab's columns). */
  readonly label?: LocalizedText;
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
  readonly quotes: QuotesSetup;
  /** The kind of client of rows without a « Type » cell, as saved. */
  readonly defaultCustomerKind: CustomerKind;
}

/** The quotes tab (optional) in the first-run guide: found or chosen, and its columns. */
export interface QuotesSetup {
  /** The tab read as the quotes tab, null when there is none. */
  readonly sheet: string | null;
  /** The user picked it (else it was found by its name and headers). */
  readonly chosen: boolean;
  readonly headers: readonly string[];
  /** Quote fields (`number`, `validUntil`, `sentDate`, `status`, `decidedOn`, `client` …). */
  readonly columns: readonly ColumnMapping[];
  /** What was read (« 12 devis lus, 1 ligne à corriger »), null without a quotes tab. */
  readonly read: LocalizedText | null;
  /** Why the tab cannot be read (required columns missing or ambiguous, tab gone). */
  readonly problem: LocalizedText | null;
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
  /** The quotes tab (null: found by its name and headers) and its headers, by quote field. */
  readonly quotes?: {
    readonly sheet: string | null;
    readonly overrides: Readonly<Record<string, string>>;
  };
  /** The kind of client of rows without a « Type » cell (settings' `defaultCustomerKind`). */
  readonly defaultCustomerKind?: CustomerKind;
}
