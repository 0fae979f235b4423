import { addDays, type CalendarDate, daysBetween, maxDate, minDate } from './calendar-date.ts';
import { clientCountryOf, EU_EURO_SINCE, governingLawOf, jurisdictionOf } from './governing-law.ts';
import { balanceCents, type Invoice, type Language } from './invoice.ts';
import { type FixedLateFeeNoteCode, LATE_FEE_NOTES } from './late-fee-notes.ts';
import type { LocalizedText } from './localized-text.ts';
import { BUILT_IN_RATES } from './rates/rate-history.ts';
import {
  halfYearStartOf,
  halfYearValue,
  mergeRatePoints,
  nextHalfYearStart,
  rateInForce,
} from './rates/rate-lookup.ts';
import type { Jurisdiction, RatePoint, Settings } from './settings.ts';
import { localized } from './texts/server-texts.ts';

export { jurisdictionOf } from './governing-law.ts';

/** How an applied rate is made, so that a message can state it ("taux BCE 2,15 % + 10 points"). */
export type RateBasis =
  | { readonly kind: 'contract' }
  | { readonly kind: 'legal'; readonly series: string }
  | {
      readonly kind: 'reference';
      readonly series: string;
      readonly referencePercent: number;
      readonly marginPoints: number;
      /** Belgium rounds the sum up to the next half point. */
      readonly roundedUpToHalf: boolean;
    };

/** The rate applied to one stretch of days (one half-year, or the whole delay in the UK). */
export interface AppliedRate {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly days: number;
  /** Annual rate in percent; null when it is not known (or a contract rate is refused). */
  readonly percent: number | null;
  readonly basis: RateBasis | null;
}

export type LateFeeNoteCode = FixedLateFeeNoteCode | 'contract_rate_below_floor';

export interface LateFeeNote extends LocalizedText {
  readonly code: LateFeeNoteCode;
}

export interface LateFees {
  readonly jurisdiction: Jurisdiction;
  /** ISO country of the governing law. */
  readonly law: string;
  /** The day the interest is computed to: today, or the payment date of an invoice paid late. */
  readonly asOf: CalendarDate;
  /** Days from the day after the due date to `asOf`. */
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
  /** Day a formal notice was sent: consumer interest (France, Germany) only runs from it. */
  readonly noticeDate?: CalendarDate | null;
  /** Central-bank points from the monthly refresh, merged under the user's own points. */
  readonly fetchedRates?: readonly RatePoint[];
}

/** Points above the reference rate, per statutory regime. */
const MARGIN_POINTS: Readonly<Record<Exclude<Jurisdiction, 'none' | 'fr_b2c'>, number>> = {
  fr_b2b: 10, // Code de commerce L441-10 II
  uk_b2b: 8, // Late Payment of Commercial Debts (Interest) Act 1998, s. 6 (SI 2002/1675)
  be_b2b: 8, // Loi du 2 août 2002, art. 5 (rounded up to the next half point)
  de_b2b: 9, // BGB § 288 (2)
  de_b2c: 5, // BGB § 288 (1)
  eu_b2b: 8, // Directive 2011/7/EU art. 2(6)
};

/** Regimes whose consumer interest only runs from a formal notice (Code civil 1231-6, BGB § 286). */
const FROM_NOTICE: ReadonlySet<Jurisdiction> = new Set(['fr_b2c', 'de_b2c']);

/**
 * The points every calculation reads: built-in history, fetched data, the user's own points.
 *
 * @example ratePointsOf(settings, [{ series: 'ecb_mro', from: '2026-06-11', percent: 2, source: 'ECB' }])
 * // → the built-in history with the fetched ECB point added; on the same series and day the
 * //   settings' own point wins over the fetched one, which wins over the built-in one
 */
export function ratePointsOf(
  settings: Settings,
  fetched: readonly RatePoint[] = [],
): readonly RatePoint[] {
  return mergeRatePoints(BUILT_IN_RATES, fetched, settings.lateFees.rates);
}

