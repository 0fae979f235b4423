import { type CalendarDate, yearOf } from '../calendar-date.ts';
import type { Language } from '../invoice.ts';
import { MONTH_NAMES } from './month-names.ts';

/**
 * Dates in reminders, written from date-fns' month names (see month-names.ts), not Intl, so the
 * text is the same in Node, browsers and Apps Script.
 *
 * - French: `12 mars 2026`, and `1er mars 2026` for the first of the month, as French typography
 *   requires.
 * - English: `March 12, 2026` (US style) for clients in the United States and Canada;
 *   `12 March 2026` (British style) everywhere else, unknown country included. A French
 *   freelancer's English-speaking clients are mostly in Europe, where the day comes first.
 */
const MONTH_FIRST_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA']);

export function formatDate(date: CalendarDate, language: Language, country: string | null): string {
  if (isMonthFirst(language, country)) {
    return `${monthName(date, 'en')} ${dayOf(date)}, ${yearOf(date)}`;
  }
  return `${dayOfMonth(date, language)} ${monthName(date, language)} ${yearOf(date)}`;
}

/**
 * Several dates as one phrase, sorted, without repeating a shared month and year:
 * `12 et 20 mars 2026`, `28 février et 12 mars 2026`, `12 and 20 March 2026`; US style lists full
 * dates (`March 12, 2026 and March 20, 2026`). Duplicates are shown once.
 */
export function formatDateList(
  dates: readonly CalendarDate[],
  language: Language,
  country: string | null,
): string {
  const sorted = [...new Set(dates)].sort();
  const and = language === 'fr' ? 'et' : 'and';
  const join = (items: string[]) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last || sorted.length === 1 || isMonthFirst(language, country)) {
    return join(sorted.map((d) => formatDate(d, language, country)));
  }
  const sameYear = sorted.every((d) => yearOf(d) === yearOf(first));
  if (!sameYear) return join(sorted.map((d) => formatDate(d, language, country)));
  const sameMonth = sorted.every((d) => d.slice(0, 7) === first.slice(0, 7));
  if (sameMonth) {
    const days = sorted.map((d) => dayOfMonth(d, language));
    return `${join(days)} ${monthName(last, language)} ${yearOf(last)}`;
  }
  const days = sorted.map((d) => `${dayOfMonth(d, language)} ${monthName(d, language)}`);
  return `${join(days)} ${yearOf(last)}`;
}

function isMonthFirst(language: Language, country: string | null): boolean {
  return language === 'en' && country !== null && MONTH_FIRST_COUNTRIES.has(country.toUpperCase());
}

function monthName(date: CalendarDate, language: Language): string {
  return MONTH_NAMES[language][Number(date.slice(5, 7)) - 1] ?? '';
}

function dayOf(date: CalendarDate): number {
  return Number(date.slice(8, 10));
}

function dayOfMonth(date: CalendarDate, language: Language): string {
  const day = dayOf(date);
  return language === 'fr' && day === 1 ? '1er' : String(day);
}
