import type { Stage } from '../stage.ts';

/** What a message needs to say for its A/B variant to be drawn. */
export interface VariantDraw {
  readonly stage: Stage;
  readonly clientKey: string;
  readonly invoices: readonly {
    readonly invoice: { readonly number: string };
    readonly stage: Stage;
  }[];
}

/**
 * The key whose stable hash picks a message's A/B variant (chooseTemplate): the message's stage
 * and its lead invoice — of the invoices at the message's stage, the smallest number. So the
 * draw is made per invoice and stage, afresh at each stage, and depends on nothing else: not the
 * client's segment, not the amount, not the day or the order of the rows. That makes each
 * variant's group a fair sample of the invoices for the A/B comparison, and a variant never
 * changes for an invoice and stage between runs (a retried or previewed message keeps its text).
 * Invoices grouped into one message share its template, the lead invoice's draw.
 */
export function variantKeyOf(message: VariantDraw): string {
  let lead: string | null = null;
  for (const item of message.invoices) {
    if (item.stage !== message.stage) continue;
    if (lead === null || item.invoice.number < lead) lead = item.invoice.number;
  }
  return `${message.stage}|${lead ?? message.clientKey}`;
}
