import { addDays, type CalendarDate, calendarDate, yearOf } from '../calendar-date.ts';
import type { RatePoint } from '../settings.ts';

/**
 * The points Relance reads, from three sources: the built-in history, the central banks' data
 * fetched by the monthly refresh, and the points the user typed. On the same series and day the
 * user's point wins over the fetched one, which wins over the built-in one.
 */
export function mergeRatePoints(
  builtIn: readonly RatePoint[],
  fetched: readonly RatePoint[],
  user: readonly RatePoint[],
): RatePoint[] {
  const byKey = new Map<string, RatePoint>();
  for (const point of [...builtIn, ...fetched, ...user]) {
    byKey.set(`${point.series} ${point.from}`, point);
  }
  return [...byKey.values()].sort((a, b) =>
    a.series === b.series ? compare(a.from, b.from) : compare(a.series, b.series),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Series fixed for one half-year at a time (the taux de l'intérêt légal by arrêté, the
 * Basiszinssatz on 1 January and 1 July): a point applies to its own half-year only, so a missing
 * half-year stays unknown instead of inheriting the previous one.
 */
export function isHalfYearlySeries(series: string): boolean {
  return series.startsWith('fr_legal') || series === 'de_basis';
}

/**
 * The series' value on `day`: its latest point on or before `day`. A central-bank rate holds until
 * the bank changes it, which stored data cannot know, so when the series' latest point carries
 * `until`, days after the latest `until` of any of its points are unknown (null).
 */
export function rateInForce(
  series: string,
  day: CalendarDate,
  points: readonly RatePoint[],
): number | null {
  let best: RatePoint | null = null;
  let latest: RatePoint | null = null;
  let knownUntil = '';
  for (const point of points) {
    if (point.series !== series) continue;
    if (point.from <= day && (best === null || point.from > best.from)) best = point;
    if (latest === null || point.from > latest.from) latest = point;
    if (point.until !== undefined && point.until > knownUntil) knownUntil = point.until;
  }
  if (best === null) return null;
  if (latest?.until !== undefined && knownUntil < day) return null;
  return best.percent;
}

/** The value of a half-yearly series for the half-year starting on `halfYearStart`. */
export function halfYearValue(
  series: string,
  halfYearStart: CalendarDate,
  points: readonly RatePoint[],
): number | null {
  if (!isHalfYearlySeries(series)) return rateInForce(series, halfYearStart, points);
  const next = nextHalfYearStart(halfYearStart);
  let found: RatePoint | null = null;
  for (const point of points) {
    if (point.series !== series || point.from < halfYearStart || point.from >= next) continue;
    if (found === null || point.from > found.from) found = point;
  }
  return found?.percent ?? null;
}

/** 1 January or 1 July of the half-year holding `date`. */
export function halfYearStartOf(date: CalendarDate): CalendarDate {
  const month = Number(date.slice(5, 7));
  return calendarDate(yearOf(date), month <= 6 ? 1 : 7, 1) as CalendarDate;
}

export function nextHalfYearStart(halfYearStart: CalendarDate): CalendarDate {
  return halfYearStartOf(addDays(halfYearStart, 190));
}
