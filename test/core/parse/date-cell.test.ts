import { describe, expect, it } from 'vitest';
import { calendarDateInZone } from '../../../src/core/parse/calendar-date-in-zone.ts';
import { isMonthFirstLocale, parseDateCell } from '../../../src/core/parse/date-cell.ts';

// The unit tests run with TZ=America/Los_Angeles; the sheet is in Paris.
const paris = { dateOfCell: (d: Date) => calendarDateInZone(d, 'Europe/Paris'), monthFirst: false };
const newYork = {
  dateOfCell: (d: Date) => calendarDateInZone(d, 'America/New_York'),
  monthFirst: true,
};

describe('parseDateCell', () => {
  it('reads a date cell in the spreadsheet time zone, not the script one', () => {
    // Sheets hands 12 March 2026 of a Paris sheet as midnight Paris = 23:00 UTC the day before.
    const cell = new Date('2026-03-11T23:00:00Z');
    expect(parseDateCell(cell, paris)).toBe('2026-03-12');
    expect(cell.getDate()).toBe(11); // what a script-zone reading would wrongly give
  });

  it.each([
    ['12/03/2026', '2026-03-12'],
    ['12.03.2026', '2026-03-12'],
    ['12-03-2026', '2026-03-12'],
    ['12/03/26', '2026-03-12'],
    ['2/3/2026', '2026-03-02'],
    ['2026-03-12', '2026-03-12'],
    ['2026/03/12', '2026-03-12'],
    ['2026-03-12T09:30:00', '2026-03-12'],
    ['12/03/2026 14:30', '2026-03-12'],
    ['12 mars 2026', '2026-03-12'],
    ['1er mars 2026', '2026-03-01'],
    ['jeudi 12 mars 2026', '2026-03-12'],
    ['12 févr. 2026', '2026-02-12'],
    ['15 août 2026', '2026-08-15'],
    ['March 12, 2026', '2026-03-12'],
    ['Mar 12th 2026', '2026-03-12'],
    ['12 Dec 2026', '2026-12-12'],
    ['  12/03/2026  ', '2026-03-12'],
  ])('a French sheet reads %j as %s', (text, expected) => {
    expect(parseDateCell(text, paris)).toBe(expected);
  });

  it('an en_US sheet reads numeric dates month first, except with dots', () => {
    expect(parseDateCell('12/03/2026', newYork)).toBe('2026-12-03');
    expect(parseDateCell('03/12/2026', newYork)).toBe('2026-03-12');
    expect(parseDateCell('12.03.2026', newYork)).toBe('2026-03-12');
  });

  it('reads a date that only makes sense the other way round', () => {
    expect(parseDateCell('25/03/2026', newYork)).toBe('2026-03-25');
    expect(parseDateCell('03/25/2026', paris)).toBe('2026-03-25');
  });

  it('reads a Sheets serial number (days since 1899-12-30)', () => {
    expect(parseDateCell(46093, paris)).toBe('2026-03-12');
    expect(parseDateCell(46093.75, paris)).toBe('2026-03-12');
  });

  it.each([['31/02/2026'], ['13/13/2026'], ['mars 2026'], ['demain'], ['2026-13-01'], ['12/03']])(
    'rejects %j',
    (text) => {
      expect(parseDateCell(text, paris)).toBeNull();
    },
  );

  it('rejects implausible dates: a bare number of days, a time-only cell, an invalid Date', () => {
    expect(parseDateCell(30, paris)).toBeNull();
    expect(parseDateCell(new Date('1899-12-30T00:00:00Z'), paris)).toBeNull();
    expect(parseDateCell(new Date('nope'), paris)).toBeNull();
    expect(parseDateCell(true, paris)).toBeNull();
  });

  it('survives a dateOfCell that throws (unknown zone)', () => {
    const broken = {
      dateOfCell: (d: Date) => calendarDateInZone(d, 'Mars/Olympus'),
      monthFirst: false,
    };
    expect(parseDateCell(new Date('2026-03-12T00:00:00Z'), broken)).toBeNull();
  });
});

describe('isMonthFirstLocale', () => {
  it('is true only for en_US', () => {
    expect(isMonthFirstLocale('en_US')).toBe(true);
    expect(isMonthFirstLocale('en-US')).toBe(true);
    expect(isMonthFirstLocale('en_GB')).toBe(false);
    expect(isMonthFirstLocale('fr_FR')).toBe(false);
    expect(isMonthFirstLocale('fr_CA')).toBe(false);
  });
});
