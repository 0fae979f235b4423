import { describe, expect, it } from 'vitest';
import { validateTemplate } from '../../../src/core/templates/validate-template.ts';
import { row } from './fixtures.ts';

/** A chronic client's r2, signed as every e-mail template must be (blank bodies stay blank). */
const r2 = (subject: string, body: string) =>
  row({
    stage: 'r2',
    segment: 'chronic',
    language: 'fr',
    variant: 'B',
    subject,
    body: body.trim() === '' ? body : `${body}\n\n{{sender_name}}`,
  });

describe('validateTemplate', () => {
  it('accepts placeholders with spaces inside the braces and French aliases', () => {
    const t = r2(
      'Relance – {{ invoice_ref }}',
      '{{salutation}}\n\n{{ montant }} dus depuis le {{date_echeance}}.',
    );
    expect(validateTemplate(t)).toEqual([]);
  });

  it('names the template and the placeholder for an unknown placeholder', () => {
    const [error, ...rest] = validateTemplate(r2('Relance', 'Bonjour {{clinet}},'));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      templateId: 'r2.chronic.fr.B',
      template: 'r2 / chronic / fr / B',
      field: 'body',
      code: 'unknown_placeholder',
      placeholder: '{{clinet}}',
    });
    expect(error?.message.en).toBe(
      'Template r2 / chronic / fr / B (body): unknown placeholder “{{clinet}}”. See the list of placeholders for valid names.',
    );
    expect(error?.message.fr).toContain('champ inconnu « {{clinet}} »');
  });

  it('treats names as exact: upper case is unknown', () => {
    const errors = validateTemplate(r2('Relance {{Client}}', 'Corps'));
    expect(errors.map((e) => [e.field, e.code, e.placeholder])).toEqual([
      ['subject', 'unknown_placeholder', '{{Client}}'],
    ]);
  });

  it.each([
    ['{{client}', '{{client}'],
    ['{client}}', '{client}}'],
    ['Montant : {{', '{{'],
    ['{{client {{amount}}', '{{client'],
    ['Total }} à régler', 'Total }}'],
  ])('reports unbalanced braces in “%s”', (body, fragment) => {
    const errors = validateTemplate(r2('Relance', body));
    expect(errors.map((e) => [e.code, e.placeholder])).toContainEqual([
      'unbalanced_braces',
      fragment,
    ]);
    expect(errors.every((e) => e.template === 'r2 / chronic / fr / B')).toBe(true);
  });

  it('treats single braces as text', () => {
    expect(validateTemplate(r2('Relance', 'Réf. {F-2026-014} {client}'))).toEqual([]);
  });

  it('reports empty subjects and bodies, blank-only ones included', () => {
    const codes = validateTemplate(r2('  ', '\n\n')).map((e) => e.code);
    expect(codes).toEqual(['empty_subject', 'empty_body']);
  });

  it('reports an empty placeholder and a malformed plural', () => {
    const errors = validateTemplate(r2('Relance', '{{ }} {{plural:facture}} {{plural:a|b|c}}'));
    expect(errors.map((e) => [e.code, e.placeholder])).toEqual([
      ['empty_placeholder', '{{ }}'],
      ['bad_plural', '{{plural:facture}}'],
      ['bad_plural', '{{plural:a|b|c}}'],
    ]);
  });

  it('refuses the invoice table in a subject', () => {
    const errors = validateTemplate(r2('Factures {{invoice_list}}', 'Corps'));
    expect(errors.map((e) => [e.field, e.code, e.placeholder])).toEqual([
      ['subject', 'block_in_subject', '{{invoice_list}}'],
    ]);
  });
});

describe('every e-mail template signs with {{sender_name}}', () => {
  const body = 'Bonjour,\n\nLa facture {{invoice_number}} reste impayée.\n\nCordialement,';

  it.each([
    'pre_due',
    'r1',
    'r2',
    'r3',
    'notice',
    'q_follow',
    'q_expired',
    'plan_note',
    'plan_reminder',
  ] as const)('refuses an unsigned %s template, in both languages', (stage) => {
    const errors = validateTemplate(row({ stage, subject: 'Relance – {{invoice_ref}}', body }));
    expect(errors.map((e) => [e.field, e.code, e.placeholder])).toEqual([
      ['body', 'unsigned', '{{sender_name}}'],
    ]);
    expect(errors[0]?.inEditor.fr).toBe(
      'Dans le corps : le message n’est pas signé : ajoutez {{sender_name}} (votre nom, tiré des réglages) à la fin du corps. Aucun e-mail ne part sans signature.',
    );
    expect(errors[0]?.inEditor.en).toBe(
      'In the body: the message is not signed: add {{sender_name}} (your name, from the settings) at the end of the body. No e-mail goes out unsigned.',
    );
  });

  it('accepts the name in its own optional section, the French alias included', () => {
    const signed = (end: string) => row({ stage: 'r1', subject: 'S', body: `${body}\n${end}` });
    expect(validateTemplate(signed('{{#sender_name}}{{sender_name}}{{/sender_name}}'))).toEqual([]);
    expect(validateTemplate(signed('{{ expediteur }}'))).toEqual([]);
  });

  it('refuses a signature that another section may drop', () => {
    const t = row({
      stage: 'r1',
      subject: 'S',
      body: `${body}\n{{#sender_contact}}{{sender_name}} – {{sender_contact}}{{/sender_contact}}`,
    });
    expect(validateTemplate(t).map((e) => e.code)).toEqual(['unsigned']);
  });

  it('asks no signature of a call task, a note to the user', () => {
    expect(validateTemplate(row({ stage: 'call', subject: 'Appeler {{client}}', body }))).toEqual(
      [],
    );
  });
});
