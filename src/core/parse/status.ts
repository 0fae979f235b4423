import type { InvoiceStatus } from '../invoice.ts';
import { PhraseTable } from './phrase-table.ts';

/**
 * Status words in French and English. Longer phrases win over the words they start with, so
 * `en attente de paiement` (waiting for the money: open) is not `en attente` (on hold), and
 * `payée partiellement` is still open.
 */
const TABLE = new PhraseTable<InvoiceStatus>([
  [
    'open',
    [
      'envoyée',
      'envoyé',
      'en cours',
      'impayée',
      'impayé',
      'non payée',
      'non payé',
      'non réglée',
      'à payer',
      'à régler',
      'à relancer',
      'relancée',
      'relancé',
      'relance',
      'en retard',
      'retard',
      'émise',
      'ouverte',
      'due',
      'échue',
      'en attente de paiement',
      'en attente de règlement',
      'en attente du paiement',
      'en attente du règlement',
      'payée partiellement',
      'partiellement payée',
      'partiellement réglée',
      'paiement partiel',
      'acompte reçu',
      'sent',
      'unpaid',
      'not paid',
      'open',
      'outstanding',
      'overdue',
      'late',
      'issued',
      'pending',
      'awaiting payment',
      'partially paid',
      'paid partially',
      'payée en partie',
      'réglée en partie',
      'partiellement',
      'partial',
      'non',
      'no',
      'false',
      'faux',
    ],
  ],
  [
    'paid',
    [
      'payée',
      'payé',
      'réglée',
      'réglé',
      'soldée',
      'soldé',
      'encaissée',
      'encaissé',
      'acquittée',
      'acquitté',
      'paid',
      'settled',
      'fully paid',
      'oui',
      'yes',
      'x',
      'true',
      'vrai',
    ],
  ],
  [
    'auto_pay',
    [
      'prélèvement',
      'prélèvement automatique',
      'prélèvement sepa',
      'prélevée',
      'paiement automatique',
      'carte enregistrée',
      'direct debit',
      'auto-pay',
      'autopay',
      'auto pay',
      'automatic payment',
      'card on file',
    ],
  ],
  [
    'disputed',
    [
      'litige',
      'en litige',
      'contestée',
      'contesté',
      'contestation',
      'réclamation',
      'disputed',
      'dispute',
      'in dispute',
    ],
  ],
  [
    'on_hold',
    [
      'en attente',
      'suspendue',
      'suspendu',
      'en pause',
      'pause',
      'bloquée',
      'échéancier',
      'plan de paiement',
      'brouillon',
      'on hold',
      'hold',
      'paused',
      'payment plan',
      'draft',
    ],
  ],
  [
    'cancelled',
    [
      'annulée',
      'annulé',
      'avoir',
      'abandonnée',
      'irrécouvrable',
      'cancelled',
      'canceled',
      'void',
      'voided',
      'credit note',
      'credited',
      'written off',
    ],
  ],
]);

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
