import {
  addDays,
  type CalendarDate,
  calendarDate,
  daysBetween,
  maxDate,
  minDate,
  yearOf,
} from './calendar-date.ts';
import { balanceCents, type Invoice } from './invoice.ts';
import type { LocalizedText } from './localized-text.ts';
import type { Jurisdiction, RatePoint, Settings } from './settings.ts';

/**
 * EU member states (ISO 3166-1 alpha-2), for the Late Payment Directive 2011/7/EU default, with the
 * day each joined the euro (null: not in the euro area). The directive's reference rate is the
 * ECB's in the euro area and the national central bank's elsewhere (art. 2(7)).
 */
const EU_EURO_SINCE: ReadonlyMap<string, string | null> = new Map([
  ['AT', '1999-01-01'],
  ['BE', '1999-01-01'],
  ['BG', '2026-01-01'],
  ['HR', '2023-01-01'],
  ['CY', '2008-01-01'],
  ['CZ', null],
  ['DK', null],
  ['EE', '2011-01-01'],
  ['FI', '1999-01-01'],
  ['FR', '1999-01-01'],
  ['DE', '1999-01-01'],
  ['GR', '2001-01-01'],
  ['HU', null],
  ['IE', '1999-01-01'],
  ['IT', '1999-01-01'],
  ['LV', '2014-01-01'],
  ['LT', '2015-01-01'],
  ['LU', '1999-01-01'],
  ['MT', '2008-01-01'],
  ['NL', '1999-01-01'],
  ['PL', null],
  ['PT', '1999-01-01'],
  ['RO', null],
  ['SK', '2009-01-01'],
  ['SI', '2007-01-01'],
  ['ES', '1999-01-01'],
  ['SE', null],
]);

function clientCountry(invoice: Invoice, settings: Settings): string {
  return (invoice.country ?? settings.country).toUpperCase();
}

/** The late-payment regime of an invoice, from the client's country and kind. */
export function jurisdictionOf(invoice: Invoice, settings: Settings): Jurisdiction {
  const country = clientCountry(invoice, settings);
  if (country === 'FR') return invoice.customerKind === 'b2b' ? 'fr_b2b' : 'fr_b2c';
  if (invoice.customerKind !== 'b2b') return 'none';
  if (EU_EURO_SINCE.has(country)) return 'eu_b2b';
  if (country === 'GB') return 'uk_b2b';
  return 'none';
}

/** The rate applied to one stretch of days within one half-year. */
export interface AppliedRate {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly days: number;
  /** Annual rate in percent; null when the reference rate of that half-year is not known. */
  readonly percent: number | null;
}

export type LateFeeNoteCode =
  | 'rate_unknown'
  | 'no_formal_notice'
  | 'no_statutory_regime'
  | 'indemnity_in_other_currency';

export interface LateFeeNote extends LocalizedText {
  readonly code: LateFeeNoteCode;
}

export interface LateFees {
  readonly jurisdiction: Jurisdiction;
  /** Days from the day after the due date to today (or to the payment date). */
  readonly daysLate: number;
  /** Simple interest in the invoice's currency; null when a rate it needs is unknown. */
  readonly interestCents: number | null;
  /** Fixed recovery compensation per invoice (0 when none is owed). */
  readonly indemnityCents: number;
  readonly indemnityCurrency: 'EUR' | 'GBP' | null;
  readonly ratePercents: readonly AppliedRate[];
  /**
   * Balance + interest + indemnity, in the invoice's currency; the indemnity is left out when it
   * is owed in another currency. Null when the interest is unknown.
   */
  readonly totalWithPenaltiesCents: number | null;
  readonly note?: LateFeeNote;
}

export interface LateFeeOptions {
  /** Day a formal notice was sent: French consumer interest only runs from it. */
  readonly noticeDate?: CalendarDate | null;
}

/** Points above the reference rate, per statutory regime. */
const MARGIN_POINTS: Readonly<Record<'fr_b2b' | 'eu_b2b' | 'uk_b2b', number>> = {
  fr_b2b: 10, // Code de commerce L441-10 II
  eu_b2b: 8, // Directive 2011/7/EU art. 2(6)
  uk_b2b: 8, // Late Payment of Commercial Debts (Interest) Act 1998, s. 6
};

/**
 * The reference series of a half-year. Outside the euro area an EU state's reference is its
 * central bank's rate: series `ncb_` + the country code in lower case (e.g. `ncb_pl`), which the
 * default data does not carry, so the interest stays unknown until the user adds it.
 */
