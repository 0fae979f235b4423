/**
 * The monthly refresh of the ECB and Bank of England rates, run at the start of the daily run.
 * A failed refresh changes no rate: the previous points stay and the failure is stored to be
 * shown in the settings.
 */
import type { CalendarDate } from '../../core/calendar-date.ts';
import { applyRefresh, refreshDue } from '../../core/rates/rate-refresh.ts';
import { fetchCentralBankData } from '../../gas/central-bank-fetch.ts';
import { writeFetchedRates } from '../../gas/fetched-rates-store.ts';
import type { Workbook } from '../workbook/workbook.ts';

/** The workbook with its fetched rates refreshed when a refresh is due (stored as well). */
export function withRefreshedRates(workbook: Workbook, today: CalendarDate): Workbook {
  if (!refreshDue(workbook.fetchedRates, today)) return workbook;
  const fetchedRates = applyRefresh(workbook.fetchedRates, today, fetchCentralBankData());
  writeFetchedRates(workbook.metadata, fetchedRates);
  return { ...workbook, fetchedRates };
}