/**
 * Late-payment interest and fixed compensation an overdue invoice carries on `today`, offered to
 * the templates as figures (never added to the invoice):
 * - simple interest on the balance, `balance × rate × days / 365`, counted from the day after the
 *   due date to today (or to the payment date for an invoice paid late);
 * - France, Belgium, Germany and the directive fix the rate per half-year (the reference rate in
 *   force on 1 January for January–June, on 1 July for July–December), so a delay is split there;
 * - the UK fixes one rate for the whole debt: Bank Rate on the 30 June or 31 December immediately
 *   before interest starts, + 8 points;
 * - consumers (France, Germany) owe interest only from a formal notice, and no indemnity; a French
 *   freelancer's consumer claim uses the legal rate of "autres cas" (`fr_legal_pro`): the rate
 *   depends on the CREDITOR (Code monétaire et financier L313-2), who acts for business;
 * - a contract rate set in the settings replaces the statutory rate for business clients; in France
 *   it may not be below 3 × the legal rate (L441-10 II): below it, the interest is refused (null)
 *   and the note gives the floor;
 * - the €40 (UK: £40/£70/£100 by size of the debt, taken as the invoiced amount) is owed once per
 *   invoice and is not reduced by a partial payment (CJEU C-585/20).
 * A rate the data do not know makes the interest null, never a guess.
 *
 * After a partial payment the interest runs on the balance over the whole delay: the sheet gives
 * the amount paid, not the day, so this never claims more than is owed.
 *
 * @example lateFees(invoice, '2026-03-02', DEFAULT_SETTINGS)
 * // invoice: €1,200 unpaid, due 2026-01-31, a French business client
 * // → { jurisdiction: 'fr_b2b', daysLate: 30, interestCents: 1198, indemnityCents: 4000,
 * //     ratePercents: [{ from: '2026-02-01', to: '2026-03-02', days: 30, percent: 12.15,
 * //       basis: { kind: 'reference', series: 'ecb_mro', referencePercent: 2.15, marginPoints: 10 } }],
 * //     … }
 */
export function lateFees(
  invoice: Invoice,
  today: CalendarDate,
  settings: Settings,
  jurisdiction: Jurisdiction = jurisdictionOf(invoice, settings),
  options: LateFeeOptions = {},
): LateFees {
  const law = governingLawOf(invoice, settings);
  const balance = balanceCents(invoice);
  const principal = balance > 0 ? balance : invoice.paidDate !== null ? invoice.amountCents : 0;
  const end = balance > 0 || invoice.paidDate === null ? today : invoice.paidDate;
  const daysLate = Math.max(0, daysBetween(invoice.dueDate, end));
  const base = { jurisdiction, law, asOf: end, daysLate };

  if (jurisdiction === 'none')
    return result(base, 0, 0, null, [], balance, note(noRegimeNote(invoice, law, settings)));
  if (daysLate === 0) return result(base, 0, 0, null, [], balance);

  let firstDay = addDays(invoice.dueDate, 1);
  if (FROM_NOTICE.has(jurisdiction)) {
    const notice = options.noticeDate ?? null;
    if (notice === null || notice >= end) {
      return result(base, 0, 0, null, [], balance, note('no_formal_notice'));
    }
    firstDay = maxDate(firstDay, addDays(notice, 1));
  }

  const points = ratePointsOf(settings, options.fetchedRates);
  const contract = FROM_NOTICE.has(jurisdiction) ? null : settings.lateFees.contractRatePercent;
  const pieces =
    jurisdiction === 'uk_b2b'
      ? [
          {
            from: firstDay,
            to: end,
            days: daysBetween(firstDay, end) + 1,
            halfYearStart: halfYearStartOf(firstDay),
          },
        ]
      : splitByHalfYear(firstDay, end);
  let floorNote: LateFeeNote | undefined;
  const applied = pieces.map(({ halfYearStart, ...piece }): AppliedRate => {
    if (contract === null)
      return { ...piece, ...statutoryRate(jurisdiction, law, halfYearStart, points) };
    if (jurisdiction === 'fr_b2b') {
      const floor = contractRateFloor(halfYearStart, points);
      if (floor === null || contract < floor) {
        if (floor !== null) floorNote = belowFloorNote(contract, floor);
        return { ...piece, percent: null, basis: { kind: 'contract' } };
      }
    }
    return { ...piece, percent: contract, basis: { kind: 'contract' } };
  });
  const unknown = applied.some((a) => a.percent === null);
  const interest = unknown
    ? null
    : Math.round(
        applied.reduce((sum, a) => sum + (principal * (a.percent as number) * a.days) / 36_500, 0),
      );
  const [indemnity, currency] = indemnityOf(jurisdiction, invoice.amountCents);
  const otherCurrency = currency !== null && currency !== invoice.currency;
  return result(
    base,
    interest,
    indemnity,
    currency,
    applied,
    balance + (otherCurrency ? 0 : indemnity),
    floorNote ??
      (unknown
        ? note('rate_unknown')
        : otherCurrency
          ? note('indemnity_in_other_currency')
          : undefined),
  );
}

/** Why nothing statutory is claimed: the client's kind is not known, a consumer abroad, or no scale. */
function noRegimeNote(invoice: Invoice, law: string, settings: Settings): FixedLateFeeNoteCode {
  if (invoice.customerKind === 'unknown') return 'client_kind_unknown';
  if (invoice.customerKind === 'b2c' && clientCountryOf(invoice, settings) !== law)
    return 'consumer_abroad';
  return 'no_statutory_regime';
}

/**
 * The lowest contract rate French law allows for a half-year: 3 × the legal rate (L441-10 II).
 *
 * @example contractRateFloor('2026-01-01', ratePointsOf(DEFAULT_SETTINGS)) // → 7.86 (3 × 2.62)
 */
export function contractRateFloor(
  halfYearStart: CalendarDate,
  points: readonly RatePoint[],
): number | null {
  const legal = halfYearValue('fr_legal_pro', halfYearStart, points);
  return legal === null ? null : round2(legal * 3);
}

