import { foldText } from '../parse/fold-text.ts';
import type { QuoteStatus } from './quote.ts';

const WORDS: Readonly<Record<string, QuoteStatus>> = {
  accepte: 'accepted',
  acceptee: 'accepted',
  accepted: 'accepted',
  'bon pour accord': 'accepted',
  valide: 'accepted',
  validee: 'accepted',
  gagne: 'accepted',
  won: 'accepted',
  signe: 'signed',
  signee: 'signed',
  signed: 'signed',
  refuse: 'refused',
  refusee: 'refused',
  refused: 'refused',
  declined: 'refused',
  rejected: 'refused',
  rejete: 'refused',
  perdu: 'refused',
  lost: 'refused',
  expire: 'expired',
  expiree: 'expired',
  expired: 'expired',
  caduc: 'expired',
  envoye: 'open',
  sent: 'open',
  'en attente': 'open',
  pending: 'open',
  ouvert: 'open',
  open: 'open',
  'en cours': 'open',
  brouillon: 'open',
};

/** A quote's status cell, in French or English; blank is open; null when not understood. */
export function parseQuoteStatus(cell: unknown): QuoteStatus | null {
  if (cell === null || cell === undefined) return 'open';
  if (typeof cell !== 'string') return null;
  const text = foldText(cell);
  if (text === '') return 'open';
  return WORDS[text] ?? null;
}

/** What the status column may hold, for the row error of a value not understood. */
export const QUOTE_STATUS_HINT = {
  fr: 'accepté, signé, refusé, expiré, envoyé ou vide',
  en: 'accepted, signed, refused, expired, sent or blank',
} as const;
