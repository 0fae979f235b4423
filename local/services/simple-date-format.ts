/**
 * Java SimpleDateFormat patterns, as Utilities.formatDate takes them
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String),
 * pattern letters from https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html).
 * Text fields (month and day names, AM/PM) are in English, as Java's default format symbols.
 * Week-of-year (`w`) follows ISO 8601 here; Java's value depends on the locale's week rules.
 * Short zone names (`z`) come from Intl and may differ from Java's for some zones.
 */
import { wallTime, zoneOffset } from './spreadsheet/zoned-time.ts';

/** English names, as Java's SimpleDateFormat and Sheets' display formats (en locale) write them. */
export const MONTHS = [
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
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export class IllegalPatternError extends Error {}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

function offsetText(offsetMs: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  const minutes = Math.round(offsetMs / 60_000);
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XXX') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function shortZoneName(ms: number, timeZone: string): string {
  for (const locale of ['en-US', 'en-GB']) {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^GMT[+-]/.test(name)) return name === 'GMT' && timeZone === 'UTC' ? 'UTC' : name;
  }
  const offset = offsetText(zoneOffset(ms, timeZone), 'XXX');
  return offset === 'Z' ? 'GMT' : `GMT${offset}`;
}

function longZoneName(ms: number, timeZone: string): string {
  return (
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

function isoWeek(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** Formats instant `ms` in `timeZone` with a Java SimpleDateFormat pattern. */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const w = wallTime(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    if (ch === "'") {
      // Quoted text; '' inside or outside quotes is one apostrophe.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i += 1;
      while (i < pattern.length) {
        if (pattern[i] === "'" && pattern[i + 1] === "'") {
          out += "'";
          i += 2;
        } else if (pattern[i] === "'") {
          i += 1;
          break;
        } else {
          out += pattern[i];
          i += 1;
        }
      }
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n += 1;
    i += n;
    out += field(ch, n, w, ms, timeZone);
  }
  return out;
}

function field(
  ch: string,
  n: number,
  w: ReturnType<typeof wallTime>,
  ms: number,
  timeZone: string,
): string {
  switch (ch) {
    case 'G':
      return w.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
    case 'M':
    case 'L':
      if (n >= 4) return MONTHS[w.month - 1] ?? '';
      if (n === 3) return (MONTHS[w.month - 1] ?? '').slice(0, 3);
      return pad(w.month, n);
    case 'd':
      return pad(w.day, n);
    case 'D':
      return pad(dayOfYear(w.year, w.month, w.day), n);
    case 'w':
      return pad(isoWeek(w.year, w.month, w.day), n);
    case 'W':
      return pad(Math.ceil(w.day / 7), n);
    case 'F':
      return pad(Math.floor((w.day - 1) / 7) + 1, n);
    case 'E':
      return n >= 4 ? (DAYS[w.weekday] ?? '') : (DAYS[w.weekday] ?? '').slice(0, 3);
    case 'u':
      return pad(w.weekday === 0 ? 7 : w.weekday, n);
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(w.hour, n);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, n);
    case 'K':
      return pad(w.hour % 12, n);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case 'm':
      return pad(w.minute, n);
    case 's':
      return pad(w.second, n);
    case 'S':
      return pad(w.millisecond, n);
    case 'z':
      return n >= 4 ? longZoneName(ms, timeZone) : shortZoneName(ms, timeZone);
    case 'Z':
      return offsetText(zoneOffset(ms, timeZone), 'Z');
    case 'X':
      return offsetText(zoneOffset(ms, timeZone), n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
    default:
      throw new IllegalPatternError(`Illegal pattern character '${ch}'`);
  }
}