function referenceSeries(
  jurisdiction: Exclude<Jurisdiction, 'none'>,
  country: string,
  halfYearStart: CalendarDate,
): string {
  switch (jurisdiction) {
    case 'fr_b2b':
      return 'ecb_mro';
    case 'uk_b2b':
      return 'boe_base';
    case 'fr_b2c':
      return 'fr_legal_consumer';
    case 'eu_b2b': {
      const euroSince = EU_EURO_SINCE.get(country) ?? null;
      return euroSince !== null && euroSince <= halfYearStart
        ? 'ecb_mro'
        : `ncb_${country.toLowerCase()}`;
    }
  }
}

/**
 * Series fixed by decree for one half-year at a time (the taux de l'intérêt légal): a point
 * applies to its own half-year only. Central-bank rates stay in force until the next decision,
 * so their points apply until the next point of the series.
 */
function isHalfYearlySeries(series: string): boolean {
  return series.startsWith('fr_legal');
}

/**
 * Late-payment interest and fixed compensation an overdue invoice carries today, offered to the
 * templates as figures (never added to the invoice):
 * - simple interest on the balance, `balance × rate × days / 365`, counted from the day after
 *   the due date to today (or to the payment date for an invoice paid late);
 * - the rate is fixed per half-year: the reference rate in force on 1 January applies to January–
 *   June and the one on 1 July to July–December (UK: the base rate on 31 December and 30 June),
 *   plus the statutory margin; a contract rate set in the settings replaces it for B2B clients;
 * - the reference is the ECB rate for France and the euro area, the national central bank's for
 *   other EU states (series `ncb_xx`), the Bank of England's for the UK;
 * - French consumers owe interest at the legal rate only from a formal notice, and no indemnity;
 * - the €40 (UK: £40/£70/£100 by size of the debt, taken as the invoiced amount) is owed once per
 *   invoice and is not reduced by a partial payment (CJEU C-585/20).
 * When a half-year's reference rate is not in the settings, or its last point's source stops
 * before the half-year's reference day (`until`), the interest is unknown, not guessed.
 *
 * After a partial payment the interest runs on the balance over the whole delay: the sheet gives
 * the amount paid, not the day, so this never claims more than is owed.
 */
export function lateFees(
  invoice: Invoice,
  today: CalendarDate,
  settings: Settings,
  jurisdiction: Jurisdiction = jurisdictionOf(invoice, settings),
  options: LateFeeOptions = {},
): LateFees {
  const balance = balanceCents(invoice);
  const principal = balance > 0 ? balance : invoice.paidDate !== null ? invoice.amountCents : 0;
  const end = balance > 0 || invoice.paidDate === null ? today : invoice.paidDate;
  const daysLate = Math.max(0, daysBetween(invoice.dueDate, end));

  if (jurisdiction === 'none') {
    return result(jurisdiction, daysLate, 0, 0, null, [], balance, note('no_statutory_regime'));
  }
  if (daysLate === 0) {
    return result(jurisdiction, 0, 0, 0, null, [], balance);
  }

  let firstDay = addDays(invoice.dueDate, 1);
  if (jurisdiction === 'fr_b2c') {
    const notice = options.noticeDate ?? null;
    if (notice === null || notice >= end) {
      return result(jurisdiction, daysLate, 0, 0, null, [], balance, note('no_formal_notice'));
    }
    firstDay = maxDate(firstDay, addDays(notice, 1));
  }

  const contract = jurisdiction === 'fr_b2c' ? null : settings.lateFees.contractRatePercent;
  const country = clientCountry(invoice, settings);
  const applied = splitByHalfYear(firstDay, end).map(
    (piece): AppliedRate => ({
      ...piece,
      percent:
        contract ??
        statutoryRate(jurisdiction, country, piece.halfYearStart, settings.lateFees.rates),
    }),
  );
  const unknown = applied.some((a) => a.percent === null);
  const interest = unknown
    ? null
    : Math.round(
        applied.reduce((sum, a) => sum + (principal * (a.percent as number) * a.days) / 36_500, 0),
      );
  const [indemnity, currency] = indemnityOf(jurisdiction, invoice.amountCents);
  const otherCurrency = currency !== null && currency !== invoice.currency;
  const payload = applied.map(({ from, to, days, percent }) => ({ from, to, days, percent }));
  return result(
    jurisdiction,
    daysLate,
    interest,
    indemnity,
    currency,
    payload,
    balance + (otherCurrency ? 0 : indemnity),
    unknown
      ? note('rate_unknown')
      : otherCurrency
        ? note('indemnity_in_other_currency')
        : undefined,
  );
}

