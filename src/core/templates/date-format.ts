import type { Locale, Month } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import { type CalendarDate, toLocalDate } from '../calendar-date.ts';
import type { Language } from '../invoice.ts';

/**
 * Dates in reminders, written with date-fns' locale data (not Intl), so the text is the same in
 * Node, browsers and Apps Script. Only the locales' month names are used (`localize.month`): the
 * patterns needed here are fixed, and date-fns' `format` would add 14 KB to a bundle that Apps
 * Script evaluates at every execution.
 *
 * - French: `12 mars 2026`, and `1er mars 2026` for the first of the month, as French typography
 *   requires (date-fns prints the plain `1`).
 * - English: `March 12, 2026` (US style) for clients in the United States and Canada;
 *   `12 March 2026` (British style) everywhere else, unknown country included. A French
 *   freelancer's English-speaking clients are mostly in Europe, where the day comes first.
 */
const MONTH_FIRST_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA']);

export function formatDate(date: CalendarDate, language: Language, country: string | null): string {
  const local = toLocalDate(date);
  if (isMonthFirst(language, country)) {
    return `${monthName(local, enUS)} ${local.getDate()}, ${local.getFullYear()}`;
  }
  return `${dayOfMonth(local, language)} ${monthName(local, dayFirstLocale(language))} ${local.getFullYear()}`;
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
  if (sorted.length <= 1 || isMonthFirst(language, country)) {
    return join(sorted.map((d) => formatDate(d, language, country)));
  }
  const locale = dayFirstLocale(language);
  const sameYear = sorted.every((d) => d.slice(0, 4) === sorted[0]?.slice(0, 4));
  const sameMonth = sameYear && sorted.every((d) => d.slice(0, 7) === sorted[0]?.slice(0, 7));
  if (!sameYear) return join(sorted.map((d) => formatDate(d, language, country)));
  const locals = sorted.map(toLocalDate);
  const last = locals[locals.length - 1] ?? toLocalDate(sorted[0] as CalendarDate);
  const year = last.getFullYear();
  if (sameMonth) {
    return `${join(locals.map((d) => dayOfMonth(d, language)))} ${monthName(last, locale)} ${year}`;
  }
  return `${join(locals.map((d) => `${dayOfMonth(d, language)} ${monthName(d, locale)}`))} ${year}`;
}

function isMonthFirst(language: Language, country: string | null): boolean {
  return language === 'en' && country !== null && MONTH_FIRST_COUNTRIES.has(country.toUpperCase());
}

/** The month's full name as the locale writes it inside a date (`mars`, `March`). */
function monthName(local: Date, locale: Locale): string {
  return String(
    locale.localize.month(local.getMonth() as Month, { width: 'wide', context: 'formatting' }),
  );
}

function dayFirstLocale(language: Language): Locale {
  return language === 'fr' ? fr : enGB;
}

function dayOfMonth(local: Date, language: Language): string {
  const day = local.getDate();
  return language === 'fr' && day === 1 ? '1er' : String(day);
}
