import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_NAMES } from '../../../src/core/templates/placeholders.ts';
import type { RenderContext } from '../../../src/core/templates/render-context.ts';
import { renderMessage } from '../../../src/core/templates/render-message.ts';
import { day, englishUK, firstInvoice, frenchB2B, frenchConsumer, row } from './fixtures.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const eur = (text: string) => text.replaceAll(' ', NNBSP).replace(/,(\d\d)$/, `,$1${NBSP}€`);

/** Renders a one-line body and returns its plain text. */
function text(body: string, context: RenderContext = frenchB2B): string {
  const result = renderMessage(
    row({ subject: 'Objet', body, language: context.language }),
    context,
  );
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('\n'));
  return result.text;
}

const single: RenderContext = { ...frenchB2B, invoices: frenchB2B.invoices.slice(0, 1) };

describe('placeholders', () => {
  it.each([
    ['client', frenchB2B, 'Atelier Lumière & Fils'],
    ['contact', frenchB2B, 'Claire Moreau'],
    ['contact', frenchConsumer, ''],
    ['greeting', frenchB2B, 'Bonjour Claire Moreau,'],
    ['greeting', frenchConsumer, 'Bonjour,'],
    ['greeting', englishUK, 'Hello Sarah Thompson,'],
    ['invoice_number', single, 'F-2026-014'],
    ['invoice_number', frenchB2B, 'F-2026-014, F-2026-015 et F-2026-021'],
    ['invoice_numbers', frenchB2B, 'F-2026-014, F-2026-015 et F-2026-021'],
    ['invoice_ref', single, 'facture F-2026-014'],
    ['invoice_ref', frenchB2B, 'factures F-2026-014, F-2026-015 et F-2026-021'],
    ['invoice_ref', englishUK, 'invoice F-2026-009'],
    ['amount', frenchB2B, eur('4 025,60')],
    ['balance_due', frenchB2B, eur('3 025,60')],
    ['amount_paid', frenchB2B, eur('1 000,00')],
    ['amount_paid', englishUK, ''],
    ['total_due', frenchB2B, eur('3 025,60')],
    ['total_due', englishUK, '£2,850.00'],
    ['currency', englishUK, 'GBP'],
    ['issue_date', single, '10 février 2026'],
    ['issue_date', frenchB2B, '10 février, 18 février et 1er mars 2026'],
    ['due_date', frenchB2B, '12, 20 et 31 mars 2026'],
    ['due_date', englishUK, '4 March 2026'],
    ['on_due_date', single, 'le 12 mars 2026'],
    ['on_due_date', frenchB2B, 'les 12, 20 et 31 mars 2026'],
    ['on_due_date', englishUK, 'on 4 March 2026'],
    ['days_overdue', frenchB2B, '39'],
    ['payment_link', single, 'https://pay.example.com/F-2026-014'],
    ['payment_link', frenchConsumer, ''],
    ['late_interest', frenchB2B, eur('25,48')],
    ['late_interest', englishUK, '£39.00'],
    ['recovery_indemnity', frenchB2B, eur('120,00')],
    ['recovery_indemnity', englishUK, '£70.00'],
    ['recovery_indemnity', frenchConsumer, eur('0,00')],
    ['total_with_penalties', frenchB2B, eur('3 171,08')],
    ['total_with_penalties', englishUK, '£2,959.00'],
    ['total_with_penalties', frenchConsumer, eur('850,00')],
    ['sender_name', frenchB2B, 'Camille Roux'],
    ['sender_contact', englishUK, 'camille@roux-studio.fr'],
    ['sender_company', { ...englishUK, senderCompany: 'Roux Studio' }, 'Roux Studio'],
    ['sender_company', englishUK, ''],
    [
      'sender_address',
      { ...frenchB2B, senderAddress: '12 rue des Lilas, 69003 Lyon' },
      '12 rue des Lilas, 69003 Lyon',
    ],
    [
      'sender_registration',
      { ...frenchB2B, senderRegistration: 'SIRET 123 456 789 00012' },
      'SIRET 123 456 789 00012',
    ],
    ['sender_address', frenchB2B, ''],
    ['notice_title', frenchB2B, 'Mise en demeure de payer'],
    ['notice_title', englishUK, 'Letter before action'],
    ['notice_title', { ...englishUK, legalSystem: 'other' }, 'Final demand for payment'],
    [
      'notice_next_step',
      { ...frenchConsumer, legalSystem: 'other' },
      'À défaut de règlement dans ce délai, je prendrai les mesures que la loi applicable met à ma disposition pour recouvrer cette somme, sans autre avis.',
    ],
    ['today', frenchB2B, '20 avril 2026'],
    ['today', englishUK, '20 April 2026'],
    ['deadline', frenchB2B, '28 avril 2026'],
    ['stage', frenchB2B, 'troisième relance'],
    ['stage', { ...englishUK, stage: 'notice' }, 'formal notice'],
  ] as const)('{{%s}} renders the expected value', (name, context, expected) => {
    expect(text(`«{{${name}}}»`, context)).toBe(`«${expected}»`);
  });

  it('has a test above for every documented placeholder', () => {
    const tested = new Set(
      ['invoice_list', 'payment_instructions', 'attachment_sentence']
        .concat(['late_interest_sentence', 'recovery_indemnity_sentence'])
        .concat(['total_with_penalties_sentence', 'client', 'contact', 'greeting'])
        .concat(['invoice_number', 'invoice_numbers', 'invoice_ref', 'amount', 'balance_due'])
        .concat(['total_due', 'currency', 'issue_date', 'due_date', 'on_due_date'])
        .concat(['days_overdue', 'payment_link', 'late_interest', 'recovery_indemnity'])
        .concat(['total_with_penalties', 'sender_name', 'sender_contact', 'today'])
        .concat(['deadline', 'stage', 'amount_paid', 'sender_company'])
        .concat(['sender_address', 'sender_registration'])
        // What came before and what follows: specified in reminders-and-steps.test.ts.
        .concat(['previous_reminders', 'next_step_date', 'call_date', 'notice_date'])
        // The other notice parts are specified in notice-values.test.ts.
        .concat(['notice_title', 'notice_demand', 'notice_next_step', 'notice_sending_note']),
    );
    expect(PLACEHOLDER_NAMES.filter((n) => !tested.has(n))).toEqual([]);
  });

  it('renders French aliases like the English names', () => {
    expect(text('{{montant}} / {{date_limite}} / {{numero_facture}}', single)).toBe(
      `${eur('1 200,00')} / 28 avril 2026 / F-2026-014`,
    );
  });

  it('counts days overdue from the oldest invoice and never below zero', () => {
    const preDue: RenderContext = {
      ...single,
      stage: 'pre_due',
      invoices: [{ ...firstInvoice(single), daysOverdue: -3 }],
    };
    expect(text('{{days_overdue}}', preDue)).toBe('0');
  });

  it('moves the deadline with deadlineDays', () => {
    expect(text('{{deadline}}', { ...frenchB2B, deadlineDays: 15 })).toBe('5 mai 2026');
  });

  it('picks the singular or the plural with {{plural:…|…}}', () => {
    const body =
      '{{plural:la facture|les factures}} {{invoice_number}} {{plural:reste due|restent dues}}';
    expect(text(body, single)).toBe('la facture F-2026-014 reste due');
    expect(text(body, frenchB2B)).toBe(
      'les factures F-2026-014, F-2026-015 et F-2026-021 restent dues',
    );
  });
});

