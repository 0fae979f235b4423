/**
 * Settings → *Default country* is the country of the clients whose row names none; the
 * freelancer's own country is *Your business is established in*. Each decides what is theirs
 * (compiled bundle): the clients' date style and currency, the freelancer's phone number.
 */
import { describe, expect, it } from 'vitest';
import type { CellInput } from '../../local/services/spreadsheet/cell.ts';
import { d, scenario } from './support/world.ts';

const HEADERS = ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Langue', 'Pays'];

/** The e-mails of the run of Monday 2 March 2026 on `rows` (due 26 February: r1). */
function firstReminders(
  rows: readonly (readonly CellInput[])[],
  settings: { country: string; establishment: string },
) {
  const s = scenario({ rows: [HEADERS, ...rows], start: '2026-03-01T06:00:00Z', settings });
  s.at('2026-03-02');
  s.trigger();
  return s.sent();
}

describe('a French freelancer whose clients are mostly abroad', () => {
  const due = d('2026-02-26');

  it('gives the French phone number in international form to every client abroad', () => {
    // Default country Belgium: the Namur brasserie's row names no country.
    const sent = firstReminders(
      [
        ['F-2026-051', 'Acme Inc', 'ap@acme.com', 1000, due, 'English', 'US'],
        ['F-2026-052', 'Brasserie Namur', 'compta@brasserie-namur.be', 1000, due, '', ''],
      ],
      { country: 'BE', establishment: 'FR' },
    );
    const us = sent.find((m) => m.to.includes('ap@acme.com'));
    const be = sent.find((m) => m.to.includes('compta@brasserie-namur.be'));
    expect(us?.text).toContain('+33 6 12 34 56 78');
    expect(be?.text).toContain('+33 6 12 34 56 78');
    expect(be?.text).not.toContain('06 12 34 56 78');
  });

  it('keeps the national number for a client in France', () => {
    const [sent] = firstReminders(
      [['F-2026-053', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1000, due, '', 'FR']],
      { country: 'BE', establishment: 'FR' },
    );
    expect(sent?.text).toContain('06 12 34 56 78');
    expect(sent?.text).not.toContain('+33');
  });

  it('writes dates US style to clients in the default country United States', () => {
    const [sent] = firstReminders(
      [['F-2026-054', 'Acme Inc', 'ap@acme.com', 1000, due, 'English', '']],
      { country: 'US', establishment: 'FR' },
    );
    expect(sent?.text).toContain('February 26, 2026');
  });

  it('reads amounts typed without a currency in the default country’s currency, as always', () => {
    // A French freelancer billing Swiss clients in euros types € or adds a currency column.
    const [sent] = firstReminders(
      [['F-2026-055', 'Atelier Genève', 'compta@atelier-geneve.ch', 1000, due, '', '']],
      { country: 'CH', establishment: 'FR' },
    );
    expect(sent?.text).toContain('CHF');
  });
});

describe('a book set up by an earlier version for British clients', () => {
  it('keeps billing amounts typed without a currency in pounds', () => {
    // « Established in » was never asked at set-up: it says France.
    const s = scenario({
      rows: [
        ['Invoice number', 'Client', 'Email', 'Amount', 'Due date'],
        ['INV-101', 'Northwind Design Ltd', 'ap@northwind.co.uk', 1200, d('2026-02-26')],
      ],
      start: '2026-03-01T06:00:00Z',
      settings: { country: 'GB', language: 'en' },
    });
    s.at('2026-03-02');
    s.trigger();
    const [sent] = s.sent();
    expect(sent?.text).toContain('£1,200.00');
    expect(sent?.text).not.toContain('€');
  });
});
