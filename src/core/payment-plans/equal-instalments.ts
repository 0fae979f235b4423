import { type CalendarDate, calendarDate } from '../calendar-date.ts';
import type { Instalment } from './payment-plan.ts';

/**
 * The default schedule: `count` equal monthly parts of `totalCents`, the first on `firstDate`,
 * the next ones on the same day of the following months (the month's last day when it is shorter:
 * 31 January, 28 February, 31 March). Cents that do not divide go to the first instalment, so
 * the parts add up exactly to the total.
 */
export function equalMonthlyInstalments(
  totalCents: number,
  count: number,
  firstDate: CalendarDate,
): Instalment[] {
  const parts = Math.max(1, Math.floor(count));
  const base = Math.floor(totalCents / parts);
  const remainder = totalCents - base * parts;
  const year = Number(firstDate.slice(0, 4));
  const month = Number(firstDate.slice(5, 7));
  const day = Number(firstDate.slice(8, 10));
  return Array.from({ length: parts }, (_, i) => ({
    date: monthlyDate(year, month + i, day),
    amountCents: base + (i === 0 ? remainder : 0),
  }));
}

function monthlyDate(year: number, monthIndex: number, day: number): CalendarDate {
  const y = year + Math.floor((monthIndex - 1) / 12);
  const m = ((monthIndex - 1) % 12) + 1;
  for (let d = day; d >= 28; d--) {
    const date = calendarDate(y, m, d);
    if (date) return date;
  }
  return calendarDate(y, m, Math.min(day, 28)) as CalendarDate;
}
