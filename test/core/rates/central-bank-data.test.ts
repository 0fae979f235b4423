import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../local/services/utilities.ts';
import {
  CENTRAL_BANK_SOURCES,
  parseBoeCsv,
  parseEcbCsv,
  pointsFromObservations,
} from '../../../src/core/rates/central-bank-data.ts';
import { BUILT_IN_RATES } from '../../../src/core/rates/rate-history.ts';
import {
  applyRefresh,
  type FetchOutcome,
  NO_FETCHED_RATES,
  ratesToAsk,
  refreshDue,
} from '../../../src/core/rates/rate-refresh.ts';
import { day } from '../fixtures/invoices.ts';

const fixture = (name: string) =>
  parseCsv(readFileSync(join(import.meta.dirname, '../../fixtures/rates', name), 'utf8'), ',');
const ECB_CSV = fixture('ecb-mro.csv');
const BOE_CSV = fixture('boe-bank-rate.csv');
const [ECB, BOE] = CENTRAL_BANK_SOURCES;
if (!ECB || !BOE) throw new Error('sources missing');

describe('reading the recorded answers', () => {
  it('reads the ECB SDMX CSV by its TIME_PERIOD and OBS_VALUE columns, quoted titles included', () => {
    const observed = parseEcbCsv(ECB_CSV);
    expect(observed?.[0]).toEqual({ day: '2022-07-27', percent: 0.5 });
    expect(observed?.at(-1)).toEqual({ day: '2025-06-11', percent: 2.15 });
  });

  it('turns the Bank of England daily rows into one point per change', () => {
    const observed = parseBoeCsv(BOE_CSV);
    if (!observed) throw new Error('not parsed');
    const points = pointsFromObservations(BOE, observed, day('2026-12-01'));
    expect(points[0]).toMatchObject({ series: 'boe_base', from: '2019-01-02', percent: 0.75 });
    expect(points.find((p) => p.from === '2025-12-18')).toMatchObject({
      percent: 3.75,
      until: '2026-12-01',
    });
    expect(points.filter((p) => p.from >= '2025-01-01').map((p) => p.percent)).toEqual([
      4.5, 4.25, 4, 3.75,
    ]);
  });

  it('refuses an answer that is not the expected data', () => {
    const csv = (text: string) => parseCsv(text, ',');
    expect(parseEcbCsv(csv('<html>Service unavailable</html>'))).toBeNull();
    expect(parseBoeCsv(csv('DATE,IUDBEDR\n02 Jan 2026,n/a\n'))).toBeNull();
    expect(parseBoeCsv(csv('DATE,IUDBEDR\n'))).toBeNull();
    expect(parseEcbCsv(csv('KEY,TIME_PERIOD,OBS_VALUE\nFM,2026-01-01,250\n'))).toBeNull();
  });
});

describe('the monthly refresh', () => {
  const ok = (rows: string[][]): FetchOutcome => ({ ok: true, status: 200, rows });
  /** Both services answered with their recorded data on `on`. */
  const bothAnswered = (on: string) =>
    applyRefresh(
      NO_FETCHED_RATES,
      day(on),
      new Map([
        ['ecb_mro', ok(ECB_CSV)],
        ['boe_base', ok(BOE_CSV)],
      ]),
    );

  it('stores both series with the fetch date', () => {
    const state = applyRefresh(
      NO_FETCHED_RATES,
      day('2026-12-01'),
      new Map([
        ['ecb_mro', ok(ECB_CSV)],
        ['boe_base', ok(BOE_CSV)],
      ]),
    );
    expect(state.series.ecb_mro?.fetchedOn).toBe('2026-12-01');
    expect(state.series.ecb_mro?.points.at(-1)).toMatchObject({
      from: '2025-06-11',
      percent: 2.15,
      until: '2026-12-01',
    });
    expect(state.lastAttempt).toEqual({ on: '2026-12-01', failures: [] });
  });

  it('keeps the previous points of a series that failed and records why', () => {
    const before = bothAnswered('2026-11-02');
    const after = applyRefresh(
      before,
      day('2026-12-01'),
      new Map<'ecb_mro' | 'boe_base', FetchOutcome>([
        ['ecb_mro', { ok: true, status: 503, rows: [] }],
        [
          'boe_base',
          { ok: false, error: 'Timeout: https://www.bankofengland.co.uk/boeapps/database' },
        ],
      ]),
    );
    expect(after.series).toEqual(before.series);
    expect(after.lastAttempt?.failures.map((f) => f.message.en)).toEqual([
      'BCE / ECB: the service answered 503.',
      'Banque d’Angleterre / Bank of England: the service did not answer (Timeout: https://www.bankofengland.co.uk/boeapps/database).',
    ]);
  });

  it('is due once a month, at most one attempt a day', () => {
    expect(refreshDue(NO_FETCHED_RATES, day('2026-12-01'))).toBe(true);
    const done = bothAnswered('2026-12-01');
    expect(refreshDue(done, day('2026-12-15'))).toBe(false);
    expect(refreshDue(done, day('2027-01-04'))).toBe(true);
    const failed = applyRefresh(
      NO_FETCHED_RATES,
      day('2026-12-01'),
      new Map([['ecb_mro', { ok: false, error: 'x' } as FetchOutcome]]),
    );
    expect(refreshDue(failed, day('2026-12-01'))).toBe(false);
    expect(refreshDue(failed, day('2026-12-02'))).toBe(true);
  });

  it('asks for the French legal rate of a half-year no data gives, with the official page', () => {
    expect(ratesToAsk('FR', day('2026-03-10'), BUILT_IN_RATES)).toEqual([]);
    expect(ratesToAsk('FR', day('2026-07-02'), BUILT_IN_RATES)).toEqual([
      {
        series: 'fr_legal_pro',
        halfYearStart: '2026-07-01',
        link: 'https://www.service-public.fr/particuliers/vosdroits/F20688',
      },
    ]);
    expect(ratesToAsk('DE', day('2026-07-02'), BUILT_IN_RATES)[0]?.series).toBe('de_basis');
    expect(ratesToAsk('GB', day('2026-07-02'), BUILT_IN_RATES)).toEqual([]);
  });
});
