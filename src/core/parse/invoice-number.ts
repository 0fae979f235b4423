/**
 * An invoice number as text: typed text is kept exactly, only trimmed (`0012` stays `0012`);
 * a number cell becomes its digits (`12` → `'12'`). Dates and booleans are not invoice numbers.
 *
 * @example parseInvoiceNumber(' 0012 ') // → '0012'
 * @example parseInvoiceNumber(12) // → '12'
 * @example parseInvoiceNumber(true) // → null
 */
export function parseInvoiceNumber(cell: unknown): string | null {
  if (typeof cell === 'string') {
    const text = cell.trim();
    return text === '' ? null : text;
  }
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return null;
}
