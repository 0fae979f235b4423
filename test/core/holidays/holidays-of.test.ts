import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date.ts';
import { easterSunday } from '../../../src/core/holidays/easter.ts';
import {
  HOLIDAY_COUNTRIES,
  holidaysOf,
  isHoliday,
  resolveHolidayCountry,
} from '../../../src/core/holidays/holidays-of.ts';

const d = (text: string) => text as CalendarDate;
const plain = { alsaceMoselle: false };
const alsace = { alsaceMoselle: true };
const datesOf = (country: string, year: number, options = plain) => [
  ...holidaysOf(country, year, options).keys(),
];

describe('Easter (Meeus/Jones/Butcher)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe('France (Code du travail L3133-1)', () => {
  it('has the eleven holidays of 2026, with Easter-based days from 5 April', () => {
    expect(Object.fromEntries(holidaysOf('FR', 2026, plain))).toEqual({
      '2026-01-01': "Jour de l'an",
      '2026-04-06': 'Lundi de Pâques',
      '2026-05-01': 'Fête du Travail',
      '2026-05-08': 'Victoire 1945',
      '2026-05-14': 'Ascension',
      '2026-05-25': 'Lundi de Pentecôte',
      '2026-07-14': 'Fête nationale',
      '2026-08-15': 'Assomption',
      '2026-11-01': 'Toussaint',
      '2026-11-11': 'Armistice 1918',
      '2026-12-25': 'Noël',
    });
  });

  it('has the eleven holidays of 2027, with Easter on 28 March', () => {
    expect(datesOf('FR', 2027)).toEqual([
      '2027-01-01',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-08',
      '2027-05-17',
      '2027-07-14',
      '2027-08-15',
      '2027-11-01',
      '2027-11-11',
      '2027-12-25',
    ]);
  });

  it('adds Good Friday and Saint-Étienne in Alsace-Moselle', () => {
    const days = holidaysOf('FR', 2026, alsace);
    expect(days.size).toBe(13);
    expect(days.get(d('2026-04-03'))).toBe('Vendredi saint');
    expect(days.get(d('2026-12-26'))).toBe('Saint-Étienne');
    expect(isHoliday(d('2027-03-26'), 'FR', alsace)).toBe(true);
    expect(isHoliday(d('2027-03-26'), 'FR', plain)).toBe(false);
  });

  it('does not move a holiday that falls on a weekend (Noël 2027 is a Saturday)', () => {
    expect(isHoliday(d('2027-12-25'), 'FR', plain)).toBe(true);
    expect(isHoliday(d('2027-12-27'), 'FR', plain)).toBe(false);
  });

  it('keeps both names when two holidays share a day (Ascension on 1 May 2008)', () => {
    expect(holidaysOf('FR', 2008, plain).get(d('2008-05-01'))).toBe('Fête du Travail / Ascension');
  });
});

