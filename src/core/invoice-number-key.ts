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
