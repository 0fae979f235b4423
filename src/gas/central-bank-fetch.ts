/**
 * Asks the central banks' public data services for their rates with UrlFetchApp
 * (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object)).
 * `muteHttpExceptions` makes an HTTP error a response to read instead of an exception; a host
 * that does not answer, a timeout or the daily URL Fetch quota still throw, and are reported as
 * the failure of that series only. The CSV is split with Utilities.parseCsv
 * (https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String)).
 */
import { CENTRAL_BANK_SOURCES, type FetchedSeriesName } from '../core/rates/central-bank-data.ts';
import type { FetchOutcome } from '../core/rates/rate-refresh.ts';

export function fetchCentralBankData(): Map<FetchedSeriesName, FetchOutcome> {
  const outcomes = new Map<FetchedSeriesName, FetchOutcome>();
  for (const source of CENTRAL_BANK_SOURCES) {
    try {
      const response = UrlFetchApp.fetch(source.url, {
        muteHttpExceptions: true,
        headers: { Accept: 'text/csv' },
      });
      const status = response.getResponseCode();
      const rows = status === 200 ? Utilities.parseCsv(response.getContentText()) : [];
      outcomes.set(source.series, { ok: true, status, rows });
    } catch (error) {
      outcomes.set(source.series, {
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return outcomes;
}
