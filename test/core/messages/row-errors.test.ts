import { describe, expect, it } from 'vitest';
import {
  MAX_VALUE_LENGTH,
  rowErrorMessage,
  shortValue,
} from '../../../src/core/messages/row-errors.ts';

describe('row error messages', () => {
  it('says which row, column and value, and what was expected, in French and English', () => {
    const problem = { kind: 'invalid', field: 'email', value: 'jean@' } as const;
    expect(rowErrorMessage(14, 'E-mail', problem, 'fr')).toBe(
      "Ligne 14 : l'adresse e-mail « jean@ » (colonne « E-mail ») n'est pas valide ; attendu : une adresse comme nom@domaine.fr (plusieurs séparées par , ou ;).",
    );
    expect(rowErrorMessage(14, 'E-mail', problem, 'en')).toBe(
      "Row 14: e-mail address 'jean@' (column 'E-mail') is not valid; expected an address such as name@example.com (several separated by , or ;).",
    );
  });

  it('names the formula error and tells what to do', () => {
    const problem = { kind: 'formula_error', field: 'dueDate', value: '#N/A' } as const;
    expect(rowErrorMessage(9, 'Échéance', problem, 'en')).toBe(
      "Row 9: column 'Échéance' shows the formula error '#N/A'; fix the formula in the sheet.",
    );
  });

  it('only calls a negative invoice amount a credit note', () => {
    const amount = rowErrorMessage(
      3,
      'Montant',
      { kind: 'negative', field: 'amount', value: '-5' },
      'fr',
    );
    const paid = rowErrorMessage(
      3,
      'Réglé',
      { kind: 'negative', field: 'amountPaid', value: '-5' },
      'fr',
    );
    expect(amount).toContain('un avoir ne se relance pas');
    expect(paid).not.toContain('avoir');
  });
});

describe('shortValue', () => {
  it('keeps short values as they are', () => {
    expect(shortValue('F-2026-014')).toBe('F-2026-014');
  });

  it('puts a multi-line cell on one line', () => {
    expect(shortValue('Atelier\nDupré\t Lyon')).toBe('Atelier Dupré Lyon');
  });

  it(`cuts values longer than ${MAX_VALUE_LENGTH} characters, even a 50,000-character cell`, () => {
    const value = shortValue('a'.repeat(50_000));
    expect(value).toHaveLength(MAX_VALUE_LENGTH);
    expect(value.endsWith('…')).toBe(true);
  });
});
