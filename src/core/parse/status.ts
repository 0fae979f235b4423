import type { InvoiceStatus } from '../invoice.ts';
import { STATUS_WORDS } from './cell-words.ts';
import { PhraseTable } from './phrase-table.ts';

const TABLE = new PhraseTable<InvoiceStatus>(STATUS_WORDS);

/**
 * The status column, normalised. Blank is `open`; a checkbox ticked means paid. Drafts and
 * payment plans are `on_hold` (nothing to chase for now); bad debts written off are `cancelled`.
 * Null when the text is not a known status: the row then gets an error rather than a guess.
 *
 * @example parseStatus('') // → 'open'
 * @example parseStatus('Payée') // → 'paid'
 * @example parseStatus(true) // → 'paid' (a ticked checkbox)
 * @example parseStatus('litige') // → 'disputed'
 * @example parseStatus('peut-être') // → null
 */
export function parseStatus(cell: unknown): InvoiceStatus | null {
  if (typeof cell === 'boolean') return cell ? 'paid' : 'open';
  if (typeof cell !== 'string') return null;
  if (cell.trim() === '') return 'open';
  return TABLE.lookup(cell) ?? null;
}
