/**
 * What makes two invoice (or quote) numbers one document: case, spaces, non-breaking and
 * zero-width characters aside, so `F-2026-005` and `f-2026-005​` are one invoice. The duplicate
 * check, the log's history, the status columns and the plans all compare numbers through it, so
 * a number retyped that way keeps what Relance knows of it; the log keeps numbers as typed.
 *
 * @example foldInvoiceNumber('F-2026\u00a0-005\u200b') // → 'f-2026-005'
 */
export function foldInvoiceNumber(number: string): string {
  return number.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '').toLowerCase();
}

declare const folded: unique symbol;
/**
 * A map or set whose keys went through foldInvoiceNumber: the type says so (nothing at run time),
 * so a lookup by folded number is never handed keys as typed.
 */
export type Folded<T> = T & { readonly [folded]: true };

/** A map by invoice number whose keys are folded: look numbers up with foldInvoiceNumber. */
export function byFoldedNumber<V>(entries: Iterable<readonly [string, V]>): Folded<Map<string, V>> {
  const map = new Map<string, V>();
  for (const [number, value] of entries) map.set(foldInvoiceNumber(number), value);
  return map as Folded<Map<string, V>>;
}

/** The folded numbers of `numbers`, for a membership test by foldInvoiceNumber. */
export function foldedNumbers(numbers: Iterable<string>): Folded<Set<string>> {
  return new Set([...numbers].map(foldInvoiceNumber)) as Folded<Set<string>>;
}
