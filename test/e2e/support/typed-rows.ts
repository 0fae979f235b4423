/**
 * An invoices tab that says, for each client, the currency, the language, the country and the
 * kind (« Type »): what the late-payment rules of a row depend on (docs/late-payment-law.md).
 */
import type { CellInput } from '../../../local/services/spreadsheet/cell.ts';
import { d } from './world.ts';

export const TYPED_HEADERS: readonly string[] = [
  'N° facture',
  'Client',
  'E-mail',
  'Montant',
  'Devise',
  'Échéance',
  'Langue',
  'Pays',
  'Type',
];

/** One invoice of a French-speaking client in France, in euros, of the given kind. */
export function typedRow(
  number: string,
  client: string,
  email: string,
  amount: number,
  dueDate: string,
  type: string,
): CellInput[] {
  return [number, client, email, amount, 'EUR', d(dueDate), 'Français', 'FR', type];
}
