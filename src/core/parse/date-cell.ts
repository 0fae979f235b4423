import { type CalendarDate, fromDayNumber } from '../calendar-date.ts';
import { isDateCell } from './cell.ts';
import { foldText } from './fold-text.ts';

export interface DateReading {
  /** Turns a date cell into the day it shows, in the spreadsheet's time zone (see the shell). */
  readonly dateOfCell: (date: Date) => CalendarDate;
  /** `12/03/2026` is 3 December when true (an en_US sheet), 12 March otherwise. */
  readonly monthFirst: boolean;
}

/**
 * Only en_US writes the month first among the locales a Sheets user can pick for French/English.
 *
 * @example isMonthFirstLocale('en_US') // → true
 * @example isMonthFirstLocale('en_GB') // → false
 */
export function isMonthFirstLocale(locale: string): boolean {
  return locale.replace('-', '_').toLowerCase() === 'en_us';
}

/**
 * Dates outside these years are typing mistakes for an invoice (a time-only cell reads as
 * 1899-12-30, `30` in a date column as 1900-01-29) and would otherwise trigger every reminder.
 */
const FIRST_YEAR = 1970;
const LAST_YEAR = 2199;
/** Day number of 1899-12-30, day 0 of Sheets serial dates. */
const SERIAL_EPOCH = -25569;

const STRICT_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:\s+\d{1,2}[:h]\d{2}(?::\d{2})?)?$/;
const ORDINAL = /^(\d{1,2})(?:er|re|st|nd|rd|th)$/;

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  january: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  feb: 2,
  february: 2,
  mars: 3,
  mar: 3,
  march: 3,
  avril: 4,
  avr: 4,
  apr: 4,
  april: 4,
  mai: 5,
  may: 5,
  juin: 6,
  jun: 6,
  june: 6,
  juillet: 7,
  juil: 7,
  jul: 7,
  july: 7,
  aout: 8,
  aug: 8,
  august: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  september: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  decembre: 12,
  dec: 12,
  december: 12,
};

/** Weekday names are skipped (`mar` is left out: it is also March). */
const IGNORED_WORDS = new Set(
  (
    'le lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun of the'
  ).split(' '),
);

/**
 * Reads a date cell: a real date cell (through `dateOfCell`), a Sheets serial number (days since
 * 1899-12-30), or text: `2026-03-12`, `12/03/2026`, `12.03.2026`, `12-03-26`, `12 mars 2026`,
 * `1er mars 2026`, `March 12, 2026`, `12 Mar 2026`. Numeric day/month order follows the sheet's
 * locale, but a date that only makes sense the other way round (`25/03/2026` in en_US) is read
 * that way. Null when it is not a plausible date.
 *
 * Hand-written rather than date-fns `parse`: one pass over a few regular expressions is much
 * faster on 10,000 rows, and keeps date-fns' parser out of the Apps Script bundle.
 *
 * @example parseDateCell('12/03/2026', { monthFirst: false, … }) // → '2026-03-12'
 * @example parseDateCell('12/03/2026', { monthFirst: true, … }) // → '2026-12-03'
 * @example parseDateCell('25/03/2026', { monthFirst: true, … }) // → '2026-03-25' (no month 25)
 * @example parseDateCell('12 mars 2026', reading) // → '2026-03-12'
 * @example parseDateCell('bientôt', reading) // → null
 */
export function parseDateCell(cell: unknown, reading: DateReading): CalendarDate | null {
  if (isDateCell(cell)) return fromDateCell(cell, reading);
  if (typeof cell === 'number') return fromSerial(cell);
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const iso = ISO.exec(text);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric) return fromNumericParts(numeric, reading.monthFirst);
  return fromWords(text);
}

function fromDateCell(cell: Date, reading: DateReading): CalendarDate | null {
  if (Number.isNaN(cell.getTime())) return null;
  try {
    const date: unknown = reading.dateOfCell(cell);
    const parts = typeof date === 'string' ? STRICT_ISO.exec(date) : null;
    return parts ? dayOf(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
  } catch {
    return null;
  }
}

function fromSerial(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial)) return null;
  const days = Math.floor(serial) + SERIAL_EPOCH;
  if (Math.abs(days) > 1e6) return null;
  const date = fromDayNumber(days);
  return dayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

function fromNumericParts(match: RegExpExecArray, monthFirst: boolean): CalendarDate | null {
  const a = Number(match[1]);
  const b = Number(match[3]);
  const year = fullYear(match[4] ?? '');
  // Dots are never month-first (German, Swiss and French writing).
  const preferMonthFirst = monthFirst && match[2] !== '.';
  const [first, second] = preferMonthFirst
    ? [
        [b, a],
        [a, b],
      ]
    : [
        [a, b],
        [b, a],
      ];
  return (
    dayOf(year, first?.[1] ?? 0, first?.[0] ?? 0) ?? dayOf(year, second?.[1] ?? 0, second?.[0] ?? 0)
  );
}

function fromWords(text: string): CalendarDate | null {
  const words = foldText(text)
    .split(' ')
    .filter((word) => !IGNORED_WORDS.has(word));
  if (words.length !== 3) return null;
  const [w1 = '', w2 = '', w3 = ''] = words;
  const year = /^\d{2}$|^\d{4}$/.test(w3) ? fullYear(w3) : Number.NaN;
  const monthFirst = MONTHS[w1];
  const monthSecond = MONTHS[w2];
  if (monthSecond !== undefined) return dayOf(year, monthSecond, dayNumber(w1));
  if (monthFirst !== undefined) return dayOf(year, monthFirst, dayNumber(w2));
  return null;
}

function dayNumber(word: string): number {
  const ordinal = ORDINAL.exec(word);
  if (ordinal) return Number(ordinal[1]);
  return /^\d{1,2}$/.test(word) ? Number(word) : Number.NaN;
}

/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 2) return year < 70 ? 2000 + year : 1900 + year;
  return year;
}

/**
 * The calendar date of these parts when it exists and is plausible. Built by hand rather than
 * with `calendarDate()`: it runs for every date cell and allocates nothing.
 */
function dayOf(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as CalendarDate;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
