import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  type CalendarDate,
  daysBetween,
  fromDayNumber,
  isoDayOfWeek,
  toDayNumber,
} from '../../src/core/calendar-date.ts';

const MS_PER_DAY = 86_400_000;
/** What `Date` says, the reference the arithmetic must match. */
const byDate = (dayNumber: number) => new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);

describe('calendar date arithmetic', () => {
  it('numbers days from 1970-01-01, across leap days and centuries', () => {
    expect(toDayNumber('1970-01-01' as CalendarDate)).toBe(0);
    expect(toDayNumber('2026-03-16' as CalendarDate)).toBe(20_528);
    expect(fromDayNumber(20_528)).toBe('2026-03-16');
    expect(addDays('2024-02-28' as CalendarDate, 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28' as CalendarDate, 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28' as CalendarDate, 1)).toBe('2000-02-29');
    expect(addDays('2026-12-31' as CalendarDate, 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01' as CalendarDate, -1)).toBe('2026-02-28');
    expect(daysBetween('2025-12-25' as CalendarDate, '2026-03-16' as CalendarDate)).toBe(81);
  });

  it('agrees with Date on every day from year 1000 to 9999 and beyond', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400_000, max: 3_000_000 }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        expect(date).toBe(byDate(dayNumber));
        // Four-digit years read back to the same day.
        if (/^\d{4}-/.test(date)) expect(toDayNumber(date as CalendarDate)).toBe(dayNumber);
      }),
      { numRuns: 5_000 },
    );
  });

  it('names the ISO day of the week, Monday 1 to Sunday 7', () => {
    expect(isoDayOfWeek('2026-03-16' as CalendarDate)).toBe(1);
    expect(isoDayOfWeek('2026-03-22' as CalendarDate)).toBe(7);
    expect(isoDayOfWeek('1969-12-31' as CalendarDate)).toBe(3);
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 2_900_000 }), (dayNumber) => {
        const jsDay = new Date(dayNumber * MS_PER_DAY).getUTCDay();
        expect(isoDayOfWeek(fromDayNumber(dayNumber) as CalendarDate)).toBe(
          jsDay === 0 ? 7 : jsDay,
        );
      }),
    );
  });

  it('reads a day past the end of its month as Date.UTC does', () => {
    expect(toDayNumber('2026-02-31' as CalendarDate)).toBe(Date.UTC(2026, 1, 31) / MS_PER_DAY);
    expect(toDayNumber('2026-03-00' as CalendarDate)).toBe(Date.UTC(2026, 2, 0) / MS_PER_DAY);
  });
});
