/**
 * The invoice PDF a row links to (README, "Invoice PDFs"): the second reminder attaches it, and
 * only a PDF whose name carries the invoice number goes out. The book itself, a Google Docs
 * document, another type of file, or a PDF named for another invoice is never attached: the
 * reminder goes without it (or waits, under the `hold` policy) and the row's status note says
 * what to fix. Played on the compiled bundle with the runtime's Drive.
 */
import { describe, expect, it } from 'vitest';
import { d, logged, type Scenario, scenario } from './support/world.ts';

const HEADERS = ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Facture PDF'];
const DUPONT = 'compta@atelier-dupont.fr';
const INVOICE_PDF = '1qN7vX2bK9mR4tY8wZ3cF6hJ0lP5sD1aG';
const OTHER_PDF = '1pM6uW1aJ8lQ3sX7vY2bE5gI9kO4rC0zF';
const BOOK_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd';
const DOC_ID = '1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210zyxw';
const PDF = 'application/pdf';

/** Atelier Dupont's invoice F-2026-010, due 16 February, whose row links `link`. */
function dupontWith(link: string, settings: Record<string, unknown> = {}): Scenario {
  return scenario({
    rows: [HEADERS, ['F-2026-010', 'Atelier Dupont', DUPONT, 1200, d('2026-02-16'), link]],
    settings,
  });
}

/**
 * Atelier Dupont's row linking the spreadsheet holding every client's invoices, whose name
 * carries F-2026-010: Drive would export it whole as PDF.
 */
function linkingTheBook(): Scenario {
  const s = dupontWith(`https://docs.google.com/spreadsheets/d/${BOOK_ID}/edit#gid=0`);
  s.drive.addFile({
    id: BOOK_ID,
    name: 'Factures 2026 F-2026-010',
    mimeType: 'application/vnd.google-apps.spreadsheet',
    bytes: 'every client, every amount, the log',
  });
  return s;
}

/** Atelier Dupont's row linking its own PDF, « F-2026-010.pdf ». */
function withItsPdf(settings: Record<string, unknown> = {}): Scenario {
  const s = dupontWith(INVOICE_PDF, settings);
  s.drive.addFile({ id: INVOICE_PDF, name: 'F-2026-010.pdf', mimeType: PDF, bytes: '%PDF-1.4' });
  return s;
}

/** r1 on 19 February, r2 (which attaches the invoice) on 26 February. */
function untilSecondReminder(s: Scenario): void {
  s.at('2026-02-19');
  s.trigger();
  s.at('2026-02-26');
  s.trigger();
}

/** The invoices tab's cells as text: where the run's status note shows. */
const sheetText = (s: Scenario) => s.values().flat().map(String).join('\n');

describe('the invoice’s own PDF', () => {
  it('goes with the second reminder when its name carries the invoice number', () => {
    const s = dupontWith(`https://drive.google.com/file/d/${INVOICE_PDF}/view?usp=sharing`);
    s.drive.addFile({
      id: INVOICE_PDF,
      name: 'Facture f-2026-010 Atelier Dupont.pdf',
      mimeType: 'application/pdf',
      bytes: '%PDF-1.4 facture F-2026-010',
    });
    untilSecondReminder(s);
    expect(logged(s, 'sent')).toEqual(['F-2026-010:r1', 'F-2026-010:r2']);
    const [r1, r2] = s.sent().filter((m) => m.to.includes(DUPONT));
    expect(r1?.attachments.map((a) => a.name)).toEqual([]);
    expect(r2?.attachments.map((a) => a.name)).toEqual(['Facture f-2026-010 Atelier Dupont.pdf']);
    expect(sheetText(s)).not.toMatch(/non jointe/);
  });
});

