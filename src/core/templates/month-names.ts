import type { Language } from '../invoice.ts';

/**
 * Month names as they are written inside a date (`12 mars 2026`, `12 March 2026`).
 *
 * They are date-fns' locale data (`fr` and `en-US`, `localize.month`, wide, formatting context);
 * a test keeps them equal. The tables are copied rather than imported because the locale objects
 * bring their parsers and relative-time phrases along: 13 KB in a bundle Apps Script evaluates at
 * every execution, for 24 words.
 */
export const MONTH_NAMES: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
