/**
 * The monthly refresh of the ECB and Bank of England rates, through the compiled bundle, against
 * recorded answers of both services (test/fixtures/rates): a French invoice overdue in H2 2026,
 * beyond the built-in data, gets its interest once the ECB rate is refreshed; a failed refresh
 * changes nothing, the message claims no invented rate, and Settings shows the failure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { book, d, everyDay, logged, type Scenario, scenario } from './support/world.ts';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/rates', name), 'utf8');
const ECB_HOST = 'https://data-api.ecb.europa.eu/';
const BOE_HOST = 'https://www.bankofengland.co.uk/';

// Due 30 June 2026; r3 at +24 is Friday 24 July 2026, after r1 and r2 (one stage at a time). The
// daily runs of July before it are `untilR3`; the first of them, on 1 July, is the month's rate
// refresh.
const R3_DAY = '2026-07-24';
function untilR3(s: Scenario): void {
  everyDay(s, '2026-07-01', '2026-07-23');
}
// The invoices' clients are businesses (the sheet has no « Type » column): ECB + 10 and €40 apply.
const BUSINESS_CLIENTS = { defaultCustomerKind: 'b2b' };
const rows = book([
  ['F-2026-090', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1000, d('2026-06-30')],
]);

function answering(s: Scenario): void {
  s.network.answer(ECB_HOST, {
    status: 200,
    body: fixture('ecb-mro.csv'),
    headers: { 'Content-Type': 'text/csv' },
  });
  s.network.answer(BOE_HOST, { status: 200, body: fixture('boe-bank-rate.csv') });
}

interface RatesView {
  refreshed: { series: string; on: string | null }[];
  failures: { fr: string; en: string }[];
}
const ratesView = (s: Scenario) =>
  (s.sidebar('getSidebarState') as { settings: { rates: RatesView } }).settings.rates;

describe('monthly rate refresh', () => {
  it('fetches both series once a month, stores them with the date and uses them in the reminder', () => {
    const s = scenario({ rows, start: '2026-07-01T06:00:00Z', settings: BUSINESS_CLIENTS });
    answering(s);
    untilR3(s);
    s.at(R3_DAY);
    s.trigger();
    expect(s.network.requests.map((r) => new URL(r.url).host)).toEqual([
      'data-api.ecb.europa.eu',
      'www.bankofengland.co.uk',
    ]);
    expect(ratesView(s)).toEqual({
      refreshed: [
        { series: 'ecb_mro', on: '2026-07-01' },
        { series: 'boe_base', on: '2026-07-01' },
      ],
      failures: [],
      toAsk: [
        {
          series: 'fr_legal_pro',
          halfYearStart: '2026-07-01',
          link: 'https://www.service-public.fr/particuliers/vosdroits/F20688',
        },
      ],
    });
    // 1,000 × 12.15% (ECB 2.15, fetched, + 10) × 24 days / 365 = 7.99
    const text = s.sent().at(-1)?.text ?? '';
    expect(text).toMatch(
      /au taux annuel de 12,15\s%\s\(taux BCE 2,15\s%\s\+ 10 points\)\s: ils s’élèvent à 7,99\s€ au 24 juillet 2026/,
    );
    s.at('2026-07-27');
    s.trigger();
    expect(s.network.requests).toHaveLength(2);
  });

  it('a failed refresh changes nothing, invents no rate, and is shown in Settings', () => {
    const s = scenario({ rows, start: '2026-07-01T06:00:00Z', settings: BUSINESS_CLIENTS });
    s.network.answer(ECB_HOST, { status: 503, body: 'Service Unavailable' });
    s.network.answer(BOE_HOST, { timeout: true });
    untilR3(s);
    s.at(R3_DAY);
    s.trigger();
    expect(logged(s, 'sent').at(-1)).toBe('F-2026-090:r3');
    const text = s.sent().at(-1)?.text ?? '';
    expect(text).not.toMatch(/taux annuel|intérêts de retard sont dus/);
    expect(text).toMatch(/40,00\s€/);
    const view = ratesView(s);
    expect(view.refreshed.map((r) => r.on)).toEqual([null, null]);
    expect(view.failures.map((f) => f.en)).toEqual([
      'BCE / ECB: the service answered 503.',
      expect.stringContaining('Bank of England: the service did not answer (Timeout:'),
    ]);
  });

  it('keeps last month’s rates when this month’s refresh fails', () => {
    const s = scenario({ rows, start: '2026-07-01T06:00:00Z', settings: BUSINESS_CLIENTS });
    answering(s);
    untilR3(s);
    s.at(R3_DAY);
    s.trigger();
    s.network.answer(ECB_HOST, { status: 200, body: '<html>maintenance</html>' });
    s.network.answer(BOE_HOST, { unreachable: true });
    s.at('2026-08-03');
    s.trigger();
    const view = ratesView(s);
    expect(view.refreshed.map((r) => r.on)).toEqual(['2026-07-01', '2026-07-01']);
    expect(view.failures).toHaveLength(2);
    // The formal notice of 18 August (the call of 3 August + 15) still claims interest at the
    // rate fetched in July.
    everyDay(s, '2026-08-04', '2026-08-18');
    expect(logged(s, 'drafted')).toEqual(['F-2026-090:notice']);
    expect(s.mailbox.drafts()[0]?.text).toMatch(
      /au taux annuel de 12,15\s%\s\(taux BCE 2,15\s%\s\+ 10 points\)/,
    );
  });
});