function result(
  jurisdiction: Jurisdiction,
  daysLate: number,
  interestCents: number | null,
  indemnityCents: number,
  indemnityCurrency: 'EUR' | 'GBP' | null,
  ratePercents: readonly AppliedRate[],
  baseTotalCents: number,
  lateNote?: LateFeeNote,
): LateFees {
  return {
    jurisdiction,
    daysLate,
    interestCents,
    indemnityCents,
    indemnityCurrency,
    ratePercents,
    totalWithPenaltiesCents: interestCents === null ? null : baseTotalCents + interestCents,
    ...(lateNote ? { note: lateNote } : {}),
  };
}

function indemnityOf(
  jurisdiction: Jurisdiction,
  amountCents: number,
): [number, 'EUR' | 'GBP' | null] {
  switch (jurisdiction) {
    case 'fr_b2b':
    case 'eu_b2b':
      return [4_000, 'EUR'];
    case 'uk_b2b':
      return [amountCents < 100_000 ? 4_000 : amountCents < 1_000_000 ? 7_000 : 10_000, 'GBP'];
    default:
      return [0, null];
  }
}

/** Reference rate + margin for the half-year starting on `halfYearStart`, or null if unknown. */
function statutoryRate(
  jurisdiction: Exclude<Jurisdiction, 'none'>,
  country: string,
  halfYearStart: CalendarDate,
  rates: readonly RatePoint[],
): number | null {
  const series = referenceSeries(jurisdiction, country, halfYearStart);
  if (jurisdiction === 'fr_b2c') return halfYearRate(series, halfYearStart, rates);
  // The UK fixes the rate on the last day of the previous half-year.
  const referenceDay = jurisdiction === 'uk_b2b' ? addDays(halfYearStart, -1) : halfYearStart;
  const reference = rateInForce(series, referenceDay, rates);
  return reference === null ? null : round2(reference + MARGIN_POINTS[jurisdiction]);
}

/** The series' latest point on or before `day`, unless its source stops short of `day`. */
function rateInForce(
  series: string,
  day: CalendarDate,
  rates: readonly RatePoint[],
): number | null {
  let best: RatePoint | null = null;
  for (const point of rates) {
    if (point.series !== series || point.from > day) continue;
    if (best === null || point.from > best.from) best = point;
  }
  if (best?.until !== undefined && best.until < day) return null;
  return best?.percent ?? null;
}

function halfYearRate(
  series: string,
  halfYearStart: CalendarDate,
  rates: readonly RatePoint[],
): number | null {
  if (!isHalfYearlySeries(series)) return rateInForce(series, halfYearStart, rates);
  const next = halfYearStartOf(addDays(halfYearStart, 190));
  for (const point of rates) {
    if (point.series === series && point.from >= halfYearStart && point.from < next) {
      return point.percent;
    }
  }
  return null;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function halfYearStartOf(date: CalendarDate): CalendarDate {
  const month = Number(date.slice(5, 7));
  return calendarDate(yearOf(date), month <= 6 ? 1 : 7, 1) as CalendarDate;
}

/** Splits the days `first`…`last` (both included) at 1 January and 1 July. */
function splitByHalfYear(
  first: CalendarDate,
  last: CalendarDate,
): { from: CalendarDate; to: CalendarDate; days: number; halfYearStart: CalendarDate }[] {
  const pieces: {
    from: CalendarDate;
    to: CalendarDate;
    days: number;
    halfYearStart: CalendarDate;
  }[] = [];
  let start = first;
  while (start <= last) {
    const halfYearStart = halfYearStartOf(start);
    const nextStart = halfYearStartOf(addDays(halfYearStart, 190));
    const to = minDate(last, addDays(nextStart, -1));
    pieces.push({ from: start, to, days: daysBetween(start, to) + 1, halfYearStart });
    start = addDays(to, 1);
  }
  return pieces;
}

const NOTES: Readonly<Record<LateFeeNoteCode, LocalizedText>> = {
  rate_unknown: {
    fr: 'Taux de référence inconnu pour au moins un semestre du retard : ajoutez-le dans les réglages.',
    en: 'The reference rate is unknown for at least one half-year of the delay: add it in the settings.',
  },
  no_formal_notice: {
    fr: 'Client particulier : les intérêts au taux légal ne courent qu’à partir de la mise en demeure.',
    en: 'Consumer client: legal-rate interest only runs from the formal notice.',
  },
  no_statutory_regime: {
    fr: 'Aucun barème légal de pénalités connu pour ce client.',
    en: 'No statutory late-payment scale is known for this client.',
  },
  indemnity_in_other_currency: {
    fr: 'L’indemnité forfaitaire est due dans une autre devise que la facture : elle n’est pas ajoutée au total.',
    en: 'The fixed compensation is owed in another currency than the invoice: it is not added to the total.',
  },
};

function note(code: LateFeeNoteCode): LateFeeNote {
  return { code, ...NOTES[code] };
}
