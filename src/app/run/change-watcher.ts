/**
 * Whether the invoices of a planned action changed in the sheet since the plan was made: a user
 * may mark an invoice paid while a long run is sending. The tab is read again only when the last
 * reading is older than FRESH_READING_MS, so a short run reads it once and a long one a few times
 * (a read of 20,000 rows takes over a second).
 */
import type { Invoice } from '../../core/invoice.ts';
import { byFoldedNumber, foldInvoiceNumber } from '../../core/invoice-number-key.ts';
import type { Action } from './carry-context.ts';
import type { InvoiceSource } from './invoice-source.ts';

/**
 * How old the reading of the invoices tab may be when a message goes out. Past this age the tab
 * is read again (one read), and a message whose invoices changed is held back until the next run
 * plans it afresh.
 */
const FRESH_READING_MS = 60 * 1000;

/**
 * What in a row decides whether and what to send; not its position (rows move), its notes, nor
 * its number as typed (the map's key says which invoice it is).
 */
function decisionFingerprint(invoice: Invoice): string {
  const { row: _row, notes: _notes, number: _number, ...decisive } = invoice;
  return JSON.stringify(decisive);
}

/** The numbers of the action's invoices whose row changed (or went) since `planned` was read. */
export function changeWatcher(
  planned: readonly Invoice[],
  read: () => InvoiceSource,
): (action: Action) => string[] {
  // By folded number: a number retyped with another case is the same, unchanged invoice.
  const original = byFoldedNumber(planned.map((i) => [i.number, decisionFingerprint(i)]));
  let current = original;
  let readAt = Date.now();
  return (action) => {
    if (Date.now() - readAt > FRESH_READING_MS) {
      const fresh = read();
      current = byFoldedNumber(fresh.invoices.map((i) => [i.number, decisionFingerprint(i)]));
      readAt = Date.now();
    }
    return action.invoices
      .map((item) => item.invoice.number)
      .filter((number) => {
        const key = foldInvoiceNumber(number);
        return current.get(key) !== original.get(key);
      });
  };
}
