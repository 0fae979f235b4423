/**
 * One sentence of the e-mails, in the message's language, its values filled in.
 *
 * @example mailSentence('en', 'rateAnnual', { rate: '12.15%' }) // → 'at the annual rate of 12.15%'
 */
import type { Language } from '../invoice.ts';
import { fill } from '../texts/fill.ts';
import { MAIL_SENTENCES } from './mail-sentences.ts';

export type MailSentenceKey = keyof (typeof MAIL_SENTENCES)['fr'];

export function mailSentence(
  language: Language,
  key: MailSentenceKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const sentences: Readonly<Record<MailSentenceKey, string>> = MAIL_SENTENCES[language];
  return fill(sentences[key], values);
}
