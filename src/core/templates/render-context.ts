import { type CalendarDate, daysBetween } from '../calendar-date.ts';
import type { LegalSystem } from '../governing-law.ts';
import { balanceCents, type Invoice, type Language } from '../invoice.ts';
import type { AppliedRate } from '../late-fees.ts';
import type { PlannedEmail, PlannedFollowUp } from '../plan.ts';
import type { PlannedNote } from '../planned-note.ts';
import type { Jurisdiction } from '../settings.ts';
import type { MessageStage } from '../stage.ts';

/** Late-payment amounts for one invoice, as computed by the late-fees module. */
export interface InvoiceLateFees {
  /**
   * Interest accrued to the render date, in the invoice's currency; null when it is unknown (a
   * reference rate is missing from the settings): `{{late_interest}}` and
   * `{{total_with_penalties}}` then refuse to render rather than show a wrong figure.
   */
  readonly interestCents: number | null;
  /** Fixed recovery indemnity (0 for consumers), in `indemnityCurrency`. */
  readonly indemnityCents: number;
  /** Null means the invoice's currency. */
  readonly indemnityCurrency: string | null;
  /** The rates applied and how each is made, so that a message states them. */
  readonly ratePercents?: readonly AppliedRate[];
}

/** One invoice as a template shows it: every value already computed. */
export interface RenderInvoice {
  readonly number: string;
  readonly issueDate: CalendarDate | null;
  readonly dueDate: CalendarDate;
  readonly amountCents: number;
  /** What is still due (after partial payments). */
  readonly balanceCents: number;
  readonly currency: string;
  /** Negative before the due date. */
  readonly daysOverdue: number;
  readonly paymentLink: string | null;
  /** Null when no late-payment regime applies (or before the due date). */
  readonly lateFees: InvoiceLateFees | null;
}

/** Everything a template can show. Pure data: the shell fills it, the renderer only formats. */
export interface RenderContext {
  /** The client's language: chooses number, date and sentence formats. */
  readonly language: Language;
  /** ISO 3166-1 alpha-2 of the client (English dates are US-style for US and CA only). */
  readonly country: string | null;
  /** Chooses the legal references in the fee sentences; `fr_b2c` never claims an indemnity. */
  readonly jurisdiction: Jurisdiction;
  /**
   * The legal system of the governing law, which chooses the formal notice (French mise en
   * demeure, UK letter before action, neutral final demand). Absent: read from the jurisdiction.
   */
  readonly legalSystem?: LegalSystem;
  /**
   * The debtor may be a private individual (a consumer, or a client whose kind is not known): the
   * UK Pre-Action Protocol for Debt Claims applies to individuals, and following it with a
   * business costs nothing, while ignoring it with an individual can cost the claim its costs.
   */
  readonly consumerDebtor?: boolean;
  /** Postal address and registration number (SIRET) printed on a formal notice; may be empty. */
  readonly senderAddress?: string;
  readonly senderRegistration?: string;
  readonly stage: MessageStage;
  readonly today: CalendarDate;
  readonly client: string;
  readonly contact: string | null;
  /** In the message's order; at least one. */
  readonly invoices: readonly RenderInvoice[];
  readonly senderName: string;
  readonly senderContact: string;
  /** Optional company signed under the name; empty when none. */
  readonly senderCompany?: string;
  /** How many invoice files are attached to this message (0 = no attachment sentence). */
  readonly attachedFiles: number;
  /** `deadline` is today plus this many days; 8 when absent (collection guides give 8–15 days). */
  readonly deadlineDays?: number;
  /**
   * The day of the next scheduled step after this message (the planner's `nextStepOn`): when set,
   * `deadline` is that day, so a message never asks for payment by a day after its own next step.
   */
  readonly nextStepOn?: CalendarDate | null;
  /**
   * Reminder e-mails each listed invoice really had before this message (the fewest): the only
   * ground for "despite my previous reminders". Absent (a preview without history): none is
   * claimed by `{{previous_reminders}}`, and a template's own claim is not checked.
   */
  readonly remindersSent?: number;
  /**
   * The day of the next step of any kind still ahead of every listed invoice, else null: unlike
   * `nextStepOn` (the deadline, the earliest step of any invoice), a promise that the procedure
   * goes on rests on it.
   */
  readonly nextStepAheadOn?: CalendarDate | null;
  /** The day of the call / the formal notice still ahead of every listed invoice, else null. */
  readonly callOn?: CalendarDate | null;
  readonly noticeOn?: CalendarDate | null;
}

export interface ContextInputs {
  readonly today: CalendarDate;
  /** The client's country: the first invoice's row, else the settings' default country. */
  readonly country: string;
  readonly senderName: string;
  readonly senderContact: string;
  /** Optional company signed under the name; empty when none. */
  readonly senderCompany?: string;
  readonly jurisdiction: Jurisdiction;
  readonly legalSystem: LegalSystem;
  readonly senderAddress: string;
  readonly senderRegistration: string;
  readonly attachedFiles: number;
  /** Late fees of one invoice at `today` (the late-fees module), or null when none apply. */
  readonly lateFees: (invoice: Invoice) => InvoiceLateFees | null;
}

/** Builds the render context of a planned e-mail, draft or call task. */
export function renderContextFor(
  planned: PlannedEmail | PlannedFollowUp | PlannedNote,
  inputs: ContextInputs,
): RenderContext {
  const first = planned.invoices[0]?.invoice;
  return {
    language: planned.language,
    country: inputs.country,
    jurisdiction: inputs.jurisdiction,
    legalSystem: inputs.legalSystem,
    consumerDebtor: first?.customerKind === 'b2c' || first?.customerKind === 'unknown',
    senderAddress: inputs.senderAddress,
    senderRegistration: inputs.senderRegistration,
    stage: planned.stage,
    today: inputs.today,
    client: planned.client,
    contact: first?.contactName ?? null,
    invoices: planned.invoices.map(({ invoice }) => renderInvoiceOf(invoice, inputs)),
    senderName: inputs.senderName,
    senderContact: inputs.senderContact,
    senderCompany: inputs.senderCompany ?? '',
    attachedFiles: inputs.attachedFiles,
    nextStepOn: planned.nextStepOn,
    remindersSent: planned.remindersSent,
    nextStepAheadOn: planned.stepsAhead?.next ?? null,
    callOn: planned.stepsAhead?.call ?? null,
    noticeOn: planned.stepsAhead?.notice ?? null,
  };
}

function renderInvoiceOf(invoice: Invoice, inputs: ContextInputs): RenderInvoice {
  return {
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amountCents: invoice.amountCents,
    balanceCents: balanceCents(invoice),
    currency: invoice.currency,
    daysOverdue: daysBetween(invoice.dueDate, inputs.today),
    paymentLink: invoice.paymentLink,
    lateFees: inputs.lateFees(invoice),
  };
}