describe('sentence placeholders', () => {
  it('gives a French business client interest and the €40 indemnity per invoice, with the law', () => {
    const body =
      '{{late_interest_sentence}}\n{{recovery_indemnity_sentence}}\n{{total_with_penalties_sentence}}';
    expect(text(body).split('\n')).toEqual([
      `Conformément à l’article L441-10 du Code de commerce, des intérêts de retard sont dus\u00a0: ils s’élèvent à ${eur('25,48')} au 20 avril 2026 et continuent de courir jusqu’au complet paiement.`,
      `L’indemnité forfaitaire pour frais de recouvrement prévue à l’article D441-5 du Code de commerce est également due, soit ${eur('120,00')} (${eur('40,00')} par facture).`,
      `Le montant total dû à ce jour s’élève ainsi à ${eur('3 171,08')}, intérêts et indemnité compris.`,
    ]);
  });

  it('cites the UK Act for a UK client', () => {
    const body = '{{late_interest_sentence}}\n{{recovery_indemnity_sentence}}';
    expect(text(body, englishUK)).toBe(
      'Under the Late Payment of Commercial Debts (Interest) Act 1998, late-payment interest is due: £39.00 as of 20 April 2026, and it keeps running until payment in full.\n' +
        'The fixed sum for recovery costs under section 5A of the Late Payment of Commercial Debts (Interest) Act 1998 is also due: £70.00.',
    );
  });

  it('never claims the indemnity from a consumer, even if a fee module returned one', () => {
    const claimed: RenderContext = {
      ...frenchConsumer,
      invoices: frenchConsumer.invoices.map((i) => ({
        ...i,
        lateFees: { interestCents: 0, indemnityCents: 4000, indemnityCurrency: 'EUR' },
      })),
    };
    expect(text('A\n{{recovery_indemnity_sentence}}\nB', claimed)).toBe('A\nB');
    expect(text('{{recovery_indemnity}}', claimed)).toBe(eur('0,00'));
    expect(text('{{total_with_penalties}}', claimed)).toBe(eur('850,00'));
  });

  it('tells a consumer in a formal notice that legal interest runs from the notice', () => {
    expect(text('{{late_interest_sentence}}', { ...frenchConsumer, stage: 'notice' })).toBe(
      'Les sommes dues portent intérêts au taux de l’intérêt légal à compter de la présente mise en demeure (article 1231-6 du Code civil).',
    );
    expect(text('A\n{{late_interest_sentence}}', frenchConsumer)).toBe('A');
  });

  it('says nothing about fees when none apply', () => {
    const noFees: RenderContext = {
      ...englishUK,
      jurisdiction: 'none',
      invoices: englishUK.invoices.map((i) => ({ ...i, lateFees: null })),
    };
    const body =
      'Total: {{total_due}}\n{{late_interest_sentence}} {{recovery_indemnity_sentence}}\n{{total_with_penalties_sentence}}\n\nThanks.';
    expect(text(body, noFees)).toBe('Total: £2,850.00\n\nThanks.');
  });

  it('refuses to show interest it cannot compute, but still states the indemnity', () => {
    // A half-year whose reference rate is missing from the settings: the fee module says null.
    const unknownRate: RenderContext = {
      ...frenchB2B,
      invoices: frenchB2B.invoices.map((i) => ({
        ...i,
        lateFees: { interestCents: null, indemnityCents: 4000, indemnityCurrency: null },
      })),
    };
    const sentences =
      '{{late_interest_sentence}}\n{{recovery_indemnity_sentence}}\n{{total_with_penalties_sentence}}';
    expect(text(sentences, unknownRate)).toBe(
      `L’indemnité forfaitaire pour frais de recouvrement prévue à l’article D441-5 du Code de commerce est également due, soit ${eur('120,00')} (${eur('40,00')} par facture).`,
    );
    const result = renderMessage(
      row({ subject: 'Intérêts : {{late_interest}}', body: 'Total : {{ total_with_penalties }}' }),
      unknownRate,
    );
    expect(!result.ok && result.errors.map((e) => [e.field, e.code, e.placeholder])).toEqual([
      ['subject', 'unavailable_value', '{{late_interest}}'],
      ['body', 'unavailable_value', '{{ total_with_penalties }}'],
    ]);
  });

  it('offers the payment link, one link per invoice, or a bank transfer', () => {
    expect(text('{{payment_instructions}}', single)).toBe(
      'Vous pouvez régler en ligne via ce lien\u00a0: https://pay.example.com/F-2026-014',
    );
    expect(text('{{payment_instructions}}', frenchB2B)).toBe(
      'Vous pouvez régler en ligne\u00a0:\nF-2026-014\u00a0: https://pay.example.com/F-2026-014\n' +
        'Pour les autres factures, vous pouvez régler par virement aux coordonnées bancaires indiquées sur les factures, en précisant leurs numéros en référence.',
    );
    expect(text('{{payment_instructions}}', frenchConsumer)).toBe(
      'Vous pouvez régler par virement aux coordonnées bancaires indiquées sur la facture, en précisant son numéro en référence.',
    );
    expect(text('{{payment_instructions}}', englishUK)).toBe(
      'You can pay online using this link: https://pay.example.com/F-2026-009',
    );
  });

  it('mentions attachments only when files are attached', () => {
    expect(text('{{attachment_sentence}}', frenchB2B)).toBe(
      'Vous trouverez les factures en pièces jointes.',
    );
    expect(text('{{attachment_sentence}}', englishUK)).toBe('Please find the invoice attached.');
    expect(text('{{attachment_sentence}}', { ...frenchB2B, attachedFiles: 1 })).toBe(
      'Vous trouverez en pièce jointe une copie des factures disponibles.',
    );
    expect(text('Avant\n{{attachment_sentence}}\nAprès', frenchConsumer)).toBe('Avant\nAprès');
  });
});

