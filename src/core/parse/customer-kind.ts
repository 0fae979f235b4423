import type { StatedCustomerKind } from '../invoice.ts';
import { CUSTOMER_KIND_WORDS } from './cell-words.ts';
import { PhraseTable } from './phrase-table.ts';

const TABLE = new PhraseTable<StatedCustomerKind>(CUSTOMER_KIND_WORDS);

/**
 * Business or consumer client: `B2B`, `pro`, `entreprise` / `B2C`, `particulier`, `consumer`.
 *
 * @example parseCustomerKind('particulier') // → 'b2c'
 * @example parseCustomerKind('B2B') // → 'b2b'
 */
export function parseCustomerKind(cell: unknown): StatedCustomerKind | null {
  if (typeof cell !== 'string') return null;
  return TABLE.lookup(cell, false) ?? null;
}
