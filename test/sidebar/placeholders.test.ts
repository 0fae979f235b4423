import { describe, expect, it } from 'vitest';
import { unknownPlaceholders } from '../../sidebar/src/views/placeholders.ts';

const KNOWN = ['invoice_number', 'invoice_ref', 'total_due', 'on_due_date', 'sender_name'];

describe('unknownPlaceholders (errors shown as the user types)', () => {
  it('names each field the server does not know, once, in order', () => {
    const subject = 'Facture {{numero}} : {{ montant }} dû, {{numero}} toujours impayée';
    expect(unknownPlaceholders(subject, KNOWN)).toEqual(['numero', 'montant']);
  });

  it('takes the plural form of the default templates for syntax, not for a field', () => {
    const body =
      "Sauf erreur de ma part, je n'ai pas encore reçu le règlement {{plural:de la facture|des factures}} " +
      '{{invoice_number}}, {{plural:arrivée|arrivées}} à échéance {{on_due_date}}.';
    expect(unknownPlaceholders(body, KNOWN)).toEqual([]);
  });

  it('reads an optional section by the field it names, and flags it when that field is unknown', () => {
    const body =
      'Une question ?{{#sender_contact}} Appelez-moi au {{sender_contact}}.{{/sender_contact}}';
    expect(unknownPlaceholders(body, [...KNOWN, 'sender_contact'])).toEqual([]);
    const typo = '{{#telephone}}Tél. {{telephone}}{{/telephone}}';
    expect(unknownPlaceholders(typo, KNOWN)).toEqual(['telephone']);
  });

  it('reads an inverted section, the wording used when the field is empty, the same way', () => {
    const body =
      '{{#previous_reminders}}Malgré {{previous_reminders}}, la facture{{/previous_reminders}}' +
      '{{^previous_reminders}}La facture{{/previous_reminders}} {{invoice_number}} reste impayée.';
    expect(unknownPlaceholders(body, [...KNOWN, 'previous_reminders'])).toEqual([]);
    expect(unknownPlaceholders('{{^rappels}}La facture{{/rappels}}', KNOWN)).toEqual(['rappels']);
  });
});
