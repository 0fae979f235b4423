/**
 * How Sheets reads a string written with setValue/setValues/appendRow: "as if the user typed it
 * into the UI" (ValueInputOption USER_ENTERED,
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): `'0012'` becomes
 * the number 12, `'2026-03-02'` a date, `'=...'` a formula, `'TRUE'` a boolean, and a leading
 * apostrophe keeps the rest as text (the apostrophe is not part of the value). A cell formatted as
 * plain text (`@`) keeps every string as it is.
 *
 * Sheets' full set of input rules is not documented. This covers: numbers with the locale's
 * decimal and grouping separators, signs, exponents, percentages and a currency symbol; dates as
 * ISO `yyyy-mm-dd` or `yyyy/mm/dd` and in the locale's day/month order with `/`, `-` or `.`,
 * optionally followed by `hh:mm[:ss]`; times `hh:mm[:ss]`; TRUE/FALSE in any case (and VRAI/FAUX
 * for French locales). Two-digit years, month names and other exotic forms stay text here (Sheets
 * may parse some of them).
 */
import { type CellValue, DateCell } from './cell.ts';
import { localeConventions } from './locale.ts';
import { serialFromParts } from './zoned-time.ts';

export interface ParsedInput {
  value: CellValue;
  /** Number format Sheets infers from the input (e.g. a date pattern), if any. */
  format?: string;
  formula?: string;
}

const CURRENCIES = ['$', '€', '£', '¥'];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function numberPattern(locale: string): RegExp {
  const { decimal, groups } = localeConventions(locale);
  const d = escapeRegExp(decimal);
  const g = `[${groups.map(escapeRegExp).join('')}]`;
  const int = `(?:\\d{1,3}(?:${g}\\d{3})+|\\d+)`;
  return new RegExp(`^([+-])?(${int})?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?$`);
}

const patternCache = new Map<string, RegExp>();

function parseNumber(text: string, locale: string): { value: number; format?: string } | null {
  let body = text;
  let format: string | undefined;
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  let negativeOutside = false;
  if (body.startsWith('-')) {
    negativeOutside = true;
    body = body.slice(1).trim();
  }
  const currency = CURRENCIES.find((c) => body.startsWith(c) || body.endsWith(c));
  if (currency !== undefined) {
    const prefix = body.startsWith(currency);
    body = (prefix ? body.slice(currency.length) : body.slice(0, -currency.length)).trim();
    format = prefix ? `[$${currency}]#,##0.00` : `#,##0.00 [$${currency}]`;
  }
  let re = patternCache.get(locale);
  if (!re) {
    re = numberPattern(locale);
    patternCache.set(locale, re);
  }
  const m = re.exec(body);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  if (negativeOutside && m[1] !== undefined) return null;
  const intDigits = (m[2] ?? '0').replace(/\D/g, '');
  const mantissa = Number(`${intDigits}.${m[3] ?? '0'}`);
  let value = mantissa * 10 ** Number(m[4] ?? '0');
  if (m[1] === '-' || negativeOutside) value = -value;
  if (percent) {
    value /= 100;
    format = m[3] === undefined ? '0%' : `0.${'0'.repeat(m[3].length)}%`;
  }
  return format === undefined ? { value } : { value, format };
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const LOCAL_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function timeParts(h?: string, mi?: string, s?: string): [number, number, number] | null {
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return [hour, minute, second];
}

function parseDate(text: string, locale: string): { value: DateCell; format: string } | null {
  const conventions = localeConventions(locale);
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s] = iso;
    const time = timeParts(h, mi, s);
    if (!time || !validDay(Number(y), Number(mo), Number(d))) return null;
    const serial = serialFromParts(Number(y), Number(mo), Number(d), ...time);
    return {
      value: new DateCell(serial),
      format: h === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd H:mm:ss',
    };
  }
  const local = LOCAL_DATE.exec(text);
  if (local && conventions.dateOrder !== 'YMD') {
    const [, a, b, y, h, mi, s] = local;
    const [day, month] = conventions.dateOrder === 'DMY' ? [a, b] : [b, a];
    const time = timeParts(h, mi, s);
    if (!time || !validDay(Number(y), Number(month), Number(day))) return null;
    const serial = serialFromParts(Number(y), Number(month), Number(day), ...time);
    return {
      value: new DateCell(serial),
      format: h === undefined ? conventions.datePattern : conventions.dateTimePattern,
    };
  }
  const time = TIME.exec(text);
  if (time) {
    const parts = timeParts(time[1], time[2], time[3]);
    if (!parts) return null;
    const [hour, minute, second] = parts;
    return {
      value: new DateCell((hour * 3600 + minute * 60 + second) / 86_400),
      format: time[3] === undefined ? 'H:mm' : 'H:mm:ss',
    };
  }
  return null;
}

function parseBoolean(text: string, locale: string): boolean | null {
  const upper = text.toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  if (locale.startsWith('fr')) {
    if (upper === 'VRAI') return true;
    if (upper === 'FAUX') return false;
  }
  return null;
}

/** Reads a written string as Sheets would; `plainText` is true for cells formatted `@`. */
export function parseUserInput(text: string, locale: string, plainText: boolean): ParsedInput {
  if (plainText) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text };
  const trimmed = text.trim();
  if (trimmed === '') return { value: text === '' ? '' : text };
  const bool = parseBoolean(trimmed, locale);
  if (bool !== null) return { value: bool };
  const number = parseNumber(trimmed, locale);
  if (number)
    return number.format ? { value: number.value, format: number.format } : { value: number.value };
  const date = parseDate(trimmed, locale);
  if (date) return date;
  return { value: text };
}
