/**
 * Public holidays as data: one small rule list per country, evaluated per year by
 * `holidays-of.ts`. Kept as rules rather than a prebuilt library because the Apps Script bundle
 * is evaluated at every execution and must stay small (date-holidays is about 1.5 MB).
 *
 * Names are those the country uses (French for FR, BE, CH, LU).
 */

/** Month 1–12. */
export type HolidayRule =
  | {
      readonly kind: 'fixed';
      readonly month: number;
      readonly day: number;
      readonly name: string;
      readonly since?: number;
      /** Only with the Alsace-Moselle option (France). */
      readonly alsaceMoselle?: true;
      /** Moves off a weekend following the country's `weekendRule`. */
      readonly shifts?: true;
    }
  | {
      readonly kind: 'easter';
      /** Days from Easter Sunday. */
      readonly offset: number;
      readonly name: string;
      readonly alsaceMoselle?: true;
    }
  | {
      readonly kind: 'nth_weekday';
      readonly month: number;
      /** ISO day of week, 1 = Monday. */
      readonly weekday: number;
      /** 1 = first, 2 = second …, −1 = last. */
      readonly nth: number;
      readonly name: string;
      /** Years in which the holiday was moved to another day (`MM-DD`). */
      readonly moved?: Readonly<Record<number, string>>;
    }
  | {
      /** The given weekday strictly before a date (Victoria Day: the Monday before 25 May). */
      readonly kind: 'weekday_before';
      readonly month: number;
      readonly day: number;
      readonly weekday: number;
      readonly name: string;
    };

/**
 * What happens to a `shifts` holiday that falls on a weekend:
 * - `substitute`: the next weekday that is not already a holiday (GB bank holidays, CA);
 * - `observed`: Saturday → the Friday before, Sunday → the Monday after (US federal rule).
 */
export type WeekendRule = 'none' | 'substitute' | 'observed';

export interface CountryHolidays {
  readonly rules: readonly HolidayRule[];
  readonly weekendRule: WeekendRule;
  /** Appended to the name of a day moved off a weekend. */
  readonly shiftedSuffix: string;
  /** One-off holidays (`YYYY-MM-DD`), e.g. a coronation. */
  readonly extra: Readonly<Record<string, string>>;
}

const fixed = (month: number, day: number, name: string, more: object = {}): HolidayRule => ({
  kind: 'fixed',
  month,
  day,
  name,
  ...more,
});
const easter = (offset: number, name: string, more: object = {}): HolidayRule => ({
  kind: 'easter',
  offset,
  name,
  ...more,
});
const nth = (
  month: number,
  weekday: number,
  n: number,
  name: string,
): Extract<HolidayRule, { kind: 'nth_weekday' }> => ({
  kind: 'nth_weekday',
  month,
  weekday,
  nth: n,
  name,
});
const SHIFTS = { shifts: true } as const;
const MONDAY = 1;
const THURSDAY = 4;

const NO_EXTRA = {};

/**
 * Sources: FR Code du travail L3133-1 (Alsace-Moselle: local law, Good Friday and 26 December);
 * BE law of 4 January 1974 (ten legal holidays); LU Code du travail L.232-2 (Europe Day since
 * 2019); CH: only 1 August is federal, the others listed are the days observed by most cantons
 * (cantonal days such as 2 January or the Jeûne genevois are not included); DE: the nine
 * nationwide days (Länder add their own); ES: the national days of the yearly BOE list that
 * apply everywhere (regional days and Sunday transfers are not included); IT: law 260/1949 as
 * amended, with 4 October again a national holiday from 2026; GB: England and Wales bank
 * holidays (gov.uk/bank-holidays) with substitute days; US: federal holidays, 5 U.S.C. 6103,
 * with the observed Friday/Monday; CA: general holidays of the Canada Labour Code (s. 166) and
 * the alternative day of s. 193(2), taken as the following working day.
 */
