/**
 * The monthly refresh of the ECB and Bank of England rates, run at the start of the daily run.
 * A failed refresh changes no rate: the previous points stay and the failure is stored to be
 * shown in the settings.
 */
import type { CalendarDate } from '../../core/calendar-date.ts';
import {
  applyRefresh,
  fetchedRatesFrom,
  newerFetchedRates,
  refreshDue,
} from '../../core/rates/rate-refresh.ts';
import { fetchCentralBankData } from '../../gas/central-bank-fetch.ts';
import { FETCHED_RATES_KEY } from '../../gas/document-store.ts';
import type { Workbook } from '../workbook/workbook.ts';

/** The workbook with its fetched rates refreshed when a refresh is due (stored as well). */
export function withRefreshedRates(workbook: Workbook, today: CalendarDate): Workbook {
  // A daily trigger without the document writes the user mirror only; a run with the document
  // starts from whichever of the two is newer, so it does not fetch again what the trigger has.
  const mirror = workbook.store.readMirror();
  const known = mirror
    ? newerFetchedRates(workbook.fetchedRates, fetchedRatesFrom(mirror.get(FETCHED_RATES_KEY)))
    : workbook.fetchedRates;
  if (!refreshDue(known, today)) return { ...workbook, fetchedRates: known };
  const fetchedRates = applyRefresh(known, today, fetchCentralBankData());
  workbook.store.writeMirrored(FETCHED_RATES_KEY, fetchedRates, workbook.snapshot);
  return { ...workbook, fetchedRates };
}
