import type { Invoice } from './invoice.ts';
import type { Jurisdiction, Settings } from './settings.ts';

/**
 * EU member states (ISO 3166-1 alpha-2), for the Late Payment Directive 2011/7/EU default, with the
 * day each joined the euro (null: not in the euro area). The directive's reference rate is the
 * ECB's in the euro area and the national central bank's elsewhere (art. 2(7)).
 */
export const EU_EURO_SINCE: ReadonlyMap<string, string | null> = new Map([
  ['AT', '1999-01-01'],
  ['BE', '1999-01-01'],
  ['BG', '2026-01-01'],
  ['HR', '2023-01-01'],
  ['CY', '2008-01-01'],
  ['CZ', null],
  ['DK', null],
  ['EE', '2011-01-01'],
  ['FI', '1999-01-01'],
  ['FR', '1999-01-01'],
  ['DE', '1999-01-01'],
  ['GR', '2001-01-01'],
  ['HU', null],
  ['IE', '1999-01-01'],
  ['IT', '1999-01-01'],
  ['LV', '2014-01-01'],
  ['LT', '2015-01-01'],
  ['LU', '1999-01-01'],
  ['MT', '2008-01-01'],
  ['NL', '1999-01-01'],
  ['PL', null],
  ['PT', '1999-01-01'],
  ['RO', null],
  ['SK', '2009-01-01'],
  ['SI', '2007-01-01'],
  ['ES', '1999-01-01'],
  ['SE', null],
]);

/**
 * The country whose law governs the invoice: the row's "Loi applicable" / "Governing law" column
 * when the contract chose a law, otherwise the freelancer's establishment. Rome I Regulation
 * art. 4(1)(b): without a choice, a contract for services is governed by the law of the country
 * where the service provider has its habitual residence, whatever the client's country.
 */
export function governingLawOf(invoice: Invoice, settings: Settings): string {
  return (invoice.governingLaw ?? settings.establishment).toUpperCase();
}

/** The client's country (the row's, else the settings' default client country). */
export function clientCountryOf(invoice: Invoice, settings: Settings): string {
  return (invoice.country ?? settings.country).toUpperCase();
}

/**
 * The late-payment regime of an invoice, from the governing law and the client's kind:
 * - France: Code de commerce L441-10 between businesses, Code civil 1231-6 for consumers;
 * - United Kingdom: the Late Payment of Commercial Debts (Interest) Act 1998, business debts only;
 * - Belgium: loi du 2 août 2002, business debts only;
 * - Germany: § 288 BGB, + 9 points between businesses (+ 5 with a consumer);
 * - another EU state: the directive's minimum between businesses.
 * A consumer in another country than the governing law may keep the protective rules of their own
 * country (Rome I art. 6): no automatic claim then (`none`). Neither is there one for a client of
 * unknown kind: the B2B rules bind only a debtor acting as a professional (Code de commerce
 * L441-10 and D441-5, « tout professionnel en situation de retard de paiement »), and a consumer's
 * rules differ, so neither can be claimed without knowing which.
 */
export function jurisdictionOf(invoice: Invoice, settings: Settings): Jurisdiction {
  if (invoice.customerKind === 'unknown') return 'none';
  const law = governingLawOf(invoice, settings);
  const business = invoice.customerKind === 'b2b';
  if (!business && clientCountryOf(invoice, settings) !== law) return 'none';
  switch (law) {
    case 'FR':
      return business ? 'fr_b2b' : 'fr_b2c';
    case 'GB':
      return business ? 'uk_b2b' : 'none';
    case 'BE':
      return business ? 'be_b2b' : 'none';
    case 'DE':
      return business ? 'de_b2b' : 'de_b2c';
    default:
      return business && EU_EURO_SINCE.has(law) ? 'eu_b2b' : 'none';
  }
}

/** Which formal notice a debt calls for: each legal system has its own (see the notice texts). */
export type LegalSystem = 'fr' | 'uk' | 'other';

export function legalSystemOf(law: string): LegalSystem {
  if (law === 'FR') return 'fr';
  if (law === 'GB') return 'uk';
  return 'other';
}