describe('a link that is not the invoice’s PDF', () => {
  it('never attaches the invoice book itself, and says the link is the book', () => {
    const s = linkingTheBook();
    untilSecondReminder(s);
    expect(logged(s, 'sent')).toEqual(['F-2026-010:r1', 'F-2026-010:r2']);
    expect(s.sent().flatMap((m) => m.attachments)).toEqual([]);
    expect(sheetText(s)).toContain(
      'Facture non jointe : F-2026-010 : « Factures 2026 F-2026-010 » n’est pas un PDF (Google Sheets) ; liez le PDF de la facture',
    );
  });

  it('lets no co-editor have the owner’s private files mailed to an address they typed', () => {
    // A co-editor adds a row with their own address and the id of the owner's bank statements.
    const s = scenario({
      rows: [HEADERS, ['X-1', 'Société Léa', 'lea@partner.example', 10, d('2026-02-16'), DOC_ID]],
    });
    s.drive.addFile({
      id: DOC_ID,
      name: 'Relevés bancaires 2025.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: 'IBAN FR76 ... soldes',
    });
    untilSecondReminder(s);
    expect(s.sent().flatMap((m) => m.attachments)).toEqual([]);
    expect(sheetText(s)).toContain('« Relevés bancaires 2025.xlsx » n’est pas un PDF');
  });

  it('never attaches a PDF named for another invoice (F-2026-01 is not F-2026-010)', () => {
    const s = scenario({
      rows: [
        HEADERS,
        ['F-2026-01', 'Atelier Dupont', DUPONT, 1200, d('2026-02-16'), OTHER_PDF],
        // Another client's invoice, whose PDF the link points to by mistake.
        ['F-2026-010', 'Studio Lumière', 'factures@studio-lumiere.fr', 450, d('2026-04-30'), ''],
      ],
    });
    s.drive.addFile({
      id: OTHER_PDF,
      name: 'F-2026-010.pdf',
      mimeType: 'application/pdf',
      bytes: '%PDF-1.4 Studio Lumière, 450 €',
    });
    untilSecondReminder(s);
    expect(logged(s, 'sent')).toEqual(['F-2026-01:r1', 'F-2026-01:r2']);
    expect(s.sent().flatMap((m) => m.attachments)).toEqual([]);
    expect(sheetText(s)).toContain(
      'F-2026-01 : le nom du PDF « F-2026-010.pdf » ne contient pas ce numéro de facture',
    );
  });

  it('asks for a PDF of a Google Docs invoice (a live document that may have changed)', () => {
    const s = dupontWith(`https://docs.google.com/document/d/${DOC_ID}/edit`, {
      language: 'en',
    });
    s.drive.addFile({
      id: DOC_ID,
      name: 'Invoice F-2026-010',
      mimeType: 'application/vnd.google-apps.document',
      bytes: 'draft invoice',
    });
    untilSecondReminder(s);
    expect(s.sent().flatMap((m) => m.attachments)).toEqual([]);
    expect(sheetText(s)).toContain(
      'F-2026-010: “Invoice F-2026-010” is a Google Docs document, which may have changed since the invoice; save it as PDF',
    );
  });

  it('holds the reminder under the “hold” policy until the link is fixed, then attaches the PDF', () => {
    const s = dupontWith(`https://docs.google.com/spreadsheets/d/${BOOK_ID}/edit`, {
      attachmentPolicy: 'hold',
    });
    s.drive.addFile({
      id: BOOK_ID,
      name: 'Factures 2026',
      mimeType: 'application/vnd.google-apps.spreadsheet',
      bytes: 'every client',
    });
    untilSecondReminder(s);
    expect(logged(s, 'sent')).toEqual(['F-2026-010:r1']);
    const held = s.logRows().find((r) => r.outcome === 'skipped' && r.stage === 'r2');
    expect(held?.detail).toContain('reason=attachment_missing');
    expect(sheetText(s)).toContain('relance suspendue jusqu’à correction');
    // The user links the invoice's PDF instead.
    s.drive.addFile({
      id: INVOICE_PDF,
      name: 'F-2026-010.pdf',
      mimeType: 'application/pdf',
      bytes: '%PDF-1.4',
    });
    s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 2, 6, [[INVOICE_PDF]]);
    s.at('2026-02-27');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-010:r1', 'F-2026-010:r2']);
    expect(s.sent().flatMap((m) => m.attachments.map((a) => a.name))).toEqual(['F-2026-010.pdf']);
  });
});

