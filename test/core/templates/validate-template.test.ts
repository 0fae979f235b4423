import { describe, expect, it } from 'vitest';
import { validateTemplate } from '../../../src/core/templates/validate-template.ts';
import { row } from './fixtures.ts';

const r2 = (subject: string, body: string) =>
  row({ stage: 'r2', segment: 'chronic', language: 'fr', variant: 'B', subject, body });

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
