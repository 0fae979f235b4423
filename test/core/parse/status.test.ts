import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../../src/core/parse/status.ts';

describe('parseStatus', () => {
  it.each([
    ['Payée', 'paid'],
    ['PAYÉ', 'paid'],
    ['paid', 'paid'],
    ['Réglée', 'paid'],
    ['Soldée', 'paid'],
    ['Payée le 12/03 par virement', 'paid'],
    ['Prélèvement', 'auto_pay'],
    ['prélèvement SEPA', 'auto_pay'],
    ['Direct debit', 'auto_pay'],
    ['Auto-pay', 'auto_pay'],
    ['Litige', 'disputed'],
    ['Contestée', 'disputed'],
    ['disputed', 'disputed'],
    ['En attente', 'on_hold'],
    ['Suspendue', 'on_hold'],
    ['On hold', 'on_hold'],
    ['Échéancier', 'on_hold'],
    ['Brouillon', 'on_hold'],
    ['Annulée', 'cancelled'],
    ['Avoir', 'cancelled'],
    ['Cancelled', 'cancelled'],
    ['Envoyée', 'open'],
    ['Relance 2', 'open'],
    ['En cours', 'open'],
    ['Impayée', 'open'],
    ['Non payée', 'open'],
    ['Sent', 'open'],
    ['Unpaid', 'open'],
    ['Open', 'open'],
    ['', 'open'],
    ['   ', 'open'],
    ['En attente de paiement', 'open'],
    ['Payée partiellement', 'open'],
    ['Partially paid', 'open'],
  ])('%j is %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it('reads a ticked checkbox as paid, an unticked one as open', () => {
    expect(parseStatus(true)).toBe('paid');
    expect(parseStatus(false)).toBe('open');
  });

  it.each(['bof', 'à voir', 'VIP', '42'])('does not guess for %j', (text) => {
    expect(parseStatus(text)).toBeNull();
  });
});
