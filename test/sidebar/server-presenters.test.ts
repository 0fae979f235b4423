import { describe, expect, it } from 'vitest';
import { presentTemplates, previewTemplate } from '../../src/app/sidebar/templates-presenter.ts';
import {
  presentToday,
  presentTodayPage,
  TODAY_PAGE_SIZE,
} from '../../src/app/sidebar/today-presenter.ts';
import type { CalendarDate } from '../../src/core/calendar-date.ts';
import type { Invoice } from '../../src/core/invoice.ts';
import type { Plan } from '../../src/core/plan.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import { DEFAULT_TEMPLATES } from '../../src/core/templates/defaults.ts';
import type { TemplateRow } from '../../src/core/templates/index.ts';
import { invoice } from '../core/fixtures/invoices.ts';

const d = (text: string) => text as CalendarDate;

const moreau: Invoice = invoice({
  row: 5,
  number: 'F-2026-014',
  client: 'Atelier Moreau',
  emails: ['compta@atelier-moreau.fr'],
  contactName: 'Claire Moreau',
  amountCents: 184_000,
  amountPaidCents: 40_000,
  issueDate: '2026-02-11',
  dueDate: '2026-03-13',
  language: 'fr',
  country: 'FR',
});
const lumen: Invoice = {
  ...moreau,
  row: 6,
  number: 'F-2026-011',
  client: 'Studio Lumen',
  clientKey: 'studio lumen',
};
const paid: Invoice = { ...moreau, row: 7, number: 'F-2026-002', paidDate: d('2026-03-01') };

const plan: Plan = {
  today: d('2026-03-16'),
  emails: [
    {
      kind: 'email',
      clientKey: 'atelier moreau',
      client: 'Atelier Moreau',
      to: ['compta@atelier-moreau.fr'],
      cc: [],
      stage: 'r1',
      segment: 'new',
      keyAccount: false,
      language: 'fr',
      invoices: [{ invoice: moreau, stage: 'r1', daysOverdue: 3 }],
      threadId: null,
      priority: 144_000,
      messageKey: 'atelier moreau|r1|2026-03-16',
      nextStepOn: null,
    },
  ],
  followUps: [],
  decisions: [
    { number: 'F-2026-014', state: 'planned', stage: 'r1', postponedFrom: d('2026-03-14') },
    {
      number: 'F-2026-011',
      state: 'skipped',
      reason: { code: 'client_replied', on: d('2026-03-12'), until: d('2026-03-19') },
      nextStage: 'r2',
      nextDate: d('2026-03-19'),
    },
    {
      number: 'F-2026-002',
      state: 'skipped',
      reason: { code: 'paid' },
      nextStage: null,
      nextDate: null,
    },
  ],
  rowErrors: [
    {
      row: 14,
      invoiceNumber: null,
      field: 'email',
      value: 'jean@',
      message: "Ligne 14 : l'adresse e-mail « jean@ » n'est pas valide.",
      messages: {
        fr: "Ligne 14 : l'adresse e-mail « jean@ » n'est pas valide.",
        en: "Row 14: e-mail address 'jean@' is not valid.",
      },
    },
  ],
};

describe('the Today view of a large book', () => {
  // 60 clients who wrote back: each invoice waits, and each says why.
  const waiting = Array.from({ length: 60 }, (_, i) => ({
    ...lumen,
    row: 10 + i,
    number: `F-2026-${String(100 + i)}`,
    client: `Studio ${i}`,
    clientKey: `studio ${i}`,
  }));
  const large: Plan = {
    ...plan,
    decisions: waiting.map((w) => ({
      number: w.number,
      state: 'skipped' as const,
      reason: { code: 'client_replied' as const, on: d('2026-03-12'), until: d('2026-03-19') },
      nextStage: 'r2' as const,
      nextDate: d('2026-03-19'),
    })),
  };
  const inputs = {
    plan: large,
    invoices: waiting,
    forecast: [],
    testMode: false,
    oldDebtDays: 90,
    autoReplies: new Map(),
    lastRun: null,
    render: () => ({ subject: 'Facture F-2026-014 : petit rappel' }),
  };

  it('gives each skipped invoice the status note’s sentence, in both languages', () => {
    expect(presentToday(inputs).skips[0]?.reasonText).toEqual({
      fr: "En pause : le client a répondu le 12 mars 2026, jusqu'au 19 mars 2026.",
      en: 'Paused: the client replied on 12 March 2026, until 19 March 2026.',
    });
  });

  it('carries the first items of each list and how many there are in all', () => {
    const view = presentToday(inputs);
    expect(view.skips).toHaveLength(TODAY_PAGE_SIZE);
    expect(view.totals).toEqual({ emails: 1, followUps: 0, oldDebts: 0, skips: 60 });
  });

  it('gives the next items a page at a time, up to the last one', () => {
    const second = presentTodayPage(inputs, { list: 'skips', offset: TODAY_PAGE_SIZE });
    expect(second).toMatchObject({ list: 'skips', offset: TODAY_PAGE_SIZE, total: 60 });
    expect(second.items[0]).toMatchObject({ number: `F-2026-${100 + TODAY_PAGE_SIZE}` });
    const last = presentTodayPage(inputs, { list: 'skips', offset: 50 });
    expect(last.items.map((s) => ('number' in s ? s.number : ''))).toEqual(
      waiting.slice(50).map((w) => w.number),
    );
  });
});

