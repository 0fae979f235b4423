import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../src/core/templates/defaults.ts';
import type { RenderContext } from '../../../src/core/templates/render-context.ts';
import { renderMessage } from '../../../src/core/templates/render-message.ts';
import { validateTemplate } from '../../../src/core/templates/validate-template.ts';
import { frenchB2B, frenchConsumer, row } from './fixtures.ts';

function render(body: string, context: RenderContext = frenchB2B) {
  return renderMessage(row({ subject: 'Objet', body }), context);
}

function text(body: string, context: RenderContext = frenchB2B): string {
  const result = render(body, context);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('\n'));
  return result.text;
}

const noContact: RenderContext = { ...frenchB2B, senderContact: '' };

describe('optional sections {{#name}}…{{/name}}', () => {
  const body =
    'Merci d’avance.{{#sender_contact}} Je reste joignable : {{sender_contact}}.{{/sender_contact}}';

  it('render what they enclose when the placeholder has a value', () => {
    expect(text(body)).toBe(
      'Merci d’avance. Je reste joignable : camille@roux-studio.fr · 06 12 34 56 78.',
    );
  });

  it('drop the whole sentence when it has none, leaving no hole', () => {
    expect(text(body, noContact)).toBe('Merci d’avance.');
  });

  it('remove a line that held only a dropped section, without a blank line', () => {
    const lines = 'Appel : {{client}}\n{{#contact}}Contact : {{contact}}{{/contact}}\nReste dû.';
    expect(text(lines, frenchConsumer)).toBe('Appel : Julien Martin\nReste dû.');
    expect(text(lines)).toBe('Appel : Atelier Lumière & Fils\nContact : Claire Moreau\nReste dû.');
  });

  it('accept French aliases and report a section left open or closed on another name', () => {
    expect(text('A{{#contact_expediteur}} ({{sender_contact}}){{/contact_expediteur}}.')).toBe(
      'A (camille@roux-studio.fr · 06 12 34 56 78).',
    );
    const problems = validateTemplate(
      row({ subject: 'Objet', body: '{{#sender_contact}}A {{/contact}} {{#client}}B' }),
    ).map((e) => [e.code, e.placeholder]);
    expect(problems).toEqual([
      ['unbalanced_section', '{{/contact}}'],
      ['unbalanced_section', '{{#sender_contact}}'],
      ['unbalanced_section', '{{#client}}'],
    ]);
  });
});

describe('a value missing from a sentence', () => {
  it('stops the message with the placeholder named, never a hole like "joignable : ."', () => {
    const result = render('Je reste joignable : {{sender_contact}}.', noContact);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.code, e.placeholder])).toEqual([
      ['empty_value', '{{sender_contact}}'],
    ]);
    expect(!result.ok && result.errors[0]?.message.en).toContain('optional section');
  });

  it('still drops a line made only of empty placeholders (a signature line)', () => {
    expect(text('Cordialement,\n{{sender_contact}}', noContact)).toBe('Cordialement,');
  });
});

describe('the default templates', () => {
  const emails = DEFAULT_TEMPLATES.filter((t) => t.stage !== 'notice');

  it('render every e-mail and call without a sender contact or a contact name', () => {
    for (const template of emails) {
      const result = renderMessage(template, { ...frenchConsumer, senderContact: '' });
      expect(result.ok, template.id).toBe(true);
      if (result.ok) expect(result.text).not.toMatch(/ : \.|\(\)|: $/m);
    }
  });

  it('follow French typography: no-break spaces before : ; ? ! and inside « », typographic apostrophes', () => {
    for (const template of DEFAULT_TEMPLATES.filter((t) => t.language === 'fr')) {
      for (const field of [template.subject, template.body]) {
        expect(field, template.id).not.toMatch(/ [:;?!]|'|« | »/);
      }
    }
  });
});