function result(
  base: Pick<LateFees, 'jurisdiction' | 'law' | 'asOf' | 'daysLate'>,
  interestCents: number | null,
  indemnityCents: number,
  indemnityCurrency: 'EUR' | 'GBP' | null,
  ratePercents: readonly AppliedRate[],
  baseTotalCents: number,
  lateNote?: LateFeeNote,
): LateFees {
  return {
    ...base,
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
    case 'fr_b2b': // Code de commerce D441-5
    case 'be_b2b': // loi du 2 août 2002, art. 6
    case 'de_b2b': // BGB § 288 (5)
    case 'eu_b2b': // directive art. 6
      return [4_000, 'EUR'];
    case 'uk_b2b': // 1998 Act s. 5A
      return [amountCents < 100_000 ? 4_000 : amountCents < 1_000_000 ? 7_000 : 10_000, 'GBP'];
    default:
      return [0, null];
  }
}

/** The statutory rate of one stretch and how it is made, or a null percent when unknown. */
function statutoryRate(
  jurisdiction: Exclude<Jurisdiction, 'none'>,
  law: string,
  halfYearStart: CalendarDate,
  points: readonly RatePoint[],
): Pick<AppliedRate, 'percent' | 'basis'> {
  if (jurisdiction === 'fr_b2c') {
    const series = 'fr_legal_pro';
    return {
      percent: halfYearValue(series, halfYearStart, points),
      basis: { kind: 'legal', series },
    };
  }
  const series = referenceSeries(jurisdiction, law, halfYearStart);
  // The UK reads Bank Rate on the last day of the previous half-year; the others on its first day.
  const referenceDay = jurisdiction === 'uk_b2b' ? addDays(halfYearStart, -1) : halfYearStart;
  const reference =
    series === 'de_basis'
      ? halfYearValue(series, halfYearStart, points)
      : rateInForce(series, referenceDay, points);
  if (reference === null) return { percent: null, basis: null };
  const margin = MARGIN_POINTS[jurisdiction];
  const roundedUpToHalf = jurisdiction === 'be_b2b';
  const sum = round2(reference + margin);
  return {
    percent: roundedUpToHalf ? Math.ceil(sum * 2 - 1e-9) / 2 : sum,
    basis: {
      kind: 'reference',
      series,
      referencePercent: reference,
      marginPoints: margin,
      roundedUpToHalf,
    },
  };
}

/**
 * The reference series of a half-year. Outside the euro area an EU state's reference is its
 * central bank's rate: series `ncb_` + the country code in lower case (e.g. `ncb_pl`), which the
 * built-in data does not carry, so the interest stays unknown until the user adds it.
 */
function referenceSeries(
  jurisdiction: Exclude<Jurisdiction, 'none' | 'fr_b2c'>,
  law: string,
  halfYearStart: CalendarDate,
): string {
  switch (jurisdiction) {
    case 'uk_b2b':
      return 'boe_base';
    case 'de_b2b':
    case 'de_b2c':
      return 'de_basis';
    case 'eu_b2b': {
      const euroSince = EU_EURO_SINCE.get(law) ?? null;
      return euroSince !== null && euroSince <= halfYearStart
        ? 'ecb_mro'
        : `ncb_${law.toLowerCase()}`;
    }
    default:
      return 'ecb_mro';
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
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
    const to = minDate(last, addDays(nextHalfYearStart(halfYearStart), -1));
    pieces.push({ from: start, to, days: daysBetween(start, to) + 1, halfYearStart });
    start = addDays(to, 1);
  }
  return pieces;
}

function note(code: FixedLateFeeNoteCode): LateFeeNote {
  return { code, ...LATE_FEE_NOTES[code] };
}

function belowFloorNote(contract: number, floor: number): LateFeeNote {
  const rate = (n: number, language: Language) =>
    language === 'fr' ? n.toFixed(2).replace('.', ',') : n.toFixed(2);
  return {
    code: 'contract_rate_below_floor',
    ...localized('contractRateBelowFloor', (language) => ({
      contract: rate(contract, language),
      floor: rate(floor, language),
    })),
  };
}

/**
 * A French freelancer's contract rate below 3 × the legal rate of the current half-year is refused
 * when the settings are saved (L441-10 II), with the floor in the message. Null when it is allowed,
 * or when the floor of the half-year is not known yet (the calculation then refuses it per
 * half-year).
 */
export function contractRateIssue(
  settings: Settings,
  today: CalendarDate,
  points: readonly RatePoint[],
): { readonly path: string; readonly message: LocalizedText } | null {
  const rate = settings.lateFees.contractRatePercent;
  if (rate === null || settings.establishment !== 'FR') return null;
  const floor = contractRateFloor(halfYearStartOf(today), points);
  if (floor === null || rate >= floor) return null;
  const { fr, en } = belowFloorNote(rate, floor);
  return { path: 'lateFees.contractRatePercent', message: { fr, en } };
}
