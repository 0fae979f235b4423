import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/calendar-date.ts';
import { detectColumns } from '../../src/core/columns/detect-columns.ts';
import type { Language } from '../../src/core/invoice.ts';
import { calendarDateInZone } from '../../src/core/parse/calendar-date-in-zone.ts';
import { type ReadInvoicesOptions, readInvoices } from '../../src/core/read-invoices.ts';

/** Midnight in Paris in winter (UTC+1), as Sheets hands a date cell of a Paris spreadsheet. */
const parisMidnight = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

const options = (language: Language = 'fr', more: Partial<ReadInvoicesOptions> = {}) => ({
  overrides: {},
  dateOfCell: (d: Date) => calendarDateInZone(d, 'Europe/Paris'),
  locale: 'fr_FR',
  language,
  defaultCurrency: 'EUR',
  ...more,
});

const HEADER = [
  'N° facture',
  'Date',
  'Client',
  'Contact',
  'E-mail',
  'Montant TTC',
  'Échéance',
  'Statut',
  'Déjà réglé',
  'Payée le',
  'Pays',
  'Type de client',
  'Ne pas relancer',
  'Remarques',
  'Prestation',
];

/** Claire, graphic designer in Lyon: the sheet as she keeps it. */
const CLAIRE_SHEET: unknown[][] = [
  HEADER,
  [
    'F-2026-001',
    parisMidnight('2026-01-05'),
    'Atelier Dupré',
    'Marc Dupré',
    'marc@atelier-dupre.fr',
    1440,
    parisMidnight('2026-02-04'),
    'Payée',
    '',
    parisMidnight('2026-02-02'),
    'France',
    'B2B',
    false,
    '',
    'Logo',
  ],
  [
    ' F-2026-002 ',
    '12/01/2026',
    '  boulangerie   MARTIN ',
    '',
    'compta@boulangerie-martin.fr; s.martin@boulangerie-martin.fr',
    '1 234,56 €',
    '11/02/2026',
    'Envoyée',
    '200',
    '',
    'FR',
    'pro',
    '',
    'Relancer après les vacances',
    'Site web',
  ],
  ['', '', '', '', '', '', '', '', '', '', '', '', false, '', ''],
  [
    'F-2026-003',
    '2026-01-20',
    'Studio Hartmann',
    'Eva',
    'eva@studio-hartmann.de',
    'EUR 2,500.00',
    '2026-03-21',
    '',
    '',
    '',
    'Allemagne',
    '',
    'non',
    '',
    'Affiches',
  ],
  [
    14,
    '',
    'Mme Lefèvre',
    '',
    'jean@',
    '350',
    '2026-03-01',
    '',
    '',
    '',
    '',
    'particulier',
    '',
    '',
    '',
  ],
  [
    'f-2026-005\u00a0',
    '',
    'Doublon',
    '',
    'x@doublon.fr',
    '10',
    '2026-03-01',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'F-2026-005',
    '',
    'Ferme du Vallon',
    '',
    'bonjour@fermeduvallon.fr',
    '',
    '2026-04-01',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'F-2026-006',
    '',
    'Ferme du Vallon',
    '',
    'bonjour@fermeduvallon.fr',
    '480',
    '#REF!',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'F-2026-007',
    '',
    'SARL Ribeiro',
    '',
    'contact@ribeiro.pt',
    '-120',
    '2026-04-01',
    '',
    '',
    '',
    'PT',
    '',
    '',
    '',
    'Avoir',
  ],
  [
    'F-2026-008',
    '2026-03-10',
    'SARL Ribeiro',
    '',
    'contact@ribeiro.pt',
    '900',
    '2026-03-01',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'F-2026-009',
    '',
    'SARL Ribeiro',
    '',
    'contact@ribeiro.pt',
    '900',
    '2026-04-10',
    'Bof',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'F-2026-010',
    '',
    'SARL Ribeiro',
    '',
    'contact@ribeiro.pt',
    '900',
    '2026-04-10',
    '',
    '1000',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  ['', '', 'TOTAL', '', '', '8 234,56 €', '', '', '', '', '', '', '', '', ''],
  ['', '', '', '', '', '', '', '', '', '', '', '', '', '', 'notes en marge'],
];

describe('readInvoices on a real-looking French sheet', () => {
  const result = readInvoices(CLAIRE_SHEET, options('fr', { overrides: { issueDate: 'Date' } }));

  it('reads the good rows into invoices with sheet row numbers', () => {
    expect(result.invoices.map((i) => [i.row, i.number])).toEqual([
      [2, 'F-2026-001'],
      [3, 'F-2026-002'],
      [5, 'F-2026-003'],
    ]);
  });

  it('turns date cells into the day shown in the sheet, though the script runs in Los Angeles', () => {
    const [first] = result.invoices;
    expect(first?.issueDate).toBe('2026-01-05');
    expect(first?.dueDate).toBe('2026-02-04');
    expect(first?.paidDate).toBe('2026-02-02');
  });

  it('reads a full invoice with every optional field', () => {
    expect(result.invoices[1]).toEqual({
      row: 3,
      number: 'F-2026-002',
      client: 'boulangerie   MARTIN',
      clientKey: 'boulangerie martin',
      emails: ['compta@boulangerie-martin.fr', 's.martin@boulangerie-martin.fr'],
      cc: [],
      contactName: null,
      amountCents: 123456,
      amountPaidCents: 20000,
      currency: 'EUR',
      issueDate: '2026-01-12',
      dueDate: '2026-02-11',
      paidDate: null,
      status: 'open',
      promiseDate: null,
      language: null,
      country: 'FR',
      customerKind: 'b2b',
      governingLaw: null,
      paymentLink: null,
      fileId: null,
      segmentOverride: null,
      doNotRemind: false,
      notes: 'Relancer après les vacances',
    });
  });

  it('defaults the currency and the status, and leaves a blank customer type unknown', () => {
    const hartmann = result.invoices[2];
    expect(hartmann?.amountCents).toBe(250000);
    expect(hartmann?.currency).toBe('EUR');
    expect(hartmann?.status).toBe('open');
    expect(hartmann?.customerKind).toBe('unknown');
    expect(hartmann?.country).toBe('DE');
  });

  it('gives a blank customer type the default kind the settings chose', () => {
    const businesses = readInvoices(
      CLAIRE_SHEET,
      options('fr', { overrides: { issueDate: 'Date' }, defaultCustomerKind: 'b2b' }),
    );
    expect(businesses.invoices[2]?.customerKind).toBe('b2b');
    const individuals = readInvoices(
      CLAIRE_SHEET,
      options('fr', { overrides: { issueDate: 'Date' }, defaultCustomerKind: 'b2c' }),
    );
    expect(individuals.invoices[2]?.customerKind).toBe('b2c');
  });

  it('gives every other non-blank row one error in French, naming row, column and value', () => {
    expect(result.errors.map((e) => e.message)).toEqual([
      "Ligne 6 : l'adresse e-mail « jean@ » (colonne « E-mail ») n'est pas valide ; attendu : une adresse comme nom@domaine.fr (plusieurs séparées par , ou ;).",
      'Ligne 7 : le numéro de facture « f-2026-005 » figure sur les lignes 7 et 8 ; cette facture n’est pas relancée tant que le doublon n’est pas corrigé.',
      'Ligne 8 : la colonne « Montant TTC » est vide ; elle est obligatoire.',
      "Ligne 9 : la colonne « Échéance » affiche l'erreur de formule « #REF! » ; corrigez la formule dans la feuille.",
      'Ligne 10 : le montant « -120 » (colonne « Montant TTC ») est négatif ; un avoir ne se relance pas.',
      "Ligne 11 : l'échéance « 2026-03-01 » (colonne « Échéance ») précède la date d'émission « 2026-03-10 » (colonne « Date »).",
      "Ligne 12 : le statut « Bof » (colonne « Statut ») n'est pas valide ; attendu : payée, envoyée, en attente, litige, prélèvement, annulée ou vide.",
      'Ligne 13 : le montant payé « 1000 » (colonne « Déjà réglé ») dépasse le montant de la facture « 900 ».',
    ]);
  });

  it('keeps the invoice number and the field at fault on each error', () => {
    expect(result.errors.map((e) => [e.row, e.invoiceNumber, e.field, e.value])).toEqual([
      [6, '14', 'email', 'jean@'],
      [7, 'f-2026-005', 'number', 'f-2026-005'],
      [8, 'F-2026-005', 'amount', null],
      [9, 'F-2026-006', 'dueDate', '#REF!'],
      [10, 'F-2026-007', 'amount', '-120'],
      [11, 'F-2026-008', 'dueDate', '2026-03-01'],
      [12, 'F-2026-009', 'status', 'Bof'],
      [13, 'F-2026-010', 'amountPaid', '1000'],
    ]);
  });

  it('ignores blank rows, the totals line and notes in columns it does not read', () => {
    const seen = new Set([
      ...result.invoices.map((i) => i.row),
      ...result.errors.map((e) => e.row),
    ]);
    expect(seen.has(4)).toBe(false);
    expect(seen.has(14)).toBe(false);
    expect(seen.has(15)).toBe(false);
  });

  it('writes the same errors in English', () => {
    const english = readInvoices(CLAIRE_SHEET, options('en', { overrides: { issueDate: 'Date' } }));
    expect(english.errors[0]?.message).toBe(
      "Row 6: e-mail address 'jean@' (column 'E-mail') is not valid; expected an address such as name@example.com (several separated by , or ;).",
    );
    expect(english.errors[1]?.message).toBe(
      "Row 7: invoice number 'f-2026-005' appears on rows 7 and 8; this invoice is not chased until the duplicate is fixed.",
    );
    expect(english.errors[2]?.message).toBe(
      "Row 8: column 'Montant TTC' is empty; it is required.",
    );
  });

  it('carries each error in both languages, whatever the sheet language', () => {
    const english = readInvoices(CLAIRE_SHEET, options('en', { overrides: { issueDate: 'Date' } }));
    expect(result.errors.map((e) => e.messages)).toEqual(english.errors.map((e) => e.messages));
    expect(result.errors[0]?.messages).toEqual({
      fr: result.errors[0]?.message,
      en: english.errors[0]?.message,
    });
  });
});

describe('readInvoices, other cases', () => {
  const header = ['Invoice #', 'Client', 'Email', 'Amount', 'Due date'];

  it('reads nothing when a required column is missing, and says so in the mapping', () => {
    const result = readInvoices(
      [
        ['Client', 'Email'],
        ['Acme', 'a@acme.com'],
      ],
      options(),
    );
    expect(result.invoices).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.mapping.missing).toEqual(['number', 'amount', 'dueDate']);
  });

  it('honours a header row further down and a given mapping', () => {
    const rows = [
      ['Mes factures 2026'],
      [],
      header,
      ['INV-1', 'Acme', 'ap@acme.com', 100, '2026-05-01'],
    ];
    const first = readInvoices(rows, options('en', { headerRow: 3 }));
    expect(first.invoices.map((i) => [i.row, i.number])).toEqual([[4, 'INV-1']]);
    const again = readInvoices(
      rows,
      options('en', { headerRow: 3, mapping: detectColumns(header, {}) }),
    );
    expect(again.invoices).toEqual(first.invoices);
  });

  it('reads numeric dates month first on an en_US sheet only', () => {
    const rows = [header, ['INV-1', 'Acme', 'ap@acme.com', '$1,200.00', '04/05/2026']];
    const us = readInvoices(rows, options('en', { locale: 'en_US', defaultCurrency: 'USD' }));
    const fr = readInvoices(rows, options('en'));
    expect(us.invoices[0]?.dueDate).toBe('2026-04-05');
    expect(us.invoices[0]?.currency).toBe('USD');
    expect(fr.invoices[0]?.dueDate).toBe('2026-05-04');
  });

  it('rejects a currency column that contradicts the amount', () => {
    const rows = [
      [...header, 'Devise'],
      ['INV-1', 'Acme', 'ap@acme.com', '£100', '2026-05-01', 'EUR'],
    ];
    expect(readInvoices(rows, options('en')).errors[0]?.message).toBe(
      "Row 2: amount '£100' (column 'Amount') is not in the invoice's currency (EUR).",
    );
  });

  it('keeps huge cells out of messages', () => {
    const huge = `${'x'.repeat(50_000)}@`;
    const result = readInvoices(
      [header, ['INV-1', 'Acme', huge, 100, '2026-05-01']],
      options('en'),
    );
    const [error] = result.errors;
    expect(error?.value?.length).toBeLessThanOrEqual(60);
    expect(error?.message.length).toBeLessThan(250);
  });

  it('reads every optional column of a complete English sheet', () => {
    const fullHeader = [
      'Invoice number',
      'Customer',
      'Contact name',
      'Email',
      'CC',
      'Total',
      'Currency',
      'Invoice date',
      'Due date',
      'Paid on',
      'Amount paid',
      'Status',
      'Promise date',
      'Language',
      'Country',
      'Customer type',
      'Governing law',
      'Payment link',
      'Invoice PDF',
      'Segment',
      'Do not remind',
      'Notes',
    ];
    const row = [
      'INV-2026-042',
      'Hollis & Park Ltd',
      'Anna Hollis',
      'accounts@hollispark.co.uk',
      'anna@hollispark.co.uk, finance@hollispark.co.uk',
      '£2,400.00',
      'GBP',
      '2026-02-01',
      '2026-03-03',
      '',
      '400',
      'Partially paid',
      '2026-03-20',
      'English',
      'UK',
      'B2B',
      'England',
      'https://buy.stripe.com/test_7sI9',
      'https://drive.google.com/file/d/1aBcD3fGhIjKlMnOpQrStUvWxYz012345/view',
      'Chronic',
      'no',
      'Pays in two parts',
    ];
    const [invoice] = readInvoices([fullHeader, row], options('en')).invoices;
    expect(invoice).toMatchObject({
      number: 'INV-2026-042',
      contactName: 'Anna Hollis',
      cc: ['anna@hollispark.co.uk', 'finance@hollispark.co.uk'],
      amountCents: 240000,
      amountPaidCents: 40000,
      currency: 'GBP',
      status: 'open',
      promiseDate: '2026-03-20' as CalendarDate,
      language: 'en',
      country: 'GB',
      governingLaw: 'GB',
      paymentLink: 'https://buy.stripe.com/test_7sI9',
      fileId: '1aBcD3fGhIjKlMnOpQrStUvWxYz012345',
      segmentOverride: 'chronic',
      doNotRemind: false,
    });
  });

  it('reports each kind of bad optional value', () => {
    const h = [
      ...header,
      'CC',
      'Langue',
      'Pays',
      'Type',
      'Lien de paiement',
      'Facture PDF',
      'Ne pas relancer',
      'Loi applicable',
    ];
    const base = [
      'INV-1',
      'Acme',
      'ap@acme.com',
      100,
      '2026-05-01',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ];
    const cases: [number, string, string][] = [
      [5, 'pierre@', 'cc'],
      [6, 'Deutsch', 'language'],
      [7, 'Atlantide', 'country'],
      [8, 'VIP', 'customerKind'],
      [9, 'voir IBAN', 'paymentLink'],
      [10, 'facture.pdf', 'file'],
      [11, 'peut-être', 'doNotRemind'],
      [12, 'Atlantide', 'governingLaw'],
    ];
    for (const [column, value, field] of cases) {
      const row = [...base];
      row[column] = value;
      const [error] = readInvoices([h, row], options('en')).errors;
      expect(error?.field).toBe(field);
      expect(error?.value).toBe(value);
    }
  });
});
