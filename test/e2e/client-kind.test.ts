/**
 * Who owes the business late-payment claims (docs/late-payment-law.md, "Which kind of client"):
 * L441-10 interest and the €40 of D441-5 bind only a debtor acting as a professional, so a row
 * that does not say whether the client is a business or a private individual gets no statutory
 * claim until the user says (a « Type » column, or the default kind in the settings), and Today
 * says why, once.
 */
import { describe, expect, it } from 'vitest';
import { TYPED_HEADERS } from './support/typed-rows.ts';
import { d, everyDay, logged, type Scenario, scenario } from './support/world.ts';

/** A tab without the « Type » column. */
const UNTYPED_HEADERS = TYPED_HEADERS.slice(0, -1);

// Due Saturday 31 January 2026: r1 on 3 February, r2 on 10 February, r3 on 24 February.
const JEANNE = [
  'F-2026-091',
  'Jeanne Martin',
  'jeanne.martin@gmail.com',
  350,
  'EUR',
  d('2026-01-31'),
  'Français',
  'FR',
];

function untilR3(settings: Record<string, unknown> = {}): Scenario {
  const s = scenario({ rows: [UNTYPED_HEADERS, JEANNE], start: '2026-02-01T06:00:00Z', settings });
  everyDay(s, '2026-02-01', '2026-02-24');
  expect(logged(s, 'sent')).toEqual(['F-2026-091:r1', 'F-2026-091:r2', 'F-2026-091:r3']);
  return s;
}

interface TodayKinds {
  readonly unknownClientKind: number;
}

describe('a client whose kind the sheet does not give', () => {
  it('is claimed neither the €40 indemnity nor L441-10 interest in the final reminder', () => {
    const s = untilR3();
    const r3 = s.sent().at(-1);
    expect(r3?.subject).toMatch(/Dernier rappel/);
    expect(r3?.text).toContain('F-2026-091');
    expect(r3?.text).toMatch(/350,00\s€/);
    expect(r3?.text).not.toMatch(/indemnité forfaitaire/);
    expect(r3?.text).not.toContain('L441-10');
    expect(r3?.text).not.toMatch(/intérêts de retard sont dus/);
  });

  it('is counted once in Today, which says how to give the kind', () => {
    const s = scenario({ rows: [UNTYPED_HEADERS, JEANNE], start: '2026-02-03T06:00:00Z' });
    expect((s.sidebar('getToday') as TodayKinds).unknownClientKind).toBe(1);
    s.saveSettings({ defaultCustomerKind: 'b2c' });
    expect((s.sidebar('getToday') as TodayKinds).unknownClientKind).toBe(0);
  });

  it('takes the default kind chosen in the Start guide, with the columns', () => {
    const s = scenario({ rows: [UNTYPED_HEADERS, JEANNE], start: '2026-02-03T06:00:00Z' });
    const setup = s.sidebar('saveColumnMapping', {
      invoicesSheet: 'Factures',
      overrides: {},
      defaultCustomerKind: 'b2c',
    }) as { defaultCustomerKind: string };
    expect(setup.defaultCustomerKind).toBe('b2c');
    expect(s.settings().defaultCustomerKind).toBe('b2c');
    expect((s.sidebar('getToday') as TodayKinds).unknownClientKind).toBe(0);
  });

  it('is a business once the settings say the clients are businesses, in the run and the preview alike', () => {
    const s = untilR3({ defaultCustomerKind: 'b2b' });
    const r3 = s.sent().at(-1)?.text ?? '';
    expect(r3).toContain('L441-10');
    expect(r3).toMatch(/indemnité forfaitaire[^.]*40,00\s€/);
    const view = s.sidebar('getTemplates') as { templates: { id: string; body: string }[] };
    const template = view.templates.find((t) => t.id.startsWith('r3.') && t.id.includes('.fr.'));
    if (!template) throw new Error('no French r3 template');
    const preview = s.sidebar('previewTemplate', {
      template,
      invoiceNumber: 'F-2026-091',
    }) as { html: string | null };
    expect(preview.html).toContain('L441-10');
    expect(preview.html).toMatch(/40,00\s€/);
  });

  it('is a consumer once the settings say the clients are private individuals: no €40, no B2B article', () => {
    const s = untilR3({ defaultCustomerKind: 'b2c' });
    const r3 = s.sent().at(-1)?.text ?? '';
    expect(r3).not.toMatch(/indemnité forfaitaire/);
    expect(r3).not.toContain('L441-10');
  });

  it('takes the row’s own « Type » over the default', () => {
    const s = scenario({
      rows: [
        TYPED_HEADERS,
        [...JEANNE, 'particulier'],
        [
          'F-2026-092',
          'Atelier Dupont',
          'compta@atelier-dupont.fr',
          1200,
          'EUR',
          d('2026-01-31'),
          'Français',
          'FR',
          '',
        ],
      ],
      start: '2026-02-01T06:00:00Z',
      settings: { defaultCustomerKind: 'b2b' },
    });
    everyDay(s, '2026-02-01', '2026-02-24');
    const last = (number: string) =>
      s
        .sent()
        .filter((m) => m.text.includes(number))
        .at(-1)?.text ?? '';
    expect(last('F-2026-091')).not.toContain('L441-10');
    expect(last('F-2026-092')).toContain('L441-10');
  });
});

describe('a UK letter before claim to a client of unknown kind', () => {
  it('follows the Pre-Action Protocol for individuals and claims nothing under the 1998 Act', () => {
    const s = scenario({
      rows: [
        UNTYPED_HEADERS,
        [
          'INV-2026-014',
          'Oliver Hughes',
          'oliver.hughes@gmail.com',
          900,
          'GBP',
          d('2026-01-30'),
          'English',
          'GB',
        ],
      ],
      start: '2026-01-31T06:00:00Z',
      settings: { establishment: 'GB', country: 'GB', language: 'en', oldDebtDays: 0 },
    });
    everyDay(s, '2026-01-31', '2026-03-31');
    expect(logged(s, 'drafted')).toEqual(['INV-2026-014:notice']);
    const notice = s.mailbox.drafts()[0]?.text ?? '';
    expect(notice).toMatch(/Pre-Action Protocol/);
    expect(notice).toMatch(/30 days/);
    expect(notice).not.toMatch(/Late Payment of Commercial Debts/);
  });
});
