/**
 * Why an invoice gets nothing today, in the words the status columns use too: the sidebar shows
 * this sentence with its own date format (the core is its one definition).
 */
export { skipReasonSentence } from '../core/texts/skip-reason-text.ts';
