/**
 * Limitation periods (prescription): after them a court action for the invoice is time-barred,
 * so threatening one, or claiming late-payment interest for it, would be untrue. Conservative on
 * purpose:
 * - the period counts from the earliest day the sheet gives, the invoice date, else the due date.
 *   The law counts from the day the creditor knew, or should have known, the facts that allow the
 *   action (Code civil 2224), which courts often put at the end of the service: a day the sheet
 *   does not give, and never later than the invoice date;
 * - a French client of unknown kind gets the consumer's two years, since they may be one;
 * - what interrupts or suspends a period (an acknowledgment of the debt by the client, a payment
 *   on account, a court claim: Code civil 2240–2241; Limitation Act 1980 s. 29) is not modelled,
 *   as the sheet does not record it. The user who has one chases that invoice by hand.
 * Other laws are not modelled: no limitation is assumed there (`null`).
 */
import { addDays, type CalendarDate, calendarDate } from './calendar-date.ts';
import { governingLawOf } from './governing-law.ts';
import type { Invoice } from './invoice.ts';
import type { Settings } from './settings.ts';

/** Which statute sets the period of an invoice. */
export type LimitationRule = 'fr_consumer' | 'fr_business' | 'fr_unknown_kind' | 'uk_contract';

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
 * - `uk_contract`: six years from the date the cause of action accrued (Limitation Act 1980 s. 5,
 *   https://www.legislation.gov.uk/ukpga/1980/58/section/5).
 */
const YEARS: Readonly<Record<LimitationRule, number>> = {
  fr_consumer: 2,
  fr_business: 5,
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
  const rule = ruleOf(invoice, governingLawOf(invoice, settings));
  if (rule === null) return null;
  const years = YEARS[rule];
  const from = invoice.issueDate ?? invoice.dueDate;
  return { rule, years, from, barredFrom: addDays(sameDayYearsLater(from, years), 1) };
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
