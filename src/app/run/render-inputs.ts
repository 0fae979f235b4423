/**
 * What every message is rendered from besides its invoices, built one way for the daily run, the
 * sidebar's template preview and Today, and the test e-mails: a message previewed or tested says
 * what the run would send (the same interest, the same sender details).
 */
import type { CalendarDate } from '../../core/calendar-date.ts';
import type { Invoice } from '../../core/invoice.ts';
import type { PlanInput } from '../../core/planner.ts';
import { type FetchedRates, fetchedPoints } from '../../core/rates/rate-refresh.ts';
import type { RatePoint, Settings } from '../../core/settings.ts';
import type { ContextInputs } from '../../core/templates/index.ts';
import { contactForClient } from '../../core/templates/international-phone.ts';
import { invoiceLateFees, legalContextOf } from './invoice-late-fees.ts';

export interface RenderSources {
  readonly settings: Settings;
  readonly today: CalendarDate;
  /** Central-bank points of the monthly refresh, for the late fees. */
  readonly fetchedRates: readonly RatePoint[];
}

/**
 * What a message made outside the day's plan is rendered from (the template preview, its test
 * e-mail, the start guide's test): the run's sources, and what the run plans from, whose ladder
 * of the invoice gives the deadline and whose history gives the client's tone.
 */
export interface PreviewInputs {
  readonly sources: RenderSources;
  readonly plan: PlanInput;
}

/** The sources of a workbook (or of a sidebar snapshot of it) on `today`. */
export function renderSourcesOf(
  stored: { readonly settings: Settings; readonly fetchedRates: FetchedRates },
  today: CalendarDate,
): RenderSources {
  return { settings: stored.settings, today, fetchedRates: fetchedPoints(stored.fetchedRates) };
}

/** What a template needs besides the invoices: sender, jurisdiction, late fees of the day. */
export function contextInputs(first: Invoice, sources: RenderSources): ContextInputs {
  const { settings, today, fetchedRates } = sources;
  const country = first.country ?? settings.country;
  return {
    today,
    country,
    senderName: settings.senderName,
    // A client abroad gets the number in international form: the number is the freelancer's,
    // so it is national where they are established.
    senderContact: contactForClient(settings.senderContact, settings.establishment, country),
    senderCompany: settings.senderCompany,
    ...legalContextOf(first, settings),
    // None until the files are checked by the run's rule (invoice-attachments.ts): a Drive link
    // alone may be the book, a Google Doc or another invoice's PDF, which the run refuses.
    attachedFiles: 0,
    // The same figures as the mail the run sends (an unknown interest stays unknown).
    lateFees: (invoice) => invoiceLateFees(invoice, today, settings, fetchedRates),
  };
}
