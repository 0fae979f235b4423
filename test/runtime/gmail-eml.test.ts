/**
 * The `.eml` the demo writes for each e-mail must open in a mail client: RFC 5322 headers with
 * RFC 2047 encoded words for UTF-8, multipart/alternative text + HTML, attachments in base64
 * (RFC 2045/2046/2231). Checked by parsing it back with an independent MIME parser (postal-mime).
 * GmailMessage.getRawContent returns the same text
 * (https://developers.google.com/apps-script/reference/gmail/gmail-message#getRawContent()).
 */
import PostalMime from 'postal-mime';
import { beforeEach, describe, expect, it } from 'vitest';
import { Kernel } from '../../local/kernel.ts';
import { createBlob } from '../../local/services/blob.ts';
import { GmailModule } from '../../local/services/gmail/gmail-app.ts';
import { Mailbox } from '../../local/services/gmail/mailbox.ts';
import { execute } from './service-context.ts';

let kernel: Kernel;
let mailbox: Mailbox;

beforeEach(() => {
  kernel = new Kernel(new Date('2026-03-02T08:00:00Z'));
  mailbox = new Mailbox(kernel, {
    userEmail: 'camille.martin@gmail.com',
    userName: 'Camille Martin',
  });
});

const pdfBytes = new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 37) % 256));

function sendReminder(): void {
  execute(kernel, [new GmailModule(mailbox)], ({ GmailApp }, ctx) => {
    GmailApp.sendEmail(
      'Sophie Lefèvre <contact@boulangerie-lefevre.fr>',
      'Deuxième relance — facture F-2026-021 (1 250,00 €) échue depuis dix jours, merci de régulariser',
      'Bonjour Sophie,\nLa facture F-2026-021 reste à régler.\nCordialement,\nCamille',
      {
        htmlBody: '<p>Bonjour Sophie,</p><p>La facture <b>F-2026-021</b> reste à régler.</p>',
        name: 'Camille Martin — Studio Graphique',
        cc: 'Cabinet Roux <comptable@cabinet-roux.fr>',
        replyTo: 'compta@studio-martin.fr',
        attachments: [createBlob(ctx, pdfBytes, 'application/pdf', 'Facture F-2026-021 échue.pdf')],
      },
    );
  });
}

describe('Mailbox.toEml', () => {
  it('parses back to the same headers, bodies and attachment', async () => {
    sendReminder();
    const [sent] = mailbox.sent();
    const eml = mailbox.toEml(sent ?? '');
    const email = await PostalMime.parse(eml);

    expect(email.subject).toBe(sent?.subject);
    expect(email.from).toEqual({
      name: 'Camille Martin — Studio Graphique',
      address: 'camille.martin@gmail.com',
    });
    expect(email.to).toEqual([
      { name: 'Sophie Lefèvre', address: 'contact@boulangerie-lefevre.fr' },
    ]);
    expect(email.cc).toEqual([{ name: 'Cabinet Roux', address: 'comptable@cabinet-roux.fr' }]);
    expect(email.replyTo).toEqual([{ name: '', address: 'compta@studio-martin.fr' }]);
    expect(email.messageId).toBe(sent?.messageId);
    expect(new Date(email.date ?? '').getTime()).toBe(
      Math.floor((sent?.date.getTime() ?? 0) / 1000) * 1000,
    );
    expect(email.text?.trim()).toBe(sent?.text);
    expect(email.html?.trim()).toBe(sent?.html);
    expect(email.attachments).toHaveLength(1);
    expect(email.attachments[0]?.filename).toBe('Facture F-2026-021 échue.pdf');
    expect(email.attachments[0]?.mimeType).toBe('application/pdf');
    expect(new Uint8Array(email.attachments[0]?.content as ArrayBuffer)).toEqual(pdfBytes);
  });

  it('keeps header lines short and ASCII, with CRLF line ends', () => {
    sendReminder();
    const eml = mailbox.toEml(mailbox.sent()[0]?.id ?? '');
    const lines = eml.split('\r\n');
    expect(eml.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lines.every((line) => line.length <= 998)).toBe(true);
    expect(/^[\x20-\x7e\r\n\t]*$/.test(eml)).toBe(true);
    const headerBlock = eml.slice(0, eml.indexOf('\r\n\r\n'));
    expect(headerBlock.split('\r\n').every((line) => line.length <= 78)).toBe(true);
  });

  it('links a reply to the reminder it answers with In-Reply-To and References', async () => {
    sendReminder();
    const threadId = mailbox.sent()[0]?.threadId ?? '';
    mailbox.deliverReply(threadId, {
      from: 'contact@boulangerie-lefevre.fr',
      body: 'Réglé ce matin.',
    });
    const reply = mailbox.messages().find((m) => m.origin === 'client');
    const email = await PostalMime.parse(mailbox.toEml(reply?.id ?? ''));
    expect(email.inReplyTo).toBe(mailbox.sent()[0]?.messageId);
    expect(email.references).toBe(mailbox.sent()[0]?.messageId);
    expect(email.subject).toBe(`Re: ${mailbox.sent()[0]?.subject}`);
  });

  it('is what GmailMessage.getRawContent returns', () => {
    sendReminder();
    const raw = execute(kernel, [new GmailModule(mailbox)], ({ GmailApp }) =>
      GmailApp.search('in:sent')[0]?.getMessages()[0]?.getRawContent(),
    );
    expect(raw).toBe(mailbox.toEml(mailbox.sent()[0]?.id ?? ''));
  });
});
