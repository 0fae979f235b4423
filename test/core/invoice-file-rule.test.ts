import { describe, expect, it } from 'vitest';
import {
  invoiceFileRefusal,
  type LinkedFile,
  linkedBookRefusal,
  nameCarriesNumber,
} from '../../src/core/invoice-file-rule.ts';
import { invoiceFileMissing, invoiceFileReason } from '../../src/core/texts/server-texts.ts';

const ID = '1qN7vX2bK9mR4tY8wZ3cF6hJ0lP5sD1aG';
const pdf = (name: string): LinkedFile => ({ id: ID, name, mimeType: 'application/pdf' });

describe('which linked file goes out with a reminder', () => {
  it('attaches a PDF whose name carries the invoice number', () => {
    expect(invoiceFileRefusal(pdf('Facture F-2026-010 - Atelier Dupont.pdf'), 'F-2026-010')).toBe(
      null,
    );
  });

  it('never attaches a Google Sheet, such as the invoice book itself', () => {
    const book = {
      id: ID,
      name: 'Factures 2026',
      mimeType: 'application/vnd.google-apps.spreadsheet',
    };
    expect(invoiceFileRefusal(book, 'F-2026-010')).toEqual({
      code: 'not_pdf',
      name: 'Factures 2026',
      kind: 'Google Sheets',
    });
  });

  it('refuses a link to the book by its id before Drive is asked', () => {
    expect(linkedBookRefusal('1AbCdEfGh-book', '1AbCdEfGh-book')).toEqual({ code: 'the_book' });
    expect(linkedBookRefusal(ID, '1AbCdEfGh-book')).toBe(null);
  });

  it('refuses a Google Docs invoice, which may have been edited since it was issued', () => {
    const doc = {
      id: ID,
      name: 'Facture F-2026-010',
      mimeType: 'application/vnd.google-apps.document',
    };
    expect(invoiceFileRefusal(doc, 'F-2026-010')).toEqual({
      code: 'google_doc',
      name: 'Facture F-2026-010',
    });
  });

  it('refuses other types by their MIME type (an Excel workbook of bank statements)', () => {
    const xlsx = {
      id: ID,
      name: 'Relevés bancaires 2025.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
    expect(invoiceFileRefusal(xlsx, '2025')).toMatchObject({
      code: 'not_pdf',
      kind: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  it('refuses a PDF whose name does not carry the invoice number', () => {
    expect(invoiceFileRefusal(pdf('Devis D-2026-004.pdf'), 'F-2026-010')).toEqual({
      code: 'number_not_in_name',
      name: 'Devis D-2026-004.pdf',
    });
  });
});

describe('an invoice number in a file name', () => {
  it.each([
    ['F-2026-010.pdf', 'F-2026-010'],
    ['facture f-2026-010.PDF', 'F-2026-010'],
    // Folded like numbers everywhere: spaces and invisible characters aside.
    ['Facture F 2026 010.pdf', 'F 2026 010'],
    ['F-2026-010\u200b.pdf', 'F-2026-010'],
    ['Facture 14.pdf', '14'],
    ['Copie de F-2026-010 2.pdf', 'F-2026-010'],
    ['2026-014_Dupont.pdf', '2026-014'],
  ])('“%s” carries %s', (name, number) => {
    expect(nameCarriesNumber(name, number)).toBe(true);
  });

  it.each([
    // Another invoice's number that starts or ends with this one.
    ['F-2026-010.pdf', 'F-2026-01'],
    ['Facture 140.pdf', '14'],
    ['Facture 214.pdf', '14'],
    ['F-2026-011.pdf', 'F-2026-010'],
    ['Factures.pdf', ''],
  ])('“%s” does not carry “%s”', (name, number) => {
    expect(nameCarriesNumber(name, number)).toBe(false);
  });
});

describe('the status note of a file not attached', () => {
  it('says, in French and English, what is wrong and what to fix', () => {
    const note = invoiceFileMissing(
      [
        invoiceFileReason('F-2026-010', { code: 'number_not_in_name', name: 'F-2026-011.pdf' }),
        invoiceFileReason('F-2026-012', { code: 'not_found' }),
      ],
      true,
    );
    expect(note.fr).toBe(
      'Facture non jointe : F-2026-010 : le nom du PDF « F-2026-011.pdf » ne contient pas ce numéro de facture ; liez le PDF de cette facture, ou renommez-le (par exemple « F-2026-010.pdf ») ; F-2026-012 : fichier Drive introuvable, ou vous n’y avez pas accès ; relance suspendue jusqu’à correction',
    );
    expect(note.en).toBe(
      'Invoice not attached: F-2026-010: the PDF’s name “F-2026-011.pdf” does not contain this invoice number; link this invoice’s PDF, or rename it (for example “F-2026-010.pdf”); F-2026-012: Drive file not found, or you have no access to it; reminder held until this is fixed',
    );
  });

  it('names the book when the link is the book itself', () => {
    expect(invoiceFileReason('F-2026-010', { code: 'the_book' }).en).toBe(
      'F-2026-010: the link is this spreadsheet itself, which is never attached; link the invoice’s PDF',
    );
  });
});

describe('an invoice numbered with a slash', () => {
  it('is found in the names a computer gives its PDF, which cannot hold a slash', () => {
    expect(nameCarriesNumber('Facture 2026-015.pdf', '2026/015')).toBe(true);
    expect(nameCarriesNumber('Facture_2026_015.pdf', '2026/015')).toBe(true);
    expect(nameCarriesNumber('Facture 2026.015.pdf', '2026/015')).toBe(true);
    // Still not the PDF of another invoice.
    expect(nameCarriesNumber('Facture 2026-0150.pdf', '2026/015')).toBe(false);
    expect(nameCarriesNumber('Facture 2026-016.pdf', '2026/015')).toBe(false);
  });
});
