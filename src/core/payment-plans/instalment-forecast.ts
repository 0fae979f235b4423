import type { CalendarDate } from '../calendar-date.ts';
import type { PlanStanding } from './plan-standing.ts';

/** Cash a kept plan still expects: one line per instalment not yet paid in full. */
export interface ExpectedInstalment {
  readonly planId: string;
  readonly clientKey: string;
  readonly invoiceNumbers: readonly string[];
  readonly index: number;
  readonly date: CalendarDate;
  readonly amountCents: number;
  readonly currency: string;
}

/**
 * The seam for the cash-in forecast: the dates and amounts the kept plans still expect, in date
 * order. A broken or completed plan expects nothing (a broken plan's invoices are forecast like
 * any other overdue invoice).
 */
export function expectedInstalments(standings: readonly PlanStanding[]): ExpectedInstalment[] {
  return standings
    .filter((s) => s.state.kind === 'kept')
    .flatMap((s) =>
      s.instalments
        .filter((i) => i.dueCents > 0)
        .map((i) => ({
          planId: s.plan.id,
          clientKey: s.plan.clientKey,
          invoiceNumbers: s.plan.invoiceNumbers,
          index: i.index,
          date: i.date,
          amountCents: i.dueCents,
          currency: s.plan.currency,
        })),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
}
