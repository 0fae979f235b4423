import { describe, expect, it } from 'vitest';
import { unsentReminderClaims } from '../../../src/core/templates/reminder-claims.ts';

describe('the claims of earlier reminders a kept template may word its own way', () => {
  it.each([
    ['Malgré mes précédentes relances, la facture reste impayée.', 2],
    ['Malgré nos précédentes relances', 2],
    ['Malgré mes deux relances', 2],
    ['Malgré nos relances', 2],
    ['3ème relance', 2],
    ['Relance n°3 – facture F-2026-014', 2],
    ['2ème relance – facture F-2026-014', 1],
    ['2nde relance – facture F-2026-014', 1],
    ['Deuxieme relance – facture F-2026-014', 1],
    ['Relance n°2 – facture F-2026-014', 1],
    ['2nd reminder – invoice F-2026-014', 1],
    ['Despite our previous reminders', 2],
    ['Despite my previous emails', 2],
    ['Further to my previous e-mail', 1],
  ] as const)('“%s” needs %i reminders sent', (words, needs) => {
    expect(unsentReminderClaims(words, 'r3', 0).map((c) => c.needs)).toEqual([needs]);
    expect(unsentReminderClaims(words, 'r3', needs)).toEqual([]);
  });

  it('finds nothing in a first reminder that claims none', () => {
    expect(
      unsentReminderClaims(
        'Sauf erreur de ma part, la facture F-2026-014 reste à régler.',
        'r1',
        0,
      ),
    ).toEqual([]);
  });
});
