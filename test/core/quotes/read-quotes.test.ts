import { describe, expect, it } from 'vitest';
import { detectQuoteColumns, looksLikeQuotesTab } from '../../../src/core/quotes/quote-columns.ts';
import { readQuotes } from '../../../src/core/quotes/read-quotes.ts';

const options = {
  dateOfCell: (date: Date) => date.toISOString().slice(0, 10) as never,
  locale: 'fr_FR',
  language: 'fr' as const,
  defaultCurrency: 'EUR',
  sheet: 'Devis',
  overrides: {},
};

describe('reading a quotes tab', () => {
  it('recognises a French quotes tab by its headers, in any order', () => {
    expect(
      looksLikeQuotesTab(['Client', 'N° devis', 'E-mail', 'Montant HT', "Valable jusqu'au"]),
    ).toBe(true);
    expect(looksLikeQuotesTab(['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance'])).toBe(
      false,
    );
  });

  it('reads quotes with the invoices’ parsers: amounts, typed dates, statuses', () => {
    const result = readQuotes(
      [
        [
          'N° devis',
          'Client',
          'E-mail',
          'Montant',
          "Date d'envoi",
          "Valable jusqu'au",
          'Statut',
          'Accepté le',
        ],
        [
          'D-2026-031',
          'Boulangerie Morel',
          'julie@morel.fr',
          '2 400,00 €',
          '02/03/2026',
          '20/03/2026',
          '',
          '',
        ],
        [
          'D-2026-032',
          'Studio Nord',
          'hello@studio-nord.com',
          980,
          '05/03/2026',
          '04/04/2026',
          'Accepté',
          '12/03/2026',
        ],
        [
          'D-2026-033',
          'Garage Petit',
          'garage@petit.fr',
          450,
          '05/03/2026',
          '04/04/2026',
          'peut-être',
          '',
        ],
      ],
      options,
    );
    expect(result.problem).toBeNull();
    expect(result.keyHeader).toBe('N° devis');
    expect(
      result.quotes.map((q) => [
        q.number,
        q.amountCents,
        q.sentDate,
        q.validUntil,
        q.status,
        q.decidedOn,
      ]),
    ).toEqual([
      ['D-2026-031', 240_000, '2026-03-02', '2026-03-20', 'open', null],
      ['D-2026-032', 98_000, '2026-03-05', '2026-04-04', 'accepted', '2026-03-12'],
    ]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      row: 4,
      invoiceNumber: 'D-2026-033',
      field: 'status',
    });
    expect(result.errors[0]?.messages.fr).toContain('« peut-être »');
    expect(result.errors[0]?.messages.en).toContain("'peut-être'");
  });

  it('gives the same row errors as the invoices tab (an e-mail that is not one)', () => {
    const result = readQuotes(
      [
        ['Quote #', 'Client', 'Email', 'Amount', 'Valid until'],
        ['Q-7', 'Northwind', 'jean@', 1200, '2026-04-30'],
      ],
      { ...options, language: 'en', locale: 'en_GB' },
    );
    expect(result.quotes).toEqual([]);
    expect(result.errors[0]?.message).toMatch(/Row 2: .*'jean@'.*not valid/);
  });

  it('speaks of quotes in its row errors: a repeated quote number', () => {
    const result = readQuotes(
      [
        ['N° devis', 'Client', 'E-mail', 'Montant', "Valable jusqu'au"],
        ['D-7', 'Studio Nord', 'hello@studio-nord.com', 900, '30/04/2026'],
        ['D-7', 'Studio Nord', 'hello@studio-nord.com', 950, '30/04/2026'],
      ],
      options,
    );
    expect(result.errors[0]?.messages).toEqual({
      fr: 'Ligne 2 : le numéro de devis « D-7 » figure sur les lignes 2 et 3 ; ce devis n’est pas suivi tant que le doublon n’est pas corrigé.',
      en: "Row 2: quote number 'D-7' appears on rows 2 and 3; this quote is not followed up until the duplicate is fixed.",
    });
  });

  it('says which columns are missing, in both languages, and reads nothing', () => {
    const result = readQuotes([['N° devis', 'Client', 'Montant']], options);
    expect(result.quotes).toEqual([]);
    expect(result.problem).toEqual({
      fr: 'Onglet des devis « Devis » : colonnes introuvables ou ambiguës : E-mail, Valable jusqu’au. Choisissez-les dans le guide de démarrage.',
      en: 'Quotes tab “Devis”: columns missing or ambiguous: E-mail, Valid until. Pick them in the Start guide.',
    });
  });
});

describe('the quotes tab’s columns, found or chosen', () => {
  const header = [
    'Réf.',
    'Client',
    'E-mail',
    'Montant',
    "Valable jusqu'au",
    'Date limite',
    'Statut',
  ];

  it('leaves a field two columns could hold to the user instead of guessing', () => {
    const columns = detectQuoteColumns(header);
    expect(columns.ambiguous.validUntil?.map((c) => c.header)).toEqual([
      "Valable jusqu'au",
      'Date limite',
    ]);
    expect(columns.missing).toEqual(['number', 'validUntil']);
    expect(columns.fields.status?.header).toBe('Statut');
  });

  it('takes the headers the user chose, compared without case or accents, over detection', () => {
    const columns = detectQuoteColumns(header, { number: 'réf', validUntil: 'DATE LIMITE' });
    expect(columns.missing).toEqual([]);
    expect(columns.fields.number).toEqual({ index: 0, header: 'Réf.' });
    expect(columns.fields.validUntil).toEqual({ index: 5, header: 'Date limite' });
    // Read as the invoices tab's fields, so rows parse the same way.
    expect(columns.mapping.columns.dueDate?.header).toBe('Date limite');
  });

  it('turns a field off with an empty choice, and keeps reading the rest', () => {
    const columns = detectQuoteColumns(
      ['N° devis', 'Client', 'E-mail', 'Montant', "Valable jusqu'au", 'Statut'],
      { status: '' },
    );
    expect(columns.fields.status).toBeUndefined();
    expect(columns.missing).toEqual([]);
  });

  it('reads a tab once its columns are chosen', () => {
    const result = readQuotes(
      [header, ['P-031', 'Morel', 'julie@morel.fr', 2400, '20/03/2026', '27/03/2026', '']],
      { ...options, overrides: { number: 'Réf.', validUntil: "Valable jusqu'au" } },
    );
    expect(result.problem).toBeNull();
    expect(result.quotes.map((q) => [q.number, q.validUntil])).toEqual([['P-031', '2026-03-20']]);
  });
});