export const COUNTRY_HOLIDAYS: Readonly<Record<string, CountryHolidays>> = {
  FR: {
    rules: [
      fixed(1, 1, "Jour de l'an"),
      easter(-2, 'Vendredi saint', { alsaceMoselle: true }),
      easter(1, 'Lundi de Pâques'),
      fixed(5, 1, 'Fête du Travail'),
      fixed(5, 8, 'Victoire 1945'),
      easter(39, 'Ascension'),
      easter(50, 'Lundi de Pentecôte'),
      fixed(7, 14, 'Fête nationale'),
      fixed(8, 15, 'Assomption'),
      fixed(11, 1, 'Toussaint'),
      fixed(11, 11, 'Armistice 1918'),
      fixed(12, 25, 'Noël'),
      fixed(12, 26, 'Saint-Étienne', { alsaceMoselle: true }),
    ],
    weekendRule: 'none',
    shiftedSuffix: '',
    extra: NO_EXTRA,
  },
  BE: {
    rules: [
      fixed(1, 1, "Jour de l'an"),
      easter(1, 'Lundi de Pâques'),
      fixed(5, 1, 'Fête du Travail'),
      easter(39, 'Ascension'),
      easter(50, 'Lundi de Pentecôte'),
      fixed(7, 21, 'Fête nationale'),
      fixed(8, 15, 'Assomption'),
      fixed(11, 1, 'Toussaint'),
      fixed(11, 11, 'Armistice'),
      fixed(12, 25, 'Noël'),
    ],
    weekendRule: 'none',
    shiftedSuffix: '',
    extra: NO_EXTRA,
  },
  CH: {
    rules: [
      fixed(1, 1, 'Nouvel an'),
      easter(-2, 'Vendredi saint'),
      easter(1, 'Lundi de Pâques'),
      easter(39, 'Ascension'),
      easter(50, 'Lundi de Pentecôte'),
      fixed(8, 1, 'Fête nationale'),
      fixed(12, 25, 'Noël'),
      fixed(12, 26, 'Saint-Étienne'),
    ],
    weekendRule: 'none',
    shiftedSuffix: '',
    extra: NO_EXTRA,
  },
  LU: {
    rules: [
      fixed(1, 1, "Jour de l'an"),
      easter(1, 'Lundi de Pâques'),
      fixed(5, 1, 'Fête du Travail'),
      fixed(5, 9, "Journée de l'Europe", { since: 2019 }),
      easter(39, 'Ascension'),
      easter(50, 'Lundi de Pentecôte'),
      fixed(6, 23, 'Fête nationale'),
      fixed(8, 15, 'Assomption'),
      fixed(11, 1, 'Toussaint'),
      fixed(12, 25, 'Noël'),
      fixed(12, 26, 'Saint-Étienne'),
    ],
    weekendRule: 'none',
    shiftedSuffix: '',
    extra: NO_EXTRA,
  },
  DE: {
    rules: [
      fixed(1, 1, 'Neujahr'),
      easter(-2, 'Karfreitag'),
      easter(1, 'Ostermontag'),
      fixed(5, 1, 'Tag der Arbeit'),
      easter(39, 'Christi Himmelfahrt'),
      easter(50, 'Pfingstmontag'),
      fixed(10, 3, 'Tag der Deutschen Einheit'),
      fixed(12, 25, '1. Weihnachtstag'),
      fixed(12, 26, '2. Weihnachtstag'),
    ],
    weekendRule: 'none',
    shiftedSuffix: '',
    extra: NO_EXTRA,
  },
  ES: {
    rules: [
      fixed(1, 1, 'Año Nuevo'),
      fixed(1, 6, 'Epifanía del Señor'),
      easter(-2, 'Viernes Santo'),
      fixed(5, 1, 'Fiesta del Trabajo'),
      fixed(8, 15, 'Asunción de la Virgen'),
      fixed(10, 12, 'Fiesta Nacional de España'),
      fixed(11, 1, 'Todos los Santos'),
      fixed(12, 6, 'Día de la Constitución'),
      fixed(12, 8, 'Inmaculada Concepción'),
      fixed(12, 25, 'Natividad del Señor'),
    ],
    weekendRule: 'none',
    shiftedSuffix: '',
    extra: NO_EXTRA,
  },
  IT: {
    rules: [
      fixed(1, 1, 'Capodanno'),
      fixed(1, 6, 'Epifania'),
      easter(1, "Lunedì dell'Angelo"),
      fixed(4, 25, 'Festa della Liberazione'),
      fixed(5, 1, 'Festa del Lavoro'),
      fixed(6, 2, 'Festa della Repubblica'),
      fixed(8, 15, 'Ferragosto'),
      fixed(10, 4, "San Francesco d'Assisi", { since: 2026 }),
      fixed(11, 1, 'Ognissanti'),
      fixed(12, 8, 'Immacolata Concezione'),
      fixed(12, 25, 'Natale'),
      fixed(12, 26, 'Santo Stefano'),
    ],
    weekendRule: 'none',
    shiftedSuffix: '',
    extra: NO_EXTRA,
  },
  GB: {
    rules: [
      fixed(1, 1, "New Year's Day", SHIFTS),
      easter(-2, 'Good Friday'),
      easter(1, 'Easter Monday'),
      { ...nth(5, MONDAY, 1, 'Early May bank holiday'), moved: { 2020: '05-08' } },
      { ...nth(5, MONDAY, -1, 'Spring bank holiday'), moved: { 2012: '06-04', 2022: '06-02' } },
      nth(8, MONDAY, -1, 'Summer bank holiday'),
      fixed(12, 25, 'Christmas Day', SHIFTS),
      fixed(12, 26, 'Boxing Day', SHIFTS),
    ],
    weekendRule: 'substitute',
    shiftedSuffix: ' (substitute day)',
    extra: {
      '2012-06-05': 'Queen’s Diamond Jubilee',
      '2022-06-03': 'Platinum Jubilee bank holiday',
      '2022-09-19': 'State Funeral of Queen Elizabeth II',
      '2023-05-08': 'Bank holiday for the coronation of King Charles III',
    },
  },
  US: {
    rules: [
      fixed(1, 1, "New Year's Day", SHIFTS),
      nth(1, MONDAY, 3, 'Birthday of Martin Luther King, Jr.'),
      nth(2, MONDAY, 3, "Washington's Birthday"),
      nth(5, MONDAY, -1, 'Memorial Day'),
      fixed(6, 19, 'Juneteenth National Independence Day', { since: 2021, shifts: true }),
      fixed(7, 4, 'Independence Day', SHIFTS),
      nth(9, MONDAY, 1, 'Labor Day'),
      nth(10, MONDAY, 2, 'Columbus Day'),
      fixed(11, 11, 'Veterans Day', SHIFTS),
      nth(11, THURSDAY, 4, 'Thanksgiving Day'),
      fixed(12, 25, 'Christmas Day', SHIFTS),
    ],
    weekendRule: 'observed',
    shiftedSuffix: ' (observed)',
    extra: NO_EXTRA,
  },
  CA: {
    rules: [
      fixed(1, 1, "New Year's Day", SHIFTS),
      easter(-2, 'Good Friday'),
      { kind: 'weekday_before', month: 5, day: 25, weekday: MONDAY, name: 'Victoria Day' },
      fixed(7, 1, 'Canada Day', SHIFTS),
      nth(9, MONDAY, 1, 'Labour Day'),
      fixed(9, 30, 'National Day for Truth and Reconciliation', { since: 2021 }),
      nth(10, MONDAY, 2, 'Thanksgiving Day'),
      fixed(11, 11, 'Remembrance Day', SHIFTS),
      fixed(12, 25, 'Christmas Day', SHIFTS),
      fixed(12, 26, 'Boxing Day', SHIFTS),
    ],
    weekendRule: 'substitute',
    shiftedSuffix: ' (observed)',
    extra: NO_EXTRA,
  },
};

/** Countries whose public holidays are known, as ISO 3166-1 alpha-2 codes. */
export const HOLIDAY_COUNTRIES: readonly string[] = Object.keys(COUNTRY_HOLIDAYS);