describe('other European countries', () => {
  it('Belgium has its national day on 21 July and ten holidays', () => {
    expect(holidaysOf('BE', 2026, plain).get(d('2026-07-21'))).toBe('Fête nationale');
    expect(holidaysOf('BE', 2026, plain).size).toBe(10);
  });

  it('Switzerland has 1 August, Good Friday and 26 December', () => {
    expect(datesOf('CH', 2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-14',
      '2026-05-25',
      '2026-08-01',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('Luxembourg has Europe Day since 2019 and its national day on 23 June', () => {
    expect(isHoliday(d('2026-05-09'), 'LU', plain)).toBe(true);
    expect(isHoliday(d('2018-05-09'), 'LU', plain)).toBe(false);
    expect(isHoliday(d('2026-06-23'), 'LU', plain)).toBe(true);
  });

  it('Germany has only the nine nationwide days', () => {
    expect(holidaysOf('DE', 2026, plain).size).toBe(9);
    expect(holidaysOf('DE', 2026, plain).get(d('2026-10-03'))).toBe('Tag der Deutschen Einheit');
  });

  it('Spain has Epiphany, Good Friday and 12 October but not Easter Monday', () => {
    expect(isHoliday(d('2026-01-06'), 'ES', plain)).toBe(true);
    expect(isHoliday(d('2026-04-03'), 'ES', plain)).toBe(true);
    expect(isHoliday(d('2026-04-06'), 'ES', plain)).toBe(false);
    expect(isHoliday(d('2026-10-12'), 'ES', plain)).toBe(true);
  });

  it('Italy has San Francesco on 4 October from 2026 on', () => {
    expect(isHoliday(d('2027-10-04'), 'IT', plain)).toBe(true);
    expect(isHoliday(d('2025-10-04'), 'IT', plain)).toBe(false);
    expect(isHoliday(d('2026-04-06'), 'IT', plain)).toBe(true);
  });
});

describe('United Kingdom (England and Wales), with substitute days', () => {
  it('lists the 2026 bank holidays, Boxing Day on Saturday moving to Monday 28', () => {
    expect(Object.fromEntries(holidaysOf('GB', 2026, plain))).toEqual({
      '2026-01-01': "New Year's Day",
      '2026-04-03': 'Good Friday',
      '2026-04-06': 'Easter Monday',
      '2026-05-04': 'Early May bank holiday',
      '2026-05-25': 'Spring bank holiday',
      '2026-08-31': 'Summer bank holiday',
      '2026-12-25': 'Christmas Day',
      '2026-12-28': 'Boxing Day (substitute day)',
    });
  });

  it('moves Christmas on Saturday and Boxing Day on Sunday to Monday 27 and Tuesday 28 (2027)', () => {
    const days = holidaysOf('GB', 2027, plain);
    expect(days.get(d('2027-12-27'))).toBe('Christmas Day (substitute day)');
    expect(days.get(d('2027-12-28'))).toBe('Boxing Day (substitute day)');
    expect(days.has(d('2027-12-25'))).toBe(false);
  });

  it('knows the one-off changes of 2022 (Platinum Jubilee)', () => {
    expect(datesOf('GB', 2022)).toContain('2022-06-02');
    expect(datesOf('GB', 2022)).toContain('2022-06-03');
    expect(datesOf('GB', 2022)).not.toContain('2022-05-30');
  });
});

describe('United States federal holidays, with observed days', () => {
  it('observes Independence Day 2026 (a Saturday) on Friday 3 July', () => {
    const days = holidaysOf('US', 2026, plain);
    expect(days.get(d('2026-07-03'))).toBe('Independence Day (observed)');
    expect(days.has(d('2026-07-04'))).toBe(false);
    expect(days.get(d('2026-11-26'))).toBe('Thanksgiving Day');
    expect(days.get(d('2026-01-19'))).toBe('Birthday of Martin Luther King, Jr.');
    expect(days.get(d('2026-05-25'))).toBe('Memorial Day');
  });

  it('observes Christmas 2027 on Friday 24 and New Year 2028 on Friday 31 December 2027', () => {
    const days = holidaysOf('US', 2027, plain);
    expect(days.get(d('2027-12-24'))).toBe('Christmas Day (observed)');
    expect(days.get(d('2027-12-31'))).toBe("New Year's Day (observed)");
    expect(days.get(d('2027-06-18'))).toBe('Juneteenth National Independence Day (observed)');
    expect(holidaysOf('US', 2028, plain).has(d('2028-01-01'))).toBe(false);
  });

  it('observes a Sunday holiday on the Monday (New Year 2023)', () => {
    expect(isHoliday(d('2023-01-02'), 'US', plain)).toBe(true);
  });
});

describe('Canada (Canada Labour Code general holidays)', () => {
  it('has Victoria Day on the Monday before 25 May and Thanksgiving in October', () => {
    expect(isHoliday(d('2026-05-18'), 'CA', plain)).toBe(true);
    expect(isHoliday(d('2027-05-24'), 'CA', plain)).toBe(true);
    expect(isHoliday(d('2026-10-12'), 'CA', plain)).toBe(true);
  });

  it('moves Christmas and Boxing Day 2027 off the weekend', () => {
    expect(isHoliday(d('2027-12-27'), 'CA', plain)).toBe(true);
    expect(isHoliday(d('2027-12-28'), 'CA', plain)).toBe(true);
  });
});

describe('country resolution', () => {
  it('falls back to the given default country when the client country is unknown', () => {
    expect(resolveHolidayCountry('ZZ', 'FR')).toBe('FR');
    expect(resolveHolidayCountry(null, 'be')).toBe('BE');
    expect(resolveHolidayCountry('gb', 'FR')).toBe('GB');
    expect(resolveHolidayCountry('PT', null)).toBeNull();
    expect(holidaysOf('PT', 2026, { alsaceMoselle: false, fallbackCountry: 'FR' }).size).toBe(11);
    expect(holidaysOf('PT', 2026, plain).size).toBe(0);
  });

  it('covers the ten countries the product promises', () => {
    expect([...HOLIDAY_COUNTRIES].sort()).toEqual(
      ['BE', 'CA', 'CH', 'DE', 'ES', 'FR', 'GB', 'IT', 'LU', 'US'].sort(),
    );
  });
});
