/**
 * The central-bank rates of the monthly refresh, kept inside the spreadsheet beside the settings
 * (spreadsheet-metadata.ts) under a key of their own: the daily trigger, which may run without an
 * active document, and every editor's sidebar read the same value, and writing the rates never
 * touches the settings' value, so a failed write cannot cost the settings.
 */
import { type FetchedRates, fetchedRatesFrom } from '../core/rates/rate-refresh.ts';
import type { MetadataSnapshot } from './spreadsheet-metadata.ts';

export const FETCHED_RATES_KEY = 'relance.fetchedRates';

export function readFetchedRates(metadata: MetadataSnapshot): FetchedRates {
  const [text] = metadata.values(FETCHED_RATES_KEY);
  if (text === undefined) return fetchedRatesFrom(null);
  try {
    return fetchedRatesFrom(JSON.parse(text));
  } catch {
    return fetchedRatesFrom(null);
  }
}

export function writeFetchedRates(metadata: MetadataSnapshot, rates: FetchedRates): void {
  metadata.write(FETCHED_RATES_KEY, JSON.stringify(rates));
}
