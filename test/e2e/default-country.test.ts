/**
 * Settings → *Default country* is the country of the clients whose row names none; the
 * freelancer's own country is *Your business is established in*. Each decides what is theirs
 * (compiled bundle): the clients' date style, the freelancer's phone number and currency.
 */
import { describe, expect, it } from 'vitest';
import { d, scenario } from './support/world.ts';

const HEADERS = ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Langue', 'Pays'];

describe('a French freelancer whose clients are mostly abroad', () => {
  it('gives the French phone number in international form to every client abroad', () => {
    // Default country Belgium: the Brussels brasserie's row names no country.
    const s = scenario({
      rows: [
        HEADERS,
        ['F-2026-051', 'Acme Inc', 'ap@acme.com', 1000, d('2026-02-26'), 'English', 'US'],
        [
          'F-2026-052',
          'Brasserie Namur',
          'compta@brasserie-namur.be',
          1000,
          d('2026-02-26'),
          '',
          '',
        ],
      ],
      start: '2026-03-01T06:00:00Z',
      settings: { country: 'BE', establishment: 'FR' },
    });
    s.at('2026-03-02');
    s.trigger();
    const us = s.sent().find((m) => m.to.includes('ap@acme.com'));
    const be = s.sent().find((m) => m.to.includes('compta@brasserie-namur.be'));
    expect(us?.text).toContain('+33 6 12 34 56 78');
    expect(be?.text).toContain('+33 6 12 34 56 78');
    expect(be?.text).not.toContain('06 12 34 56 78');
  });

  it('keeps the national number for a client in France', () => {
    const s = scenario({
      rows: [
        HEADERS,
        [
          'F-2026-053',
          'Atelier Dupont',
          'compta@atelier-dupont.fr',
          1000,
          d('2026-02-26'),
          '',
          'FR',
        ],
      ],
      start: '2026-03-01T06:00:00Z',
      settings: { country: 'BE', establishment: 'FR' },
    });
    s.at('2026-03-02');
    s.trigger();
    expect(s.sent()[0]?.text).toContain('06 12 34 56 78');
    expect(s.sent()[0]?.text).not.toContain('+33');
  });

  it('writes dates US style to clients in the default country United States', () => {
    const s = scenario({
      rows: [
        HEADERS,
        ['F-2026-054', 'Acme Inc', 'ap@acme.com', 1000, d('2026-02-26'), 'English', ''],
      ],
      start: '2026-03-01T06:00:00Z',
      settings: { country: 'US', establishment: 'FR' },
    });
    s.at('2026-03-02');
    s.trigger();
    expect(s.sent()[0]?.text).toContain('February 26, 2026');
  });

  it('bills amounts typed without a currency in euros, not in the clients’ currency', () => {
    const s = scenario({
      rows: [
        HEADERS,
        ['F-2026-055', 'Atelier Genève', 'compta@atelier-geneve.ch', 1000, d('2026-02-26'), '', ''],
      ],
      start: '2026-03-01T06:00:00Z',
      settings: { country: 'CH', establishment: 'FR' },
    });
    s.at('2026-03-02');
    s.trigger();
    expect(s.sent()[0]?.text).toMatch(/1\s000,00\s€/);
    expect(s.sent()[0]?.text).not.toContain('CHF');
  });
});