describe('the template preview and its test e-mail attach what the run attaches', () => {
  interface Preview {
    html: string | null;
    attachments: string[];
    attachmentNote: { fr: string; en: string } | null;
  }
  const r2Of = (s: Scenario) =>
    (s.sidebar('getTemplates') as { templates: { id: string }[] }).templates.find(
      (t) => t.id === 'r2.all.fr.A',
    );
  const preview = (s: Scenario, template = r2Of(s)) =>
    s.sidebar('previewTemplate', { template, invoiceNumber: 'F-2026-010' }) as Preview;
  const testMail = (s: Scenario) => {
    s.sidebar('sendTestEmail', { template: r2Of(s), invoiceNumber: 'F-2026-010' });
    return s.sent().find((m) => m.subject.startsWith('[TEST]'));
  };

  it('a link to the book: no “pièce jointe” in the preview, and the note the run writes', () => {
    const s = linkingTheBook();
    s.at('2026-02-26');
    const shown = preview(s);
    expect(shown.html).not.toMatch(/pièce jointe/);
    expect(shown.attachments).toEqual([]);
    expect(shown.attachmentNote?.fr).toBe(
      'Facture non jointe : F-2026-010 : « Factures 2026 F-2026-010 » n’est pas un PDF (Google Sheets) ; liez le PDF de la facture',
    );
    expect(shown.attachmentNote?.en).toContain('is not a PDF (Google Sheets)');
    const test = testMail(s);
    expect(test?.attachments).toEqual([]);
    expect(test?.text).not.toMatch(/pièce jointe/);
    // The run, that day, says the same in the row's note.
    untilSecondReminder(s);
    expect(sheetText(s)).toContain(shown.attachmentNote?.fr);
  });

  it('a PDF named for another invoice: refused in the preview as in the run', () => {
    const s = dupontWith(OTHER_PDF);
    s.drive.addFile({
      id: OTHER_PDF,
      name: 'Facture F-2026-011 Studio Lumière.pdf',
      mimeType: 'application/pdf',
      bytes: '%PDF-1.4 Studio Lumière',
    });
    s.at('2026-02-26');
    const shown = preview(s);
    expect(shown.html).not.toMatch(/pièce jointe/);
    expect(shown.attachmentNote?.fr).toContain(
      'le nom du PDF « Facture F-2026-011 Studio Lumière.pdf » ne contient pas ce numéro de facture',
    );
  });

  it('the invoice’s own PDF: named in the preview, attached to the test e-mail, one Drive look-up for the preview', () => {
    const s = dupontWith(INVOICE_PDF);
    s.drive.addFile({
      id: INVOICE_PDF,
      name: 'Facture F-2026-010 Atelier Dupont.pdf',
      mimeType: 'application/pdf',
      bytes: '%PDF-1.4 facture F-2026-010',
    });
    s.at('2026-02-26');
    const kernel = s.runtime.kernel;
    kernel.resetCounters();
    const shown = preview(s);
    expect(kernel.countPrefix('DriveApp.')).toBe(1);
    expect(kernel.countPrefix('File.getBlob')).toBe(0);
    expect(shown.html).toContain('Vous trouverez la facture en pièce jointe.');
    expect(shown.attachments).toEqual(['Facture F-2026-010 Atelier Dupont.pdf']);
    expect(shown.attachmentNote).toBeNull();
    const test = testMail(s);
    expect(test?.text).toContain('Vous trouverez la facture en pièce jointe.');
    expect(test?.attachments.map((a) => a.name)).toEqual(['Facture F-2026-010 Atelier Dupont.pdf']);
  });

  it('the start guide’s test of a second reminder carries the PDF the client’s e-mail will', () => {
    const s = withItsPdf({ testMode: true });
    s.at('2026-02-19');
    s.trigger();
    s.at('2026-02-26', '07:00:00');
    s.sidebar('sendSetupTest');
    const test = s.sent().at(-1);
    expect(test?.subject).toMatch(/^\[TEST\] Deuxième rappel/);
    expect(test?.text).toContain('Vous trouverez la facture en pièce jointe.');
    expect(test?.attachments.map((a) => a.name)).toEqual(['F-2026-010.pdf']);
  });

  it('a first reminder attaches nothing, whatever the row links, and reads no Drive file', () => {
    const s = withItsPdf();
    s.at('2026-02-19');
    const r1 = (
      s.sidebar('getTemplates') as { templates: { id: string; body: string }[] }
    ).templates.find((t) => t.id === 'r1.all.fr.A');
    const kernel = s.runtime.kernel;
    kernel.resetCounters();
    const body = `{{attachment_sentence}}\n${r1?.body}`;
    const shown = preview(s, { ...r1, body } as { id: string });
    expect(kernel.countPrefix('DriveApp.')).toBe(0);
    expect(shown.html).not.toMatch(/pièce jointe/);
    expect(shown.attachments).toEqual([]);
    expect(shown.attachmentNote).toBeNull();
  });
});
