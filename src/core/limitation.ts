/**
 * Limitation periods (prescription): after them a court action for the invoice is time-barred,
 * so threatening one, or claiming late-payment interest for it, would be untrue. Conservative on
 * purpose:
 * - the period counts from the earliest day the sheet gives, the invoice date, else the due date.
 *   The law counts from the day the creditor knew, or should have known, the facts that allow the
 *   action (Code civil 2224), which courts often put at the end of the service: a day the sheet
 *   does not give, and never later than the invoice date;
 * - a French client of unknown kind gets the consumer's two years, since they may be one;
 * - what the sheet records of an interruption restarts the period: a payment on account (the
 *   row's payment date while a balance is left) and a promise to pay (its date, the latest the
 *   client's acknowledgment can have been made) acknowledge the debt (Code civil 2240; Limitation
 *   Act 1980 s. 29–30). What it does not record (a letter acknowledging the debt, a court claim:
 *   Code civil 2241) is not modelled: the user who has one chases that invoice by hand.
 * Other laws are not modelled: no limitation is assumed there (`null`).
 */
import { addDays, type CalendarDate, calendarDate } from './calendar-date.ts';
import { governingLawOf } from './governing-law.ts';
import type { Invoice } from './invoice.ts';
import type { Settings } from './settings.ts';

/** Which statute sets the period of an invoice. */
export type LimitationRule =
  | 'fr_consumer'
  | 'fr_business'
  | 'fr_public'
  | 'fr_unknown_kind'
  | 'uk_contract';

export interface Limitation {
  readonly rule: LimitationRule;
  readonly years: number;
  /** The day the period is counted from (not itself counted: Code civil 2228). */
  readonly from: CalendarDate;
  /** The first day the action is time-barred: the day after the last day of the period (2229). */
  readonly barredFrom: CalendarDate;
}

/**
 * Years of each rule, with their sources:
 * - `fr_consumer`: « L'action des professionnels, pour les biens ou les services qu'ils
 *   fournissent aux consommateurs, se prescrit par deux ans » (Code de la consommation L218-2, in
 *   https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565);
 * - `fr_business`: five years between traders, or a trader and a non-trader (Code de commerce
 *   L110-4, https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006219128), and for any
 *   other personal action (Code civil 2224,
 *   https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000019017112);
 * - `fr_public`: a claim on the State, a local authority or a public establishment with a public
 *   accountant is extinguished four years from the first day of the year following the one in
 *   which the rights were acquired (loi n° 68-1250 du 31 décembre 1968, art. 1,
 *   https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000878035/); any written request for payment
 *   to the authority interrupts it (art. 2), which is not modelled either;
 * - `uk_contract`: six years from the date the cause of action accrued (Limitation Act 1980 s. 5,
 *   https://www.legislation.gov.uk/ukpga/1980/58/section/5).
 */
const YEARS: Readonly<Record<LimitationRule, number>> = {
  fr_consumer: 2,
  fr_business: 5,
  fr_public: 4,
  fr_unknown_kind: 2,
  uk_contract: 6,
};

/**
 * The limitation period of an invoice's claim under its governing law, or null when Relance does
 * not model that law's.
 *
 * @example limitationOf(invoice, DEFAULT_SETTINGS)
 * // invoice: a French consumer's, due 2023-11-30, no invoice date
 * // → { rule: 'fr_consumer', years: 2, from: '2023-11-30', barredFrom: '2025-12-01' }
 */
export function limitationOf(invoice: Invoice, settings: Settings): Limitation | null {
  const known = computed.get(invoice);
  if (known?.settings === settings) return known.limitation;
  const limitation = limitationFor(invoice, settings);
  computed.set(invoice, { settings, limitation });
  return limitation;
}

/**
 * Each invoice's answer, computed once: the planner asks for every invoice on every day it plans
 * (Today's week ahead, the run's replays), and invoices and settings are never changed in place.
 */
const computed = new WeakMap<Invoice, { settings: Settings; limitation: Limitation | null }>();

function limitationFor(invoice: Invoice, settings: Settings): Limitation | null {
  const rule = ruleOf(invoice, governingLawOf(invoice, settings));
  if (rule === null) return null;
  const years = YEARS[rule];
  const start = latestOf([invoice.issueDate ?? invoice.dueDate, ...acknowledgments(invoice)]);
  // The public creditor's four years start on 1 January of the next year: counted from the last
  // day of the year, as that day is not counted.
  const from = rule === 'fr_public' ? (`${start.slice(0, 4)}-12-31` as CalendarDate) : start;
  return { rule, years, from, barredFrom: addDays(sameDayYearsLater(from, years), 1) };
}

/** Days the sheet shows the client acknowledging the debt: a payment on account, a promise. */
function acknowledgments(invoice: Invoice): CalendarDate[] {
  const partlyPaid = invoice.amountPaidCents > 0 && invoice.amountPaidCents < invoice.amountCents;
  return [
    ...(partlyPaid && invoice.paidDate !== null ? [invoice.paidDate] : []),
    ...(invoice.promiseDate !== null ? [invoice.promiseDate] : []),
  ];
}

/** ISO days sort as text: the last is the latest. */
function latestOf(dates: readonly [CalendarDate, ...CalendarDate[]]): CalendarDate {
  return [...dates].sort().pop() ?? dates[0];
}

/** The invoice's limitation when its claim is time-barred on `today`, else null. */
export function timeBarred(
  invoice: Invoice,
  today: CalendarDate,
  settings: Settings,
): Limitation | null {
  const limitation = limitationOf(invoice, settings);
  return limitation !== null && today >= limitation.barredFrom ? limitation : null;
}

function ruleOf(invoice: Invoice, law: string): LimitationRule | null {
  if (law === 'GB') return 'uk_contract';
  if (law !== 'FR') return null;
  switch (invoice.customerKind) {
    case 'b2b':
      return 'fr_business';
    case 'b2c':
      return 'fr_consumer';
    case 'public':
      return 'fr_public';
    default:
      return 'fr_unknown_kind';
  }
}

/** The same day `years` later; 29 February becomes 28 February (the earlier day, to be safe). */
function sameDayYearsLater(date: CalendarDate, years: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return (
    calendarDate(year + years, month, day) ??
    (calendarDate(year + years, month, day - 1) as CalendarDate)
  );
}
