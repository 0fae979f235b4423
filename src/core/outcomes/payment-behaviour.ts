import type { CalendarDate } from '../calendar-date.ts';
import type { Invoice } from '../invoice.ts';
import { isDatable, signedDaysLate } from './payment-timing.ts';

/** How late a group of payments was, in days after the due date (negative: early). */
export interface Lateness {
  readonly count: number;
  readonly mean: number;
  /** Population standard deviation. */
  readonly spread: number;
}

/** Paid invoices a client needs before its own lateness is trusted over its segment's. */
export const MIN_CLIENT_HISTORY = 3;

/** Where an invoice's expected lateness comes from. */
export type LatenessSource = 'client' | 'segment' | 'book' | 'none';

export interface PaymentBehaviour {
  /** The client's own lateness, else its segment's, else the whole book's, else none. */
  latenessOf(clientKey: string): { readonly source: LatenessSource; readonly lateness: Lateness };
}

const NO_LATENESS: Lateness = { count: 0, mean: 0, spread: 0 };

/**
 * Lateness of the payments known on `asOf` (paid dates on or before it), per client, per segment
 * (as `segmentOf` says) and over the whole book. A client with fewer than 3 payments borrows its
 * segment's figures, a segment with fewer than 3 the book's.
 */
export function paymentBehaviour(
  invoices: readonly Invoice[],
  asOf: CalendarDate,
  segmentOf: (clientKey: string) => string,
): PaymentBehaviour {
  const byClient = new Map<string, number[]>();
  const bySegment = new Map<string, number[]>();
  const book: number[] = [];
  for (const invoice of invoices) {
    if (!isDatable(invoice) || invoice.paidDate === null || invoice.paidDate > asOf) continue;
    const days = signedDaysLate(invoice) as number;
    push(byClient, invoice.clientKey, days);
    push(bySegment, segmentOf(invoice.clientKey), days);
    book.push(days);
  }
  const bookLateness = book.length >= MIN_CLIENT_HISTORY ? lateness(book) : null;
  const segments = new Map<string, Lateness>();
  for (const [segment, days] of bySegment) {
    if (days.length >= MIN_CLIENT_HISTORY) segments.set(segment, lateness(days));
  }
  const clients = new Map<string, Lateness>();
  for (const [client, days] of byClient) {
    if (days.length >= MIN_CLIENT_HISTORY) clients.set(client, lateness(days));
  }
  return {
    latenessOf(clientKey) {
      const own = clients.get(clientKey);
      if (own) return { source: 'client', lateness: own };
      const segment = segments.get(segmentOf(clientKey));
      if (segment) return { source: 'segment', lateness: segment };
      if (bookLateness) return { source: 'book', lateness: bookLateness };
      return { source: 'none', lateness: NO_LATENESS };
    },
  };
}

export function lateness(days: readonly number[]): Lateness {
  if (days.length === 0) return NO_LATENESS;
  const mean = days.reduce((a, b) => a + b, 0) / days.length;
  const variance = days.reduce((sum, d) => sum + (d - mean) ** 2, 0) / days.length;
  return { count: days.length, mean, spread: Math.sqrt(variance) };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