describe('invoice list', () => {
  it('aligns one line per invoice and a total in the text body', () => {
    const lines = text('{{invoice_list}}').split('\n');
    expect(lines).toEqual([
      'Facture      Échéance          Montant     Reste dû',
      `F-2026-014   12 mars 2026   ${eur('1 200,00')}   ${eur('1 200,00')}`,
      `F-2026-015   20 mars 2026   ${eur('2 345,60')}   ${eur('1 345,60')}`,
      `F-2026-021   31 mars 2026     ${eur('480,00')}     ${eur('480,00')}`,
      `Total                                    ${eur('3 025,60')}`,
    ]);
  });

  it('is a table outside any paragraph in the HTML body', () => {
    const result = renderMessage(
      row({ subject: 'S', body: 'Détail :\n{{invoice_list}}\nMerci.' }),
      frenchB2B,
    );
    if (!result.ok) throw new Error('render failed');
    expect(result.html).toMatch(
      /<p [^>]*>Détail :<\/p><table [^>]*>.*<\/table><p [^>]*>Merci\.<\/p>/,
    );
    expect(result.html.match(/<tr>/g)).toHaveLength(5);
    expect(result.html).toContain('<th style="');
    expect(result.html).toContain('>31 mars 2026</td>');
  });
});

describe('HTML body', () => {
  it('escapes values: a script in a client name and an ampersand in a company name', () => {
    const hostile: RenderContext = {
      ...single,
      client: '<script>alert("x")</script> & Co',
      contact: "O'Brien",
    };
    const result = renderMessage(
      row({ subject: '{{client}}', body: 'Client : {{client}}\n{{greeting}}' }),
      hostile,
    );
    if (!result.ok) throw new Error('render failed');
    expect(result.html).not.toContain('<script');
    expect(result.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(result.html).toContain('Bonjour O&#39;Brien,');
    expect(result.text).toContain('Client : <script>alert("x")</script> & Co');
    expect(result.subject).toBe('<script>alert("x")</script> & Co');
  });

  it('keeps each invoice number on one line', () => {
    const result = renderMessage(row({ subject: 'S', body: '{{invoice_ref}}' }), frenchB2B);
    expect(result.ok && result.html).toContain(
      'factures <span style="white-space:nowrap">F-2026-014</span>, <span style="white-space:nowrap">F-2026-015</span> et',
    );
  });

  it('escapes the template text itself: the body is plain text, never HTML', () => {
    const result = renderMessage(row({ subject: 'S', body: 'Prix < 5 € & <b>gras</b>' }), single);
    expect(result.ok && result.html).toContain('Prix &lt; 5 € &amp; &lt;b&gt;gras&lt;/b&gt;');
  });

  it('turns paragraphs into <p> and line breaks into <br>', () => {
    const result = renderMessage(
      row({
        subject: 'S',
        body: 'Bonjour,\n\n\n\nLigne 1\nLigne 2\n\nCordialement,\n{{sender_name}}',
      }),
      single,
    );
    if (!result.ok) throw new Error('render failed');
    const paragraphs = [...result.html.matchAll(/<p [^>]*>(.*?)<\/p>/g)].map((m) => m[1]);
    expect(paragraphs).toEqual(['Bonjour,', 'Ligne 1<br>Ligne 2', 'Cordialement,<br>Camille Roux']);
    expect(result.text).toBe('Bonjour,\n\nLigne 1\nLigne 2\n\nCordialement,\nCamille Roux');
  });

  it('links http(s) payment links and leaves anything else as text', () => {
    const result = renderMessage(row({ subject: 'S', body: '{{payment_link}}' }), single);
    expect(result.ok && result.html).toContain(
      '<a href="https://pay.example.com/F-2026-014" style="color:#1a56db;word-break:break-all">https://pay.example.com/F-2026-014</a>',
    );
    const sneaky: RenderContext = {
      ...single,
      invoices: [{ ...firstInvoice(single), paymentLink: 'javascript:alert(1)' }],
    };
    const unsafe = renderMessage(row({ subject: 'S', body: '{{payment_link}}' }), sneaky);
    expect(unsafe.ok && unsafe.html).not.toContain('<a ');
  });

  it('is self-contained: inline styles, no external resource, no style sheet', () => {
    const result = renderMessage(
      row({ subject: 'S', body: '{{greeting}}\n\n{{invoice_list}}\n\n{{payment_instructions}}' }),
      frenchB2B,
    );
    if (!result.ok) throw new Error('render failed');
    expect(result.html).not.toMatch(/<img|<link|<style|class=|src=|url\(/);
    expect(result.html.startsWith('<div style="')).toBe(true);
  });
});

describe('subject', () => {
  it('collapses line breaks to one space and trims', () => {
    const result = renderMessage(
      row({ subject: '  Rappel\r\n  de paiement\n– {{invoice_ref}}  \n', body: 'B' }),
      single,
    );
    expect(result.ok && result.subject).toBe('Rappel de paiement – facture F-2026-014');
  });

  it('removes line breaks coming from values too', () => {
    const result = renderMessage(row({ subject: 'Relance {{client}}', body: 'B' }), {
      ...single,
      client: 'Atelier\nLumière',
    });
    expect(result.ok && result.subject).toBe('Relance Atelier Lumière');
  });

  it('keeps the no-break spaces of amounts', () => {
    const result = renderMessage(row({ subject: '{{total_due}}', body: 'B' }), single);
    expect(result.ok && result.subject).toBe(eur('1 200,00'));
  });
});

describe('errors', () => {
  it('returns errors and no text at all when a placeholder is unknown', () => {
    const result = renderMessage(
      row({
        stage: 'r3',
        segment: 'new',
        language: 'en',
        subject: 'Hi {{clinet}}',
        body: '{{greeting}} {total}}\n{{sender_name}}',
      }),
      englishUK,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          template: 'r3 / new / en / A',
          field: 'subject',
          placeholder: '{{clinet}}',
        }),
        expect.objectContaining({
          template: 'r3 / new / en / A',
          field: 'body',
          placeholder: '{total}}',
        }),
      ],
    });
    expect('text' in result || 'html' in result || 'subject' in result).toBe(false);
  });

  it('refuses to render a message without invoices', () => {
    const result = renderMessage(row({ subject: 'S', body: 'B' }), { ...single, invoices: [] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['no_invoice']);
  });
});

describe('runtime independence', () => {
  it('formats the same whatever the process time zone', () => {
    // The unit project runs with TZ=America/Los_Angeles; a date at midnight UTC would show the day before.
    expect(text('{{today}}', { ...single, today: day('2026-01-01') })).toBe('1er janvier 2026');
  });
});
