import { addDays, type CalendarDate } from '../calendar-date.ts';
import { balanceCents, type Invoice } from '../invoice.ts';
import { byFoldedNumber, type Folded, foldInvoiceNumber } from '../invoice-number-key.ts';
import type { LocalizedText } from '../localized-text.ts';
import { isPaid } from '../profiles.ts';
import { groupBySharedRecipient } from '../recipient-groups.ts';
import { localized, type ServerTextKey, type TextValuesArgument } from '../texts/server-texts.ts';
import { equalMonthlyInstalments } from './equal-instalments.ts';
import {
  DEFAULT_BREAK_AFTER_DAYS,
  type Instalment,
  newPlanId,
  type PaymentPlan,
} from './payment-plan.ts';

/** What the user asks for from the sidebar. */
export interface PlanRequest {
  /** The invoices the plan covers: one invoice, or all of a client's overdue ones. */
  readonly invoiceNumbers: readonly string[];
  /** Equal monthly parts: how many, and the first one's date (default: in 7 days). */
  readonly count?: number;
  readonly firstDate?: CalendarDate | null;
  /** Explicit instalments instead of equal parts; they must add up to the balance. */
  readonly instalments?: readonly Instalment[];
  readonly breakAfterDays?: number;
}

export type PlanCreation =
  | { readonly ok: true; readonly plan: PaymentPlan }
  | { readonly ok: false; readonly error: LocalizedText };

export const MAX_INSTALMENTS = 24;

/**
 * The invoices a plan for "all of the client's overdue invoices" covers, beside `chosen`: the
 * client's unpaid open ones past their due date whose rows share an address with `chosen`,
 * directly or through one another. One client name may be two people (recipient-groups.ts): a
 * plan, and the instalment notes that list its invoices, never take in the other's.
 */
export function overdueInvoicesOf(
  chosen: Invoice,
  invoices: readonly Invoice[],
  today: CalendarDate,
): Invoice[] {
  const overdue = (i: Invoice) => !isPaid(i) && i.dueDate < today && i.status === 'open';
  const candidates = invoices.filter(
    (i) => i.clientKey === chosen.clientKey && (i === chosen || overdue(i)),
  );
  const group = groupBySharedRecipient(candidates, (i) => i.emails).find((g) => g.includes(chosen));
  return (group ?? []).filter(overdue);
}

/**
 * A new plan over the requested invoices, or why it cannot be made (in French and English):
 * the invoices must exist, be unpaid, belong to one client, share one currency and not be in
 * another kept plan; instalments are 1 to 24, dated from today on in increasing order, and add
 * up exactly to the balance still due.
 */
export function createPlan(
  request: PlanRequest,
  context: {
    readonly invoices: readonly Invoice[];
    /** Folded numbers (foldInvoiceNumber), as suspendedInvoices gives them. */
    readonly inKeptPlans: Folded<ReadonlySet<string>>;
    readonly today: CalendarDate;
    readonly random: () => number;
  },
): PlanCreation {
  const fail = <Key extends ServerTextKey>(
    key: Key,
    ...values: TextValuesArgument<Key>
  ): PlanCreation => ({ ok: false, error: localized(key, ...values) });
  const byNumber = byFoldedNumber(context.invoices.map((i) => [i.number, i]));
  const chosen: Invoice[] = [];
  for (const number of request.invoiceNumbers) {
    const invoice = byNumber.get(foldInvoiceNumber(number));
    if (!invoice) return fail('planInvoiceNotFound', { number });
    if (isPaid(invoice)) return fail('planInvoicePaid', { number });
    if (invoice.status !== 'open') return fail('planInvoiceNotChased', { number });
    if (context.inKeptPlans.has(foldInvoiceNumber(number)))
      return fail('planInvoiceInPlan', { number });
    chosen.push(invoice);
  }
  const lead = chosen[0];
  if (!lead) return fail('planNoInvoice');
  if (chosen.some((i) => i.clientKey !== lead.clientKey)) return fail('planOneClient');
  if (chosen.some((i) => i.currency !== lead.currency)) return fail('planOneCurrency');
  const total = chosen.reduce((sum, i) => sum + balanceCents(i), 0);
  const instalments =
    request.instalments && request.instalments.length > 0
      ? [...request.instalments]
      : equalMonthlyInstalments(
          total,
          request.count ?? 3,
          request.firstDate ?? addDays(context.today, 7),
        );
  if (instalments.length < 1 || instalments.length > MAX_INSTALMENTS)
    return fail('planInstalmentCount', { max: MAX_INSTALMENTS });
  for (let i = 0; i < instalments.length; i++) {
    const part = instalments[i] as Instalment;
    const previous = instalments[i - 1];
    if (part.date < context.today || (previous && part.date <= previous.date))
      return fail('planInstalmentDates');
    if (!Number.isInteger(part.amountCents) || part.amountCents <= 0)
      return fail('planInstalmentAmount');
  }
  const sum = instalments.reduce((s, part) => s + part.amountCents, 0);
  if (sum !== total)
    return fail('planInstalmentSum', {
      sum: sum / 100,
      total: total / 100,
      currency: lead.currency,
    });
  return {
    ok: true,
    plan: {
      id: newPlanId(context.today, context.random),
      clientKey: lead.clientKey,
      client: lead.client,
      invoiceNumbers: chosen.map((i) => i.number),
      currency: lead.currency,
      createdOn: context.today,
      paidAtStartCents: chosen.reduce((s, i) => s + i.amountPaidCents, 0),
      instalments,
      breakAfterDays: request.breakAfterDays ?? DEFAULT_BREAK_AFTER_DAYS,
      cancelled: false,
    },
  };
}
