import type { CustomerKind } from '../invoice.ts';
import { PhraseTable } from './phrase-table.ts';

const TABLE = new PhraseTable<CustomerKind>([
  [
    'b2b',
    [
      'b2b',
      'b to b',
      'pro',
      'professionnel',
      'professionnelle',
      'entreprise',
      'société',
      'association',
      'administration',
      'business',
      'company',
      'corporate',
      'professional',
    ],
  ],
  [
    'b2c',
    [
      'b2c',
      'b to c',
      'particulier',
      'particulière',
      'consommateur',
      'personne physique',
      'perso',
      'consumer',
      'individual',
      'private',
      'private individual',
    ],
  ],
]);

/**
 * Business or consumer client: `B2B`, `pro`, `entreprise` / `B2C`, `particulier`, `consumer`.
 *
 * @example parseCustomerKind('particulier') // → 'b2c'
 * @example parseCustomerKind('B2B') // → 'b2b'
 */
export function parseCustomerKind(cell: unknown): CustomerKind | null {
  if (typeof cell !== 'string') return null;
  return TABLE.lookup(cell, false) ?? null;
}
