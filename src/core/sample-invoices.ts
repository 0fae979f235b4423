/**
 * The small invoices tab set-up can create for a first try: five invoices around today (two
 * overdue, one due soon, one paid, one disputed) to five businesses, in French or English headers. The addresses are
 * on example.com, which never receives mail (RFC 2606).
 */
import { addDays, type CalendarDate } from './calendar-date.ts';
import type { Language } from './invoice.ts';

export interface SampleInvoicesTab {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly widths: readonly number[];
}

const HEADERS: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    'N° facture',
    'Client',
    'E-mail',
    'Montant',
    'Échéance',
    'Date de facture',
    'Payée le',
    'Statut',
    'Langue',
    'Pays',
    'Type',
  ],
  en: [
    'Invoice number',
    'Client',
    'Email',
    'Amount',
    'Due date',
    'Issue date',
    'Paid date',
    'Status',
    'Language',
    'Country',
    'Type',
  ],
};

/**
 * The sample tab's headers, rows and column widths, dated from `today`.
 *
 * @example sampleInvoices('2026-03-15' as CalendarDate, 'en').rows[0]?.slice(0, 5)
 * // → ['F-2026-001', 'Atelier Dupont', 'compta@dupont.example.com', 1200, '2026-02-03']
 */
export function sampleInvoices(today: CalendarDate, language: Language): SampleInvoicesTab {
  const day = (offset: number) => addDays(today, offset);
  const year = today.slice(0, 4);
  // Every sample client is a company: the « Type » column says so, as the late-payment rules
  // depend on it (docs/late-payment-law.md).
  const business = language === 'fr' ? 'entreprise' : 'business';
  return {
    headers: HEADERS[language],
    widths: [110, 160, 220, 90, 100, 100, 100, 90, 70, 60, 90],
    rows: [
      [
        `F-${year}-001`,
        'Atelier Dupont',
        'compta@dupont.example.com',
        1200,
        day(-40),
        day(-70),
        '',
        '',
        'fr',
        'FR',
        business,
      ],
      [
        `F-${year}-002`,
        'Studio Lumière',
        'factures@lumiere.example.com',
        450.5,
        day(-4),
        day(-34),
        '',
        '',
        'fr',
        'FR',
        business,
      ],
      [
        `F-${year}-003`,
        'Northwind Ltd',
        'ap@northwind.example.com',
        2300,
        day(2),
        day(-28),
        '',
        '',
        'en',
        'GB',
        business,
      ],
      [
        `F-${year}-004`,
        'Boulangerie Martin',
        'martin@boulangerie.example.com',
        180,
        day(-12),
        day(-42),
        day(-2),
        'payée',
        'fr',
        'FR',
        business,
      ],
      [
        `F-${year}-005`,
        'Éditions Rivage',
        'contact@rivage.example.com',
        960,
        day(-26),
        day(-56),
        '',
        'litige',
        'fr',
        'FR',
        business,
      ],
    ],
  };
}
