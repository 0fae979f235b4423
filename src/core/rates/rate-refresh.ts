import type { CalendarDate } from '../calendar-date.ts';
import type { LocalizedText } from '../localized-text.ts';
import type { RatePoint } from '../settings.ts';
import { localized } from '../texts/server-texts.ts';
import {
  CENTRAL_BANK_SOURCES,
  type CentralBankSource,
  type CsvRows,
  type FetchedSeriesName,
  pointsFromObservations,
} from './central-bank-data.ts';
import { halfYearStartOf, halfYearValue } from './rate-lookup.ts';

/** One series as last fetched successfully. */
export interface FetchedSeries {
  readonly fetchedOn: CalendarDate;
  readonly points: readonly RatePoint[];
}

/** What the monthly refresh keeps, beside the settings in the same store. */
export interface FetchedRates {
  readonly series: Readonly<Partial<Record<FetchedSeriesName, FetchedSeries>>>;
  /** The last attempt and the series it could not refresh (empty when all succeeded). */
  readonly lastAttempt: {
    readonly on: CalendarDate;
    readonly failures: readonly {
      readonly series: FetchedSeriesName;
      readonly message: LocalizedText;
    }[];
  } | null;
}

export const NO_FETCHED_RATES: FetchedRates = { series: {}, lastAttempt: null };

/** Every fetched point, for the late-fee calculation (merged under the user's points). */
export function fetchedPoints(state: FetchedRates): RatePoint[] {
  return Object.values(state.series).flatMap((s) => (s ? [...s.points] : []));
}

/**
 * Due once a month: when a series was not fetched successfully this calendar month, at most one
 * attempt a day (a failing service is not hammered by every run of the day).
 */
export function refreshDue(state: FetchedRates, today: CalendarDate): boolean {
  if (state.lastAttempt?.on === today) return false;
  const month = today.slice(0, 7);
  return CENTRAL_BANK_SOURCES.some(
    (s) => (state.series[s.series]?.fetchedOn ?? '').slice(0, 7) !== month,
  );
}

/** What fetching one source gave: the response text, or why there is none. */
export type FetchOutcome =
  | { readonly ok: true; readonly status: number; readonly rows: CsvRows }
  | { readonly ok: false; readonly error: string };

/**
 * The state after an attempt. A series whose answer is not a 200 with the expected data keeps its
 * previous points untouched, and the failure is recorded to be shown; nothing is ever guessed.
 */
export function applyRefresh(
  state: FetchedRates,
  today: CalendarDate,
  outcomes: ReadonlyMap<FetchedSeriesName, FetchOutcome>,
): FetchedRates {
  const series: Partial<Record<FetchedSeriesName, FetchedSeries>> = { ...state.series };
  const failures: { series: FetchedSeriesName; message: LocalizedText }[] = [];
  for (const source of CENTRAL_BANK_SOURCES) {
    const outcome = outcomes.get(source.series);
    if (outcome === undefined) continue;
    const result = readOutcome(source, outcome, today);
    if ('points' in result) series[source.series] = { fetchedOn: today, points: result.points };
    else failures.push({ series: source.series, message: result.failure });
  }
  return { series, lastAttempt: { on: today, failures } };
}

function readOutcome(
  source: CentralBankSource,
  outcome: FetchOutcome,
  today: CalendarDate,
): { points: RatePoint[] } | { failure: LocalizedText } {
  const name = source.series === 'ecb_mro' ? 'BCE / ECB' : 'Banque d’Angleterre / Bank of England';
  if (!outcome.ok) {
    return {
      failure: localized('rateNoAnswer', { name, error: outcome.error }),
    };
  }
  if (outcome.status !== 200) {
    return {
      failure: localized('rateStatus', { name, status: outcome.status }),
    };
  }
  const observed = source.parse(outcome.rows);
  if (observed === null) {
    return {
      failure: localized('rateFormat', { name }),
    };
  }
  return { points: pointsFromObservations(source, observed, today) };
}

/** A half-yearly rate Relance cannot fetch, which the user is asked for, with where to find it. */
export interface RateToAsk {
  readonly series: string;
  readonly halfYearStart: CalendarDate;
  readonly link: string;
}

/**
 * Series published by decree or notice for each half-year (the French legal rate by arrêté, the
 * Bundesbank's Basiszinssatz), with the official page. Which ones matter depends on the law of the
 * freelancer's establishment.
 */
const ASKED: Readonly<Record<string, readonly { series: string; link: string }[]>> = {
  FR: [
    { series: 'fr_legal_pro', link: 'https://www.service-public.fr/particuliers/vosdroits/F20688' },
  ],
  DE: [
    {
      series: 'de_basis',
      link: 'https://www.bundesbank.de/de/bundesbank/organisation/agb-und-regelungen/basiszinssatz-607820',
    },
  ],
};

/** The rates of the current half-year the user should enter, since no data source gives them. */
export function ratesToAsk(
  establishment: string,
  today: CalendarDate,
  points: readonly RatePoint[],
): RateToAsk[] {
  const halfYearStart = halfYearStartOf(today);
  return (ASKED[establishment] ?? [])
    .filter(({ series }) => halfYearValue(series, halfYearStart, points) === null)
    .map(({ series, link }) => ({ series, halfYearStart, link }));
}

/** Reads the stored state; anything damaged counts as never fetched (the refresh then retries). */
export function fetchedRatesFrom(raw: unknown): FetchedRates {
  if (typeof raw !== 'object' || raw === null) return NO_FETCHED_RATES;
  const r = raw as { series?: unknown; lastAttempt?: unknown };
  const series: Partial<Record<FetchedSeriesName, FetchedSeries>> = {};
  for (const { series: name } of CENTRAL_BANK_SOURCES) {
    const s = (r.series as Record<string, unknown> | undefined)?.[name] as
      | { fetchedOn?: unknown; points?: unknown }
      | undefined;
    if (typeof s?.fetchedOn !== 'string' || !Array.isArray(s.points)) continue;
    const points = s.points.filter(
      (p): p is RatePoint =>
        typeof p === 'object' &&
        p !== null &&
        (p as RatePoint).series === name &&
        typeof (p as RatePoint).from === 'string' &&
        typeof (p as RatePoint).percent === 'number',
    );
    series[name] = { fetchedOn: s.fetchedOn as CalendarDate, points };
  }
  const attempt = r.lastAttempt as FetchedRates['lastAttempt'] | undefined;
  const lastAttempt =
    attempt && typeof attempt.on === 'string' && Array.isArray(attempt.failures) ? attempt : null;
  return { series, lastAttempt };
}
