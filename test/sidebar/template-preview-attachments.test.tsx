/**
 * The template editor's preview names the invoice file the run would attach, and says, in the
 * interface's language, why a linked file would not be (the note the run writes on the row).
 */
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { TemplatePreview, TemplatesView } from '../../src/api/templates.ts';
import { renderApp } from './render-app.tsx';

const R2 = {
  id: 'r2.all.fr.A',
  stage: 'r2',
  segment: 'all',
  language: 'fr',
  variant: 'A',
  subject: 'Deuxième rappel – {{invoice_ref}}',
  body: '{{greeting}}\n\n{{attachment_sentence}}\n\n{{sender_name}}',
  active: true,
  row: 7,
} as const;

const VIEW: TemplatesView = {
  templates: [R2],
  issues: {},
  placeholders: [],
  samples: [{ number: 'F-2026-010', client: 'Atelier Dupont' }],
};

async function openR2(preview: TemplatePreview) {
  renderApp({ getTemplates: () => VIEW, previewTemplate: () => preview });
  fireEvent.click(await screen.findByRole('tab', { name: 'Modèles' }));
  fireEvent.click(await screen.findByText('Deuxième rappel – {{invoice_ref}}'));
}

describe('the attachments of a previewed reminder', () => {
  it('names the PDF the run would attach', async () => {
    await openR2({
      subject: 'Deuxième rappel – facture F-2026-010',
      html: '<p>Vous trouverez la facture en pièce jointe.</p>',
      issues: [],
      invoiceNumber: 'F-2026-010',
      attachments: ['Facture F-2026-010 Atelier Dupont.pdf'],
      attachmentNote: null,
    });
    expect(
      await screen.findByText('Pièce jointe : Facture F-2026-010 Atelier Dupont.pdf'),
    ).toBeTruthy();
  });

  it('says why the linked file would not go, as the run’s note does', async () => {
    await openR2({
      subject: 'Deuxième rappel – facture F-2026-010',
      html: '<p>Bonjour,</p>',
      issues: [],
      invoiceNumber: 'F-2026-010',
      attachments: [],
      attachmentNote: {
        fr: 'Facture non jointe : F-2026-010 : « Factures 2026 » n’est pas un PDF (Google Sheets) ; liez le PDF de la facture',
        en: 'Invoice not attached: F-2026-010: “Factures 2026” is not a PDF (Google Sheets); link the invoice’s PDF',
      },
    });
    expect(await screen.findByText(/n’est pas un PDF \(Google Sheets\)/)).toBeTruthy();
    expect(screen.queryByText(/^Pièce jointe/)).toBeNull();
  });
});
