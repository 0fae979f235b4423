/**
 * The template editor's preview, its test e-mail and the start guide's test e-mail render a
 * message as the daily run does (compiled bundle): the same deadline, the same late-payment
 * interest, the same sender details.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { book, d, everyDay, type Scenario, scenario } from './support/world.ts';

interface Template {
  id: string;
  stage: string;
  language: string;
  segment: string;
  body: string;
}
const templatesOf = (s: Scenario) =>
  (s.sidebar('getTemplates') as { templates: Template[] }).templates;
const templateOf = (s: Scenario, id: string) => templatesOf(s).find((t) => t.id === id) as Template;

/** The editor's preview of `template` on `invoiceNumber`, and its test e-mail as received. */
function previewAndTest(s: Scenario, template: Template, invoiceNumber: string) {
  const preview = s.sidebar('previewTemplate', { template, invoiceNumber }) as { html: string };
  s.sidebar('sendTestEmail', { template, invoiceNumber });
  const test = s.sent().find((m) => m.subject.startsWith('[TEST]'));
  return { preview: preview.html, test: test?.text };
}

describe('the deadline of a previewed r3', () => {
  it('is the day of the call the run’s r3 announces, in the preview and the test e-mail', () => {
    // Due Thursday 26 February 2026: r3 (+24) falls on Sunday 22 March and goes on Monday 23;
    // the call (+30) falls on Saturday 28 March and is due on Monday 30.
    const s = scenario({
      rows: book([
        ['F-2026-031', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1000, d('2026-02-26')],
        ['F-2026-044', 'Studio Lumière', 'factures@studio-lumiere.fr', 9000, d('2026-06-26')],
      ]),
      start: '2026-03-01T06:00:00Z',
    });
    everyDay(s, '2026-03-02', '2026-03-22');
    s.at('2026-03-23', '07:00:00');
    const { preview, test } = previewAndTest(s, templateOf(s, 'r3.all.fr.A'), 'F-2026-031');
    s.at('2026-03-23');
    s.trigger();
    const sent = s.sent().find((m) => m.subject.startsWith('Dernier rappel'));
    expect(sent?.text).toContain('au plus tard le 30 mars 2026');
    expect(preview).toContain('au plus tard le 30 mars 2026');
    expect(test).toContain('au plus tard le 30 mars 2026');
  });
});

describe('the late-payment interest of a test e-mail', () => {
  const fixture = (name: string) =>
    readFileSync(join(import.meta.dirname, '../fixtures/rates', name), 'utf8');
  // Due 30 June 2026, r3 on Friday 24 July: the interest of H2 2026 needs the ECB rate the
  // month's refresh fetched on 1 July (the built-in data stop at H1 2026).
  function overdueInJuly(): Scenario {
    const s = scenario({
      rows: book([
        ['F-2026-090', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1000, d('2026-06-30')],
      ]),
      start: '2026-07-01T06:00:00Z',
      // Atelier Dupont is a business (the sheet has no « Type » column): the settings say so.
      settings: { defaultCustomerKind: 'b2b' },
    });
    s.network.answer('https://data-api.ecb.europa.eu/', {
      status: 200,
      body: fixture('ecb-mro.csv'),
      headers: { 'Content-Type': 'text/csv' },
    });
    s.network.answer('https://www.bankofengland.co.uk/', {
      status: 200,
      body: fixture('boe-bank-rate.csv'),
    });
    everyDay(s, '2026-07-01', '2026-07-23');
    return s;
  }
  const claim = /ils s’élèvent à 7,99\s€ au 24 juillet 2026/;

  it('is the one the run claims, from the rates fetched this month', () => {
    const s = overdueInJuly();
    s.at('2026-07-24', '07:00:00');
    const { preview, test } = previewAndTest(s, templateOf(s, 'r3.all.fr.A'), 'F-2026-090');
    s.at('2026-07-24');
    s.trigger();
    expect(s.sent().at(-1)?.text).toMatch(claim);
    expect(preview).toMatch(claim);
    expect(test).toMatch(claim);
  });

  it('is the one the run claims in the start guide’s test e-mail too', () => {
    const s = overdueInJuly();
    s.at('2026-07-24', '07:00:00');
    const result = s.sidebar('sendSetupTest') as { subject: string };
    expect(result.subject).toMatch(/^\[TEST\] Dernier rappel/);
    expect(s.sent().at(-1)?.text).toMatch(claim);
  });
});

describe('the start guide’s test e-mail', () => {
  it('takes the template of the client’s profile, as the run does: a chronic payer’s firm r2', () => {
    const s = scenario({
      rows: [
        ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Segment'],
        [
          'F-2026-007',
          'Boulangerie Lefèvre',
          'paul@boulangerie-lefevre.fr',
          860,
          d('2026-02-16'),
          'chronic',
        ],
      ],
      live: false,
      start: '2026-02-19T07:00:00Z',
    });
    // Chronic offsets: r1 at +2 went out on 19 February, r2 (+8) is due 6 days later, on the 25th.
    everyDay(s, '2026-02-19', '2026-02-24');
    s.at('2026-02-25', '07:00:00');
    const result = s.sidebar('sendSetupTest') as { subject: string };
    s.at('2026-02-25');
    s.trigger();
    const sent = s.sent().at(-1);
    expect(sent?.subject).toMatch(
      /^\[TEST\] Deuxième rappel\s: règlement attendu – facture F-2026-007$/,
    );
    expect(result.subject).toBe(sent?.subject);
  });
});