describe('the Today view built from the plan', () => {
  const view = presentToday({
    plan,
    invoices: [moreau, lumen, paid],
    forecast: [
      {
        date: d('2026-03-19'),
        plan: { ...plan, today: d('2026-03-19'), decisions: [] },
        notes: [],
      },
    ],
    testMode: true,
    oldDebtDays: 90,
    autoReplies: new Map(),
    lastRun: null,
    render: () => ({ subject: 'Facture F-2026-014 : petit rappel' }),
  });

  it('lists each message with its balance still due and its postponement', () => {
    expect(view.emails[0]?.subject).toBe('Facture F-2026-014 : petit rappel');
    expect(view.emails[0]?.invoices[0]).toMatchObject({
      balance: { cents: 144_000, currency: 'EUR' },
      postponedFrom: '2026-03-14',
    });
  });

  it('keeps skips worth explaining and leaves paid invoices out', () => {
    expect(view.skips.map((s) => [s.number, s.client, s.reason.code])).toEqual([
      ['F-2026-011', 'Studio Lumen', 'client_replied'],
    ]);
  });

  it('counts each forecast day once per client', () => {
    expect(view.forecast).toEqual([
      { date: '2026-03-19', emails: 1, followUps: 0, clients: ['Atelier Moreau'] },
    ]);
    expect(view.rowProblems[0]?.row).toBe(14);
  });

  it('gives row problems in both languages, for an interface switched away from the sheet’s', () => {
    expect(view.rowProblems[0]?.message).toEqual({
      fr: "Ligne 14 : l'adresse e-mail « jean@ » n'est pas valide.",
      en: "Row 14: e-mail address 'jean@' is not valid.",
    });
  });

  it('carries the render error instead of a subject', () => {
    const broken = presentToday({
      plan,
      invoices: [moreau],
      forecast: [],
      testMode: false,
      oldDebtDays: 90,
      autoReplies: new Map(),
      lastRun: null,
      render: () => ({ error: 'Champ inconnu : {{montant_du}}' }),
    });
    expect(broken.emails[0]).toMatchObject({
      subject: null,
      templateError: 'Champ inconnu : {{montant_du}}',
    });
  });
});

describe('templates and their preview', () => {
  const r1 = DEFAULT_TEMPLATES.find(
    (t) => t.stage === 'r1' && t.language === 'fr' && t.segment === 'all',
  ) as TemplateRow;
  /** The inputs of a preview on 16 March 2026, from a book holding `invoices` and no log yet. */
  const on16March = (...invoices: Invoice[]) => {
    const today = d('2026-03-16');
    return {
      sources: { settings: DEFAULT_SETTINGS, today, fetchedRates: [] },
      plan: { today, invoices, rowErrors: [], log: [], settings: DEFAULT_SETTINGS },
    };
  };

  it('renders an edited template on a real invoice, values escaped', () => {
    const edited = {
      ...r1,
      subject: 'Rappel {{invoice_number}} pour {{client}}',
      body: `Pour {{client}} :\n\n${r1.body}`,
    };
    const preview = previewTemplate(
      edited,
      { ...moreau, client: 'Atelier <Moreau>' },
      on16March(moreau),
    );
    expect(preview.issues).toEqual([]);
    expect(preview.subject).toBe('Rappel F-2026-014 pour Atelier <Moreau>');
    expect(preview.html).toContain('Atelier &lt;Moreau&gt;');
    expect(preview.issues).toEqual([]);
  });

  it('reports an unknown placeholder instead of rendering', () => {
    const preview = previewTemplate(
      { ...r1, body: 'Merci de régler {{montant_du}}.' },
      moreau,
      on16March(moreau),
    );
    expect(preview.html).toBeNull();
    expect(preview.issues[0]?.part).toBe('body');
    expect(preview.issues[0]?.message.fr).toContain('montant_du');
  });

  it('offers unpaid invoices first as preview samples', () => {
    const view = presentTemplates({ templates: [r1], errors: [] }, [paid, moreau]);
    expect(view.samples.map((s) => s.number)).toEqual(['F-2026-014', 'F-2026-002']);
    expect(view.placeholders.some((p) => p.name === 'client')).toBe(true);
    // The editor accepts the French aliases the server accepts ({{montant}} is {{amount}}).
    expect(view.placeholders).toContainEqual({
      name: 'amount',
      alias: 'montant',
      description: {
        fr: 'Montant facturé (total si plusieurs)',
        en: 'Invoiced amount (sum if several)',
      },
    });
    expect(view.issues).toEqual({});
  });
});
