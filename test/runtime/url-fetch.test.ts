/**
 * UrlFetchApp as documented (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app,
 * https://developers.google.com/apps-script/reference/url-fetch/http-response): fetch(url, params),
 * HTTP errors thrown unless muteHttpExceptions, hosts that time out or do not exist, the daily
 * URL Fetch quota (https://developers.google.com/apps-script/guides/services/quotas).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Kernel } from '../../local/kernel.ts';
import {
  EXTERNAL_REQUEST_SCOPE,
  FETCH_DEADLINE_MS,
  Network,
  URL_FETCH_QUOTA_MESSAGE,
  UrlFetchModule,
} from '../../local/services/url-fetch.ts';
import { execute, type GasGlobals } from './service-context.ts';

const ECB =
  'https://data-api.ecb.europa.eu/service/data/FM/B.U2.EUR.4F.KR.MRR_FR.LEV?format=csvdata';

let kernel: Kernel;
let network: Network;

beforeEach(() => {
  kernel = new Kernel(new Date('2026-12-01T08:00:00Z'));
  network = new Network();
});

const run = <T>(body: (g: GasGlobals) => T, options = {}) =>
  execute(kernel, [new UrlFetchModule(network)], body, options);

describe('UrlFetchApp.fetch', () => {
  it('returns the recorded answer with its code, text and headers, and logs the request', () => {
    network.answer('https://data-api.ecb.europa.eu/', {
      status: 200,
      body: 'KEY,TIME_PERIOD,OBS_VALUE\r\n',
      headers: { 'Content-Type': 'text/csv' },
    });
    const got = run(({ UrlFetchApp }) => {
      const r = UrlFetchApp.fetch(ECB, { headers: { Accept: 'text/csv' } });
      return [r.getResponseCode(), r.getContentText(), r.getHeaders()];
    });
    expect(got).toEqual([200, 'KEY,TIME_PERIOD,OBS_VALUE\r\n', { 'Content-Type': 'text/csv' }]);
    expect(network.requests).toEqual([
      { url: ECB, method: 'GET', headers: { Accept: 'text/csv' } },
    ]);
  });

  it('throws on a 4xx/5xx unless muteHttpExceptions is set', () => {
    network.answer('https://data-api.ecb.europa.eu/', { status: 503, body: 'Service Unavailable' });
    expect(() => run(({ UrlFetchApp }) => UrlFetchApp.fetch(ECB))).toThrow(
      'Request failed for https://data-api.ecb.europa.eu returned code 503. Truncated server response: Service Unavailable (use muteHttpExceptions option to examine full response)',
    );
    const code = run(({ UrlFetchApp }) =>
      UrlFetchApp.fetch(ECB, { muteHttpExceptions: true }).getResponseCode(),
    );
    expect(code).toBe(503);
  });

  it('throws on a timeout after the deadline, and on a host that does not answer', () => {
    network.answer('https://data-api.ecb.europa.eu/', { timeout: true });
    const before = kernel.clock.now();
    expect(() =>
      run(({ UrlFetchApp }) => UrlFetchApp.fetch(ECB, { muteHttpExceptions: true })),
    ).toThrow(`Timeout: ${ECB}`);
    expect(kernel.clock.now() - before).toBeGreaterThanOrEqual(FETCH_DEADLINE_MS);
    expect(() => run(({ UrlFetchApp }) => UrlFetchApp.fetch('https://nowhere.example/'))).toThrow(
      'Address unavailable: https://nowhere.example/',
    );
  });

  it('stops at the daily quota', () => {
    network.answer('https://', { status: 200, body: 'ok' });
    network.dailyQuota = 2;
    run(({ UrlFetchApp }) => {
      UrlFetchApp.fetch(ECB);
      UrlFetchApp.fetch(ECB);
    });
    expect(() => run(({ UrlFetchApp }) => UrlFetchApp.fetch(ECB))).toThrow(URL_FETCH_QUOTA_MESSAGE);
    kernel.clock.advance(24 * 3_600_000);
    expect(run(({ UrlFetchApp }) => UrlFetchApp.fetch(ECB).getContentText())).toBe('ok');
  });

  it('needs the external_request scope: refused in a simple trigger', () => {
    network.answer('https://', { status: 200, body: 'ok' });
    expect(() => run(({ UrlFetchApp }) => UrlFetchApp.fetch(ECB), { authMode: 'LIMITED' })).toThrow(
      `You do not have permission to call UrlFetchApp.fetch. Required permissions: ${EXTERNAL_REQUEST_SCOPE}`,
    );
  });
});
