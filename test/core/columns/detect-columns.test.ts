import { describe, expect, it } from 'vitest';
import { isMappingComplete } from '../../../src/core/columns/column-mapping.ts';
import { detectColumns, exactSynonymKeys } from '../../../src/core/columns/detect-columns.ts';

const headersOf = (mapping: ReturnType<typeof detectColumns>) =>
  Object.fromEntries(
    Object.entries(mapping.columns).map(([field, column]) => [field, column?.header]),
  );

describe('detectColumns', () => {
  it("maps a French freelancer's sheet, columns in her own order", () => {
    const mapping = detectColumns(
      [
        'Client',
        '  N° de facture ',
        'Date de la facture',
        "Date d'échéance",
        'Montant TTC',
        'Déjà réglé',
        'Courriel',
        'Statut',
        'Payée le',
        'Promesse de paiement',
        'Pays',
        'Langue',
        'Lien de paiement',
        'Facture PDF',
        'Ne pas relancer',
        'Remarques',
      ],
      {},
    );
    expect(headersOf(mapping)).toEqual({
      client: 'Client',
      number: 'N° de facture',
      issueDate: 'Date de la facture',
      dueDate: "Date d'échéance",
      amount: 'Montant TTC',
      amountPaid: 'Déjà réglé',
      email: 'Courriel',
      status: 'Statut',
      paidDate: 'Payée le',
      promiseDate: 'Promesse de paiement',
      country: 'Pays',
      language: 'Langue',
      paymentLink: 'Lien de paiement',
      file: 'Facture PDF',
      doNotRemind: 'Ne pas relancer',
      notes: 'Remarques',
    });
    expect(mapping.columns.number?.index).toBe(1);
    expect(mapping.missing).toEqual([]);
    expect(mapping.ambiguous).toEqual({});
    expect(isMappingComplete(mapping)).toBe(true);
  });

  it('maps an English sheet with punctuation, case and spacing of its own', () => {
    const mapping = detectColumns(
      [
        'INVOICE #',
        'customer name',
        'E-MAIL',
        'Total',
        'Due  date',
        'Amount paid',
        'Currency',
        'CC',
      ],
      {},
    );
    expect(headersOf(mapping)).toEqual({
      number: 'INVOICE #',
      client: 'customer name',
      email: 'E-MAIL',
      amount: 'Total',
      dueDate: 'Due  date',
      amountPaid: 'Amount paid',
      currency: 'Currency',
      cc: 'CC',
    });
  });

  it.each([
    ['Numéro', 'number'],
    ['Invoice number', 'number'],
    ['Société', 'client'],
    ['E-mail', 'email'],
    ['Échéance', 'dueDate'],
    ['Due date', 'dueDate'],
    ['Date de paiement', 'paidDate'],
    ['Montant payé', 'amountPaid'],
    ['Statut', 'status'],
    ['Lien de paiement', 'paymentLink'],
    ['Facture PDF', 'file'],
    ['Ne pas relancer', 'doNotRemind'],
    ['Type de client', 'customerKind'],
    ['Profil client', 'segment'],
    ['Interlocuteur', 'contactName'],
    ['Mail en copie', 'cc'],
  ])('recognises « %s » as %s', (header, field) => {
    const mapping = detectColumns(['Zzz', header], {});
    expect(mapping.columns[field as keyof typeof mapping.columns]).toEqual({ index: 1, header });
  });

  it('never takes « Montant payé » for the invoice amount', () => {
    const mapping = detectColumns(['N°', 'Client', 'E-mail', 'Montant payé', 'Échéance'], {});
    expect(mapping.columns.amountPaid?.header).toBe('Montant payé');
    expect(mapping.columns.amount).toBeUndefined();
    expect(mapping.missing).toEqual(['amount']);
  });

  it('prefers the amount including tax over the amount before tax, and ignores VAT', () => {
    const mapping = detectColumns(['Montant HT', 'TVA', 'Montant TTC'], {});
    expect(mapping.columns.amount?.header).toBe('Montant TTC');
    expect(mapping.unknown.map((c) => c.header)).toEqual(['Montant HT', 'TVA']);
  });

  it('reports « Date » alone as ambiguous instead of guessing the due date', () => {
    const mapping = detectColumns(['N°', 'Client', 'E-mail', 'Montant', 'Date'], {});
    expect(mapping.columns.dueDate).toBeUndefined();
    expect(mapping.ambiguous).toEqual({
      issueDate: [{ index: 4, header: 'Date' }],
      dueDate: [{ index: 4, header: 'Date' }],
    });
    expect(mapping.missing).toEqual([]);
    expect(isMappingComplete(mapping)).toBe(false);
  });

  it('when the due date is clear, « Date » is only a possible issue date', () => {
    const mapping = detectColumns(['Date', 'Échéance'], {});
    expect(mapping.columns.dueDate?.header).toBe('Échéance');
    expect(mapping.ambiguous).toEqual({ issueDate: [{ index: 0, header: 'Date' }] });
  });

  it('reports two equally good e-mail columns as ambiguous', () => {
    const mapping = detectColumns(['Email', 'Courriel'], {});
    expect(mapping.columns.email).toBeUndefined();
    expect(mapping.ambiguous.email?.map((c) => c.header)).toEqual(['Email', 'Courriel']);
  });

  it('lets an override win and resolve an ambiguity', () => {
    const mapping = detectColumns(['N°', 'Client', 'Email', 'Courriel', 'Montant', 'Date'], {
      email: 'courriel',
      dueDate: 'DATE',
    });
    expect(mapping.columns.email).toEqual({ index: 3, header: 'Courriel' });
    expect(mapping.columns.dueDate).toEqual({ index: 5, header: 'Date' });
    expect(mapping.ambiguous).toEqual({});
    expect(isMappingComplete(mapping)).toBe(true);
  });

  it('an override can send a field to a column detection would not choose', () => {
    const mapping = detectColumns(['Réf. interne', 'Client'], {
      number: 'Réf. interne',
      client: '',
    });
    expect(mapping.columns.number?.header).toBe('Réf. interne');
    expect(mapping.columns.client).toBeUndefined();
    expect(mapping.missing).toContain('client');
  });

  it('reports an override naming a header that is not there', () => {
    const mapping = detectColumns(['N°', 'Client'], { email: 'Adresse de facturation' });
    expect(mapping.unmatchedOverrides).toEqual(['email']);
    expect(mapping.missing).toContain('email');
  });

  it("leaves unknown columns and the add-on's own status columns alone", () => {
    const mapping = detectColumns(
      [
        'N°',
        'Prestation',
        'Prochaine relance',
        'Relance : étape',
        'Jours de retard',
        '',
        'Numéro client',
      ],
      {},
    );
    expect(mapping.unknown.map((c) => c.header)).toEqual([
      'Prestation',
      'Prochaine relance',
      'Relance : étape',
      'Jours de retard',
      'Numéro client',
    ]);
  });

  it("never reads the add-on's status columns as invoice data", () => {
    const statusHeaders = [
      'Relance · étape',
      'Relance · dernière',
      'Relance · prochaine',
      'Relance · note',
    ];
    const english = ['Relance · stage', 'Relance · last', 'Relance · next', 'Last reminder'];
    const mapping = detectColumns([...statusHeaders, ...english], {});
    expect(mapping.columns).toEqual({});
    expect(mapping.unknown).toHaveLength(8);
  });

  it('no exact synonym is claimed by two fields', () => {
    const clashes = [...exactSynonymKeys()].filter(([, fields]) => new Set(fields).size > 1);
    expect(clashes).toEqual([]);
  });

  it('reads header cells that are numbers or blank', () => {
    const mapping = detectColumns([2026, null, 'Client'], {});
    expect(mapping.unknown).toEqual([{ index: 0, header: '2026' }]);
    expect(mapping.columns.client?.index).toBe(2);
  });

  it('reads « Contact » beside an e-mail column as the contact name (the greeting needs it)', () => {
    const mapping = detectColumns(
      ['N° facture', 'Client', 'Contact', 'E-mail', 'Montant', 'Échéance'],
      {},
    );
    expect(mapping.columns.contactName?.header).toBe('Contact');
    expect(mapping.ambiguous).toEqual({});
  });

  it('still reports « Contact » as ambiguous when no column is clearly the e-mail', () => {
    const mapping = detectColumns(['N° facture', 'Client', 'Contact', 'Montant', 'Échéance'], {});
    expect(mapping.columns.contactName).toBeUndefined();
    expect(mapping.ambiguous.contactName?.map((c) => c.header)).toEqual(['Contact']);
    expect(mapping.ambiguous.email?.map((c) => c.header)).toEqual(['Contact']);
  });

  it('reports two possible contact-name columns instead of picking one', () => {
    const mapping = detectColumns(
      ['N° facture', 'Client', 'Contact', 'Nom', 'Courriel', 'Montant', 'Échéance'],
      {},
    );
    expect(mapping.columns.contactName).toBeUndefined();
    expect(mapping.ambiguous.contactName?.map((c) => c.header)).toEqual(['Contact', 'Nom']);
  });
});
