/**
 * Rendering a cell the way getDisplayValue(s) shows it, for the number formats this runtime
 * produces or that the add-on sets (https://developers.google.com/sheets/api/guides/formats):
 * dates (`yyyy-mm-dd`, `dd/MM/yyyy`, `M/d/yyyy H:mm:ss`, ...), plain numbers (`0`, `0.00`,
 * `#,##0.00`, percentages, a `[$€]` currency) and text (`@`). Anything else falls back to the
 * automatic rendering. Sheets' automatic rendering of long decimals is approximated (up to 10
 * significant digits). Separators come from ICU for the locale (French groups digits with a narrow
 * no-break space); which space character Sheets itself uses is not verified. Booleans show as
 * TRUE/FALSE in every locale here (Sheets may translate them).
 */

import { DAYS, MONTHS } from '../simple-date-format.ts';
import { type CellValue, DateCell } from './cell.ts';
import { localeConventions } from './locale.ts';
import { serialParts } from './zoned-time.ts';

/** What getNumberFormat returns for a cell nobody formatted (commonly reported value). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isDatePattern(format: string): boolean {
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[yYdDhHsS]/.test(unquoted) || /^m+$/i.test(unquoted);
}

function renderDate(serial: number, format: string): string {
  const p = serialParts(serial);
  const tokens =
    format.match(/"[^"]*"|yyyy|yy|m{1,4}|M{1,4}|d{1,4}|D{1,4}|hh|HH|h|H|ss|s|am\/pm|AM\/PM|./g) ??
    [];
  let out = '';
  let lastWasHour = false;
  const hasAmPm = /am\/pm/i.test(format);
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (token.startsWith('"')) {
      out += token.slice(1, -1);
      continue;
    }
    if (lower === 'yyyy') out += pad(p.year, 4);
    else if (lower === 'yy') out += pad(p.year % 100);
    else if (lower.startsWith('m')) {
      // In Sheets, m after an hour (or before seconds) means minutes.
      if (lastWasHour && lower.length <= 2) out += lower.length === 2 ? pad(p.minute) : p.minute;
      else if (lower === 'mmmm') out += MONTHS[p.month - 1];
      else if (lower === 'mmm') out += MONTHS[p.month - 1]?.slice(0, 3);
      else out += lower === 'mm' ? pad(p.month) : p.month;
    } else if (lower.startsWith('d')) {
      if (lower === 'dddd') out += DAYS[p.weekday];
      else if (lower === 'ddd') out += DAYS[p.weekday]?.slice(0, 3);
      else out += lower === 'dd' ? pad(p.day) : p.day;
    } else if (lower.startsWith('h')) {
      const hour = hasAmPm ? ((p.hour + 11) % 12) + 1 : p.hour;
      out += lower === 'hh' ? pad(hour) : hour;
      lastWasHour = true;
      continue;
    } else if (lower.startsWith('s')) out += lower === 'ss' ? pad(p.second) : p.second;
    else if (lower === 'am/pm') out += p.hour < 12 ? 'AM' : 'PM';
    else out += token;
    if (token.trim() !== '' && !/[:\s]/.test(token)) lastWasHour = false;
  }
  return out;
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function renderNumber(value: number, format: string, locale: string): string {
  const { decimal, group } = localeConventions(locale);
  const currency = /\[\$([^\]-]*)[^\]]*\]/.exec(format)?.[1];
  let pattern = format.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, '');
  const percent = pattern.includes('%');
  pattern = pattern.replace(/%/g, '');
  const decimals = /\.([0#]+)/.exec(pattern)?.[1] ?? '';
  const minDecimals = decimals.replace(/#/g, '').length;
  const grouped = /[0#],[0#]/.test(pattern);
  const scaled = percent ? value * 100 : value;
  let fixed = Math.abs(scaled).toFixed(decimals.length);
  if (decimals.length > minDecimals) {
    fixed = fixed.replace(/0+$/, '');
    const [, frac = ''] = fixed.split('.');
    if (frac.length < minDecimals)
      fixed = `${fixed.split('.')[0]}.${frac.padEnd(minDecimals, '0')}`;
    fixed = fixed.replace(/\.$/, '');
  }
  const [int = '0', frac] = fixed.split('.');
  const body = `${grouped ? groupDigits(int, group) : int}${frac ? decimal + frac : ''}`;
  const sign = scaled < 0 && Number(fixed) !== 0 ? '-' : '';
  const text = `${sign}${body}${percent ? '%' : ''}`;
  if (currency === undefined) return text;
  return format.trim().startsWith('[') ? `${currency}${text}` : `${text} ${currency}`;
}

function renderAutomatic(value: number, locale: string): string {
  const { decimal } = localeConventions(locale);
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  return text.replace('.', decimal);
}

/** The text Sheets shows for a value with a number format, in the spreadsheet's locale. */
export function displayValue(value: CellValue, format: string | undefined, locale: string): string {
  if (value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof DateCell) {
    const pattern =
      format && isDatePattern(format)
        ? format
        : Number.isInteger(value.serial)
          ? localeConventions(locale).datePattern
          : localeConventions(locale).dateTimePattern;
    return renderDate(value.serial, pattern);
  }
  if (format === undefined || format === DEFAULT_NUMBER_FORMAT || format === '@' || format === '') {
    return renderAutomatic(value, locale);
  }
  if (isDatePattern(format)) return renderDate(value, format);
  return renderNumber(value, format, locale);
}
