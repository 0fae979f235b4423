import { type CalendarDate, calendarDate, parseCalendarDate } from '../calendar-date.ts';
import type { RatePoint } from '../settings.ts';

/**
 * The two central-bank series Relance refreshes by itself, from public data services that need no
 * key. Their answers are CSV:
 * - ECB Data Portal (https://data.ecb.europa.eu/help/api/data): `.../service/data/FM/<key>` with
 *   `format=csvdata` gives one row per observation with SDMX columns, of which `TIME_PERIOD`
 *   (YYYY-MM-DD) and `OBS_VALUE` (percent) are read; the series FM.B.U2.EUR.4F.KR.MRR_FR.LEV is
 *   the main refinancing operations fixed rate.
 * - Bank of England Interactive Statistical Database: `_iadb-fromshowcolumns.asp` with
 *   `CSVF=TN` gives `DATE,IUDBEDR` then one row per day (`02 Jan 2025,4.75`); IUDBEDR is Bank Rate.
 */
export type FetchedSeriesName = 'ecb_mro' | 'boe_base';

export interface CentralBankSource {
  readonly series: FetchedSeriesName;
  readonly url: string;
  /** Where a person reads the same data. */
  readonly page: string;
  /** Reads the CSV rows (split by Utilities.parseCsv in the shell); null when they are not the data. */
  readonly parse: (rows: CsvRows) => readonly Observation[] | null;
}

export type CsvRows = readonly (readonly string[])[];

export interface Observation {
  readonly day: CalendarDate;
  readonly percent: number;
}

const ECB_KEY = 'FM.B.U2.EUR.4F.KR.MRR_FR.LEV';

export const CENTRAL_BANK_SOURCES: readonly CentralBankSource[] = [
  {
    series: 'ecb_mro',
    url: `https://data-api.ecb.europa.eu/service/data/FM/${ECB_KEY.slice(3)}?startPeriod=2019-01-01&format=csvdata`,
    page: `https://data.ecb.europa.eu/data/datasets/FM/${ECB_KEY}`,
    parse: parseEcbCsv,
  },
  {
    series: 'boe_base',
    url: 'https://www.bankofengland.co.uk/boeapps/database/_iadb-fromshowcolumns.asp?csv.x=yes&Datefrom=01/Jan/2019&Dateto=now&SeriesCodes=IUDBEDR&CSVF=TN&UsingCodes=Y&VPD=Y&VFD=N',
    page: 'https://www.bankofengland.co.uk/boeapps/database/Bank-Rate.asp',
    parse: parseBoeCsv,
  },
];

/** SDMX CSV of the ECB Data Portal; null when the columns or values are not what is expected. */
export function parseEcbCsv(rows: CsvRows): Observation[] | null {
  const header = rows[0] ?? [];
  const dayAt = header.indexOf('TIME_PERIOD');
  const valueAt = header.indexOf('OBS_VALUE');
  if (dayAt < 0 || valueAt < 0) return null;
  return observations(rows.slice(1), (row) => [
    parseCalendarDate(row[dayAt] ?? ''),
    row[valueAt] ?? '',
  ]);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Bank of England IADB CSV (`DATE,IUDBEDR`); null when it is not that. */
export function parseBoeCsv(rows: CsvRows): Observation[] | null {
  const header = (rows[0] ?? []).map((cell) => cell.trim().toUpperCase());
  if (header[0] !== 'DATE' || header[1] !== 'IUDBEDR') return null;
  return observations(rows.slice(1), (row) => {
    const match = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec((row[0] ?? '').trim());
    const month = match ? MONTHS.indexOf(match[2] ?? '') + 1 : 0;
    const day = match && month > 0 ? calendarDate(Number(match[3]), month, Number(match[1])) : null;
    return [day, row[1] ?? ''];
  });
}

function observations(
  rows: CsvRows,
  read: (row: readonly string[]) => [CalendarDate | null, string],
): Observation[] | null {
  const out: Observation[] = [];
  for (const row of rows) {
    if (row.every((cell) => cell.trim() === '')) continue;
    const [day, value] = read(row);
    const percent = Number(value.trim());
    if (day === null || value.trim() === '' || !Number.isFinite(percent)) return null;
    if (percent < -5 || percent > 100) return null;
    out.push({ day, percent });
  }
  return out.length > 0 ? out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)) : null;
}

/**
 * Rate points from observations: one point per change (daily data repeats the same value), the
 * last one known to hold until the fetch day, since the bank had not changed it by then.
 */
export function pointsFromObservations(
  source: CentralBankSource,
  observed: readonly Observation[],
  fetchedOn: CalendarDate,
): RatePoint[] {
  const points: RatePoint[] = [];
  const text = `${source.page} (fetched ${fetchedOn})`;
  for (const { day, percent } of observed) {
    if (points.at(-1)?.percent === percent) continue;
    points.push({ series: source.series, from: day, percent, source: text });
  }
  const last = points.at(-1);
  if (last)
    points[points.length - 1] = { ...last, until: last.from > fetchedOn ? last.from : fetchedOn };
  return points;
}
