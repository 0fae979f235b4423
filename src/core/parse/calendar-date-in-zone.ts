import { type CalendarDate, parseCalendarDate } from '../calendar-date.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Sheets repeat the same dates; formatting is the slow part, so answers are kept per zone. */
const answers = new Map<string, Map<number, CalendarDate>>();
const ANSWERS_PER_ZONE = 20_000;

/**
 * The calendar date an instant falls on in `timeZone` (an IANA name such as `Europe/Paris`).
 * Sheets returns a date cell as a `Date` at midnight in the spreadsheet's time zone, so this
 * turns it back into the day the user typed whatever the script's own zone is. The Apps Script
 * shell does the same with `Utilities.formatDate(date, zone, 'yyyy-MM-dd')`; this version serves
 * the tests and the offline runtime. Throws a RangeError for an unknown zone or an invalid date.
 */
export function calendarDateInZone(date: Date, timeZone: string): CalendarDate {
  const time = date.getTime();
  let known = answers.get(timeZone);
  const answer = known?.get(time);
  if (answer !== undefined) return answer;
  const result = formatInZone(date, timeZone);
  if (!known) {
    known = new Map();
    answers.set(timeZone, known);
  }
  if (known.size >= ANSWERS_PER_ZONE) known.clear();
  known.set(time, result);
  return result;
}

function formatInZone(date: Date, timeZone: string): CalendarDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, formatter);
  }
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatter.formatToParts(date)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  const result = parseCalendarDate(`${year.padStart(4, '0')}-${month}-${day}`);
  if (result === null) throw new RangeError(`No calendar date for ${String(date)} in ${timeZone}`);
  return result;
}
