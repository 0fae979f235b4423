import type { CalendarDate } from '../calendar-date.ts';
import type { Invoice } from '../invoice.ts';
import { byFoldedNumber, foldInvoiceNumber } from '../invoice-number-key.ts';
import type { ScheduledPayment } from '../outcomes/cash-in-forecast.ts';
import { unpaidCentsOn } from '../outcomes/payment-timing.ts';
import type { ExpectedInstalment } from './instalment-forecast.ts';

/**
 * The cash-in forecast's `scheduledPayments` seam, filled from the kept plans' instalments: an
 * invoice of a kept plan is expected on the plan's dates, not on its client's habit.
 *
 * The forecast places money invoice by invoice while one instalment may cover several invoices,
 * so the instalments are poured into the plan's invoices in the plan's order, each invoice taking
 * at most what it still owes: the first instalments settle the first invoice. Whatever the
 * instalments expect beyond the invoices' balances stays on the plan's last open invoice, so the
 * forecast shows what the client agreed to pay. Every invoice of a kept plan gets an answer (an
 * empty one when the instalments are spent on the invoices before it): none of them falls back to
 * its client's behaviour and is counted twice.
 */
export function scheduledPaymentsOf(
  expected: readonly ExpectedInstalment[],
  invoices: readonly Invoice[],
  asOf: CalendarDate,
): (invoice: Invoice) => readonly ScheduledPayment[] | null {
  const byNumber = byFoldedNumber(invoices.map((i) => [i.number, i]));
  const byPlan = new Map<string, ExpectedInstalment[]>();
  for (const instalment of expected) {
    const list = byPlan.get(instalment.planId);
    if (list) list.push(instalment);
    else byPlan.set(instalment.planId, [instalment]);
  }
  const scheduled = new Map<string, ScheduledPayment[]>();
  for (const instalments of byPlan.values()) {
    const open: { readonly number: string; owed: number }[] = (
      instalments[0]?.invoiceNumbers ?? []
    ).flatMap((typed) => {
      const number = foldInvoiceNumber(typed);
      const invoice = byNumber.get(number);
      const owed = invoice ? unpaidCentsOn(invoice, asOf) : 0;
      return owed > 0 ? [{ number, owed }] : [];
    });
    const last = open.at(-1);
    if (!last) continue;
    for (const { number } of open) scheduled.set(number, []);
    let current = 0;
    for (const instalment of instalments) {
      let left = instalment.amountCents;
      while (left > 0) {
        const slot: { readonly number: string; owed: number } = open[current] ?? last;
        const cents = slot === last ? left : Math.min(left, slot.owed);
        scheduled.get(slot.number)?.push({ date: instalment.date, cents });
        slot.owed -= cents;
        left -= cents;
        if (slot.owed <= 0 && slot !== last) current += 1;
      }
    }
  }
  return (invoice) => scheduled.get(foldInvoiceNumber(invoice.number)) ?? null;
}
