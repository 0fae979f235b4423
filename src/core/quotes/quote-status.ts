import { QUOTE_STATUS_WORDS } from '../parse/cell-words.ts';
import { foldText } from '../parse/fold-text.ts';
import type { QuoteStatus } from './quote.ts';

/** A quote's status cell, in French or English; blank is open; null when not understood. */
export function parseQuoteStatus(cell: unknown): QuoteStatus | null {
  if (cell === null || cell === undefined) return 'open';
  if (typeof cell !== 'string') return null;
  const text = foldText(cell);
  if (text === '') return 'open';
  return QUOTE_STATUS_WORDS[text] ?? null;
}

/** What the status column may hold, for the row error of a value not understood. */
export const QUOTE_STATUS_HINT = {
  fr: 'accepté, signé, refusé, expiré, envoyé ou vide',
  en: 'accepted, signed, refused, expired, sent or blank',
} as const;
