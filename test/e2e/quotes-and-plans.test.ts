/**
 * Quote follow-ups and payment plans, day after day, on the compiled bundle in the offline
 * runtime: the same run, queue, log, threads and status columns as the reminders.
 */
import { describe, expect, it } from 'vitest';
import { atelierBrunOnAPlan, brunOnAPlan } from './support/payment-plan.ts';
import { morelQuote, QUOTE_HEADERS, QUOTES_TAB } from './support/quotes.ts';
import { book, d, everyDay, type Scenario, scenario } from './support/world.ts';

/**
 * Every profile's quotes followed up `days` days before their deadline, at least 3 days after
 * they were sent, and noted 1 business day after they expire.
 */
function followUpDaysBefore(s: Scenario, days: number): void {
  const standard = s.settings().quoteTiming as Record<string, Record<string, unknown>>;
  s.saveSettings({
    quoteTiming: Object.fromEntries(
      Object.keys(standard).map((segment) => [
        segment,
        { followDaysBefore: days, expiredBusinessDaysAfter: 1, minDaysSinceSent: 3 },
      ]),
    ),
  });
}

const rowsOf = (s: Scenario, outcome: string) =>
  s
    .logRows()
    .filter((r) => r.outcome === outcome)
    .map((r) => `${r.date} ${r.invoices}:${r.stage}`);

describe('a quotes tab over 60 days', () => {
  it('follows each open quote up before its deadline and once after, then stops; never after an answer', () => {
    const s = scenario({
      rows: book([
        ['F-2026-050', 'Atelier Dupont', 'compta@atelier-dupont.fr', 900, d('2026-04-30')],
      ]),
      tabs: {
        [QUOTES_TAB]: [
          QUOTE_HEADERS,
          // Follow-up Monday 16 March, expiry note Tuesday 24 March.
          [
            'D-2026-031',
            'Boulangerie Morel',
            'julie@boulangerie-morel.fr',
            2400,
            d('2026-03-02'),
            d('2026-03-20'),
            '',
          ],
          // Follow-up Monday 30 March (29th is a Sunday); accepted on 1 April: no expiry note.
          [
            'D-2026-032',
            'Studio Nord',
            'hello@studio-nord.com',
            980,
            d('2026-03-02'),
            d('2026-04-03'),
            'Envoyé',
          ],
          // Refused before anything was due: nothing at all.
          [
            'D-2026-033',
            'Garage Petit',
            'garage@petit.fr',
            450,
            d('2026-03-04'),
            d('2026-04-10'),
            '',
          ],
          // Sent 2 days before its follow-up day: only the expiry note (Tue 14 → Thu 16 April).
          [
            'D-2026-034',
            'Café Lune',
            'bonjour@cafe-lune.fr',
            600,
            d('2026-04-07'),
            d('2026-04-14'),
            '',
          ],
        ],
      },
    });
    everyDay(s, '2026-03-02', '2026-04-30', (day) => {
      if (day === '2026-03-10')
        s.runtime.spreadsheets.setCells(s.spreadsheetId, QUOTES_TAB, 4, 7, [['Refusé']]);
      if (day === '2026-04-01')
        s.runtime.spreadsheets.setCells(s.spreadsheetId, QUOTES_TAB, 3, 7, [['Accepté']]);
    });

    expect(rowsOf(s, 'sent').filter((r) => r.includes(':q_'))).toEqual([
      '2026-03-16 D-2026-031:q_follow',
      '2026-03-24 D-2026-031:q_expired',
      '2026-03-30 D-2026-032:q_follow',
      '2026-04-16 D-2026-034:q_expired',
    ]);
    const notes = s.sent().filter((m) => /devis/i.test(m.subject));
    expect(notes.map((m) => m.to.join())).toEqual([
      'julie@boulangerie-morel.fr',
      'julie@boulangerie-morel.fr',
      'hello@studio-nord.com',
      'bonjour@cafe-lune.fr',
    ]);
    // The expiry note continues the follow-up's thread; the text states the quote and its terms.
    expect(notes[1]?.threadId).toBe(notes[0]?.threadId);
    expect(notes[0]?.text).toContain('D-2026-031');
    expect(notes[0]?.text).toMatch(/2\s?400,00/);
    expect(notes[0]?.text).toContain('20 mars 2026');
    expect(notes[0]?.text).toContain('Camille Martin');
    // Nothing pending, and the invoice's own sequence went on beside them.
    expect(rowsOf(s, 'pending')).toEqual([]);
    expect(rowsOf(s, 'sent')).toContain('2026-04-27 F-2026-050:pre_due');

    const values = s.values(QUOTES_TAB);
    const header = values[0] as string[];
    const note = header.indexOf('Relance · note');
    const stage = header.indexOf('Relance · étape');
    expect(stage).toBeGreaterThan(6);
    const row = (n: string) => values.find((r) => r[0] === n) as unknown[];
    expect(row('D-2026-031')[stage]).toBe('Devis expiré');
    expect(row('D-2026-031')[note]).toBe('Toutes les étapes ont été faites.');
    expect(row('D-2026-032')[note]).toBe('Accepté : plus de suivi');
    expect(row('D-2026-033')[note]).toBe('Refusé : plus de suivi');
  });

  it('in test mode sends the notes to the user, marked, and a second run the same day sends nothing', () => {
    const s = morelQuote({ live: false });
    s.at('2026-03-16');
    s.trigger();
    s.at('2026-03-16', '15:00:00');
    s.trigger();
    expect(s.sent()).toHaveLength(1);
    expect(s.sent()[0]?.to).toEqual([s.user]);
    expect(s.sent()[0]?.subject).toBe('[TEST] Votre devis D-2026-031');
    expect(rowsOf(s, 'test_sent')).toEqual(['2026-03-16 D-2026-031:q_follow']);
  });

  it('pauses the expiry note while the prospect’s reply in the follow-up thread pauses them', () => {
    const s = morelQuote();
    s.at('2026-03-16');
    s.trigger();
    const thread = s.sent()[0]?.threadId as string;
    s.mailbox.deliverReply(thread, {
      from: 'Julie Morel <julie@boulangerie-morel.fr>',
      body: 'Bonjour, nous en parlons en interne et revenons vers vous.',
      at: new Date('2026-03-23T09:00:00Z'),
    });
    everyDay(s, '2026-03-23', '2026-04-03');
    // Replied on 23 March: the 7-day pause runs to the 30th, over the note's day (24 March).
    expect(rowsOf(s, 'paused')).toHaveLength(1);
    expect(rowsOf(s, 'sent').filter((r) => r.includes(':q_'))).toEqual([
      '2026-03-16 D-2026-031:q_follow',
      '2026-03-31 D-2026-031:q_expired',
    ]);
  });
});

describe('“Run now” in live mode', () => {
  it('lists the quote follow-ups and instalment notes it will send, for the user to confirm', () => {
    const s = morelQuote({ live: true });
    s.at('2026-03-02', '10:00:00');
    // Monday 16 March: Morel's follow-up is due, and no invoice reminder.
    s.at('2026-03-16');
    const preview = s.sidebar('previewRunNow') as {
      emails: unknown[];
      notes: { client: string; stage: string; to: string[]; documents: string[] }[];
    };
    expect(preview.emails).toEqual([]);
    expect(preview.notes).toEqual([
      {
        clientKey: expect.any(String),
        client: 'Boulangerie Morel',
        stage: 'q_follow',
        to: ['julie@boulangerie-morel.fr'],
        documents: ['D-2026-031'],
      },
    ]);
    s.trigger();
    expect(s.sent().map((m) => m.to.join())).toEqual(['julie@boulangerie-morel.fr']);
  });

  it('counts every follow-up a run would prepare, beyond Today’s first page', () => {
    const s = scenario({
      live: true,
      rows: book(
        Array.from({ length: 30 }, (_, i) => [
          `F-2026-${String(100 + i)}`,
          `Client ${i}`,
          `compta@client-${i}.fr`,
          900,
          d('2026-02-25'),
        ]),
      ),
    });
    // 30 March: the 30 clients' phone-call tasks are due together.
    everyDay(s, '2026-02-26', '2026-03-29');
    s.at('2026-03-30');
    const today = s.sidebar('getToday') as { totals: { followUps: number } };
    const preview = s.sidebar('previewRunNow') as { followUps: unknown[] };
    expect(today.totals.followUps).toBeGreaterThan(25);
    expect(preview.followUps).toHaveLength(today.totals.followUps);
  });
});

describe('a quote typed in months after its deadline', () => {
  it('gets no expiry note that late, and its status note says why, in the user’s words', () => {
    const s = scenario({
      rows: book([
        ['F-2026-050', 'Atelier Dupont', 'compta@atelier-dupont.fr', 900, d('2026-06-30')],
      ]),
      tabs: {
        [QUOTES_TAB]: [
          QUOTE_HEADERS,
          // Valid until 20 November 2025: its expiry note was due on 24 November.
          [
            'D-2025-031',
            'Boulangerie Morel',
            'julie@boulangerie-morel.fr',
            2400,
            d('2025-10-02'),
            d('2025-11-20'),
            '',
          ],
        ],
      },
    });
    everyDay(s, '2026-03-02', '2026-03-04');
    expect(s.sent().filter((m) => m.to.includes('julie@boulangerie-morel.fr'))).toEqual([]);
    const rows = s.values(QUOTES_TAB);
    const header = rows[0] as string[];
    expect(String(rows[1]?.[header.indexOf('Relance · note')])).toBe(
      '« Devis expiré » prévu le 2025-11-24 : plus de 30 jours de retard, non envoyé (à vous de voir)',
    );
  });
});

describe('a payment plan of 3 monthly instalments, day by day until it breaks', () => {
  it('suspends the sequence, notes and reminds each instalment, breaks on a missed one, and resumes the sequence', () => {
    // €1,800 due 13 February; r1 went out on 16 February. On 2 March the client asks for time.
    const s = brunOnAPlan('2026-03-10');
    const pay = (euros: number) =>
      s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 2, 6, [[euros]]);
    everyDay(s, '2026-03-02', '2026-04-30', (day) => {
      if (day === '2026-03-10') pay(600); // instalment 1 paid on its day
      if (day === '2026-04-14') pay(1200); // instalment 2 (10 April) paid 4 days late
      // Instalment 3 (10 May) is never paid… within this window it is only noted.
    });
    // …so the window goes on to the break: 10 May + 10 days of grace → broken on 21 May.
    everyDay(s, '2026-05-01', '2026-05-31');

    const planRows = s.logRows().filter((r) => r.outcome === 'plan');
    expect(
      planRows.map(
        (r) =>
          `${r.date} ${/event=(\w+)/.exec(r.detail)?.[1]} ${/instalments?=(\d)/.exec(r.detail)?.[1] ?? ''}`,
      ),
    ).toEqual([
      '2026-03-02 created 3',
      '2026-03-10 kept 1',
      '2026-04-14 kept 2',
      '2026-05-21 broken 3',
    ]);
    const sent = rowsOf(s, 'sent');
    expect(sent).toEqual([
      '2026-02-16 F-2026-014:r1',
      '2026-03-09 F-2026-014:plan_note', // 10 March − 3 days is a Saturday
      '2026-04-07 F-2026-014:plan_note',
      '2026-04-13 F-2026-014:plan_reminder', // 10 April + 3 days, still unpaid
      '2026-05-07 F-2026-014:plan_note',
      '2026-05-13 F-2026-014:plan_reminder',
      // Broken on 21 May: the sequence resumes at its next stage, for the balance left (€600).
      '2026-05-21 F-2026-014:r2',
      // …and keeps its rhythm from there: a high-risk client's r3 comes 8 days after its r2
      // (offsets +7 and +15).
      '2026-05-29 F-2026-014:r3',
    ]);
    const mails = s.sent();
    const reminder = mails.find((m) => m.subject.includes('10 avril'));
    expect(reminder?.text).toMatch(/600,00/);
    expect(reminder?.text).not.toMatch(/1\s?800,00/);
    const resumed = mails[mails.length - 1];
    expect(resumed?.text).toMatch(/600,00/);
    expect(resumed?.threadId).toBe(mails[0]?.threadId);

    const values = s.values('Factures');
    const header = values[0] as string[];
    const note = values[1]?.[header.indexOf('Relance · note')];
    expect(String(note)).toContain('Échéancier rompu le 2026-05-21');
  });

  it('shows the new plan at once in the Today it answers with, and no reminder it holds', () => {
    // r1 went out on 16 February; r2 would go on Monday 23 February without the plan.
    const s = scenario({
      start: '2026-02-16T07:00:00Z',
      rows: [
        ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Montant payé'],
        ['F-2026-014', 'Atelier Brun', 'compta@atelier-brun.fr', 1800, d('2026-02-13'), 0],
      ],
    });
    s.at('2026-02-16');
    s.trigger();
    s.at('2026-02-20', '10:00:00');
    const today = s.sidebar('setPaymentPlan', {
      invoiceNumber: 'F-2026-014',
      allOverdueOfClient: true,
      count: 3,
      firstDate: '2026-03-10',
    }) as { plans?: { id: string }[]; forecast: { date: string; emails: number }[] };
    expect(today.plans).toHaveLength(1);
    expect(today.forecast.filter((day) => day.emails > 0)).toEqual([]);
    // …as a fresh look at Today says, and as the run does.
    const fresh = s.sidebar('getToday') as typeof today;
    expect(fresh.forecast).toEqual(today.forecast);
    everyDay(s, '2026-02-21', '2026-02-27');
    expect(s.sent()).toHaveLength(1);
  });

  it('in the statistics, expects the kept plan’s instalments on their dates and never counts its notes as reminders', () => {
    const s = brunOnAPlan('2026-03-10');
    everyDay(s, '2026-03-02', '2026-03-09');
    expect(rowsOf(s, 'sent')).toEqual([
      '2026-02-16 F-2026-014:r1',
      '2026-03-09 F-2026-014:plan_note',
    ]);

    const stats = s.sidebar('getStatistics') as {
      remindersByStage: Record<string, number>;
      outcomes: {
        forecasts: {
          forecast: {
            weeks: { payments: { expected: string; cents: number; basis: string }[] }[];
            laterCents: number;
          };
        }[];
        chasing: { segment: string; replies: { stage: string; messages: number }[] }[];
      };
    };
    expect(stats.remindersByStage).toMatchObject({ r1: 1, r2: 0 });
    expect(Object.keys(stats.remindersByStage)).not.toContain('plan_note');
    const forecast = stats.outcomes.forecasts[0]?.forecast;
    // 8 weeks from 9 March: the 10 March and 10 April instalments; 10 May comes later.
    expect(forecast?.weeks.flatMap((w) => w.payments)).toEqual([
      expect.objectContaining({ expected: '2026-03-10', cents: 60_000, basis: 'plan' }),
      expect.objectContaining({ expected: '2026-04-10', cents: 60_000, basis: 'plan' }),
    ]);
    expect(forecast?.laterCents).toBe(60_000);
    const replies = stats.outcomes.chasing.find((c) => c.segment === 'all')?.replies ?? [];
    expect(replies.map((r) => r.stage)).not.toContain('plan_note');
  });

  it('keeps the plans in a hidden tab every editor and the run read', () => {
    const s = scenario({
      rows: [
        ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance'],
        ['F-2026-014', 'Atelier Brun', 'compta@atelier-brun.fr', 1800, d('2026-02-13')],
      ],
    });
    s.at('2026-03-02', '10:00:00');
    s.sidebar('setPaymentPlan', {
      invoiceNumber: 'F-2026-014',
      allOverdueOfClient: false,
      count: 2,
      firstDate: null,
    });
    const tab = s.runtime.spreadsheets
      .get(s.spreadsheetId)
      .sheets.find((t) => t.name === 'Relance · échéanciers');
    expect(tab?.hidden).toBe(true);
    const rows = s.values('Relance · échéanciers');
    expect(rows.slice(1).map((r) => [r[2], r[7], r[8], r[9]])).toEqual([
      ['F-2026-014', '1', '2026-03-09', '900.00'],
      ['F-2026-014', '2', '2026-04-09', '900.00'],
    ]);
    expect(() =>
      s.sidebar('setPaymentPlan', {
        invoiceNumber: 'F-2026-014',
        allOverdueOfClient: false,
        count: 2,
        firstDate: null,
      }),
    ).toThrow(/déjà dans un échéancier|already in a payment plan/);
  });
});

interface QuotesSetupView {
  readonly quotes: {
    readonly sheet: string | null;
    readonly columns: readonly { field: string; header: string | null; ambiguous: string[] }[];
    readonly read: { fr: string } | null;
    readonly problem: { fr: string; en: string } | null;
  };
}

interface TodayWithQuotes {
  readonly rowProblems: readonly { row: number; message: { fr: string; en: string } }[];
  readonly quotes?: readonly { number: string; stage: string | null; date: string | null }[];
  readonly forecast: readonly { date: string; emails: number; clients: string[] }[];
}

describe('a quotes tab Relance does not recognise, mapped in the Start guide', () => {
  // Named « Propositions » (not a quotes tab's name), with two possible deadlines and a
  // reference column whose header says nothing of a quote.
  const PROPOSALS = [
    [
      'Réf.',
      'Client',
      'E-mail',
      'Montant',
      "Date d'envoi",
      "Valable jusqu'au",
      'Date limite',
      'Statut',
    ],
    [
      'P-031',
      'Boulangerie Morel',
      'julie@boulangerie-morel.fr',
      2400,
      d('2026-03-02'),
      d('2026-03-20'),
      d('2026-03-27'),
      '',
    ],
    ['P-035', 'Garage Petit', '', 450, d('2026-03-02'), d('2026-04-10'), d('2026-04-17'), ''],
    [
      'P-036',
      'Café Lune',
      'bonjour@cafe-lune.fr',
      600,
      d('2026-03-02'),
      'le 31 février',
      d('2026-04-17'),
      '',
    ],
  ];

  it('is chosen and its columns fixed like the invoices tab, then followed up; its bad rows are in Today', () => {
    const s = scenario({
      rows: book([
        ['F-2026-050', 'Atelier Dupont', 'compta@atelier-dupont.fr', 900, d('2026-06-30')],
      ]),
      tabs: { Propositions: PROPOSALS },
    });
    const before = s.sidebar('getSetupStatus') as QuotesSetupView;
    expect(before.quotes.sheet).toBeNull();

    const chosen = s.sidebar('saveColumnMapping', {
      invoicesSheet: 'Factures',
      overrides: {},
      quotes: { sheet: 'Propositions', overrides: {} },
    }) as QuotesSetupView;
    const column = (v: QuotesSetupView, field: string) =>
      v.quotes.columns.find((c) => c.field === field);
    expect(column(chosen, 'number')?.header).toBeNull();
    expect(column(chosen, 'validUntil')).toMatchObject({
      header: null,
      ambiguous: ["Valable jusqu'au", 'Date limite'],
    });
    expect(column(chosen, 'sentDate')?.header).toBe("Date d'envoi");
    expect(chosen.quotes.problem).toEqual({
      fr: 'Onglet des devis « Propositions » : colonnes introuvables ou ambiguës : N° de devis, Valable jusqu’au. Choisissez-les dans le guide de démarrage.',
      en: 'Quotes tab “Propositions”: columns missing or ambiguous: Quote number, Valid until. Pick them in the Start guide.',
    });
    // Nothing is read and nothing goes out while the tab cannot be read; Today says why.
    s.at('2026-03-16');
    const unread = s.sidebar('getToday') as TodayWithQuotes;
    expect(unread.rowProblems.map((p) => p.message)).toContainEqual(chosen.quotes.problem);

    const mapped = s.sidebar('saveColumnMapping', {
      invoicesSheet: 'Factures',
      overrides: {},
      quotes: {
        sheet: 'Propositions',
        overrides: { number: 'Réf.', validUntil: "Valable jusqu'au" },
      },
    }) as QuotesSetupView;
    expect(mapped.quotes.problem).toBeNull();
    expect(mapped.quotes.read?.fr).toBe('1 devis lu, 2 lignes à corriger.');
    expect(s.settings()).toMatchObject({
      quotesSheet: 'Propositions',
      quoteColumnOverrides: { number: 'Réf.', validUntil: "Valable jusqu'au" },
    });

    // The quote's own words, its tab named: both tabs have a row 3.
    const today = s.sidebar('getToday') as TodayWithQuotes;
    const problems = today.rowProblems.map((p) => p.message.fr);
    expect(problems).toEqual([
      expect.stringMatching(/^« Propositions », ligne 3 : .*E-mail.*vide/),
      expect.stringMatching(/^« Propositions », ligne 4 : la date limite « le 31 février »/),
    ]);
    expect(today.rowProblems.map((p) => p.message.en)[1]).toMatch(
      /^“Propositions”, row 4: deadline 'le 31 février'/,
    );
    expect(problems.join(' ')).not.toMatch(/facture/);
    expect(today.quotes?.map((q) => q.number)).toEqual(['P-031']);

    s.trigger();
    expect(rowsOf(s, 'sent')).toEqual(['2026-03-16 P-031:q_follow']);
    // A typo in a header choice is refused, in both languages, and nothing is saved.
    expect(() =>
      s.sidebar('saveColumnMapping', {
        invoicesSheet: 'Factures',
        overrides: {},
        quotes: { sheet: 'Propositions', overrides: { deadline: 'Date limite' } },
      }),
    ).toThrow(/Champ inconnu : deadline.*Unknown field: deadline|Unknown field: deadline/s);
    expect(s.settings()).toMatchObject({
      quoteColumnOverrides: { validUntil: "Valable jusqu'au" },
    });
    expect(() =>
      s.sidebar('saveColumnMapping', {
        invoicesSheet: 'Factures',
        overrides: {},
        quotes: { sheet: 'Factures', overrides: {} },
      }),
    ).toThrow(/un autre onglet que celui des factures.*another tab than the invoices tab/s);
    expect(s.settings()).toMatchObject({ quotesSheet: 'Propositions' });
  });
});

describe('quote and plan timings from the settings', () => {
  it('follows quotes up on the days the settings give, and Today shows those days', () => {
    const s = morelQuote();
    followUpDaysBefore(s, 8);
    s.at('2026-03-02');
    const today = s.sidebar('getToday') as TodayWithQuotes;
    // 20 March − 8 days = Thursday 12 March.
    expect(today.quotes).toEqual([
      expect.objectContaining({ number: 'D-2026-031', stage: 'q_follow', date: '2026-03-12' }),
    ]);
    // The week ahead counts it on that day too.
    s.at('2026-03-06');
    const week = (s.sidebar('getToday') as TodayWithQuotes).forecast;
    expect(week.find((f) => f.date === '2026-03-12')).toMatchObject({
      emails: 1,
      clients: ['Boulangerie Morel'],
    });
    expect(week.filter((f) => f.clients.includes('Boulangerie Morel'))).toHaveLength(1);
    everyDay(s, '2026-03-02', '2026-03-31');
    // Deadline Friday 20 March + 1 business day = Monday 23 March.
    expect(rowsOf(s, 'sent').filter((r) => r.includes(':q_'))).toEqual([
      '2026-03-12 D-2026-031:q_follow',
      '2026-03-23 D-2026-031:q_expired',
    ]);
  });

  it('refuses days out of range, naming the field in French and English', () => {
    const s = morelQuote();
    const timing = s.settings().planTiming as Record<string, Record<string, unknown>>;
    const result = s.sidebar('saveSettings', {
      ...s.settings(),
      planTiming: { ...timing, chronic: { ...timing.chronic, breakAfterDays: 0 } },
    }) as { ok: boolean; errors: { path: string; message: { fr: string; en: string } }[] };
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: 'planTiming.chronic.breakAfterDays',
        message: {
          fr: 'Doit être un nombre entier de 1 à 90 (reçu : 0).',
          en: 'Must be a whole number from 1 to 90 (got 0).',
        },
      }),
    ]);
  });

  it('notes, reminds and breaks a new plan on the days its client’s segment gives', () => {
    const s = scenario({
      start: '2026-02-16T07:00:00Z',
      rows: [
        ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Montant payé'],
        ['F-2026-014', 'Atelier Brun', 'compta@atelier-brun.fr', 1800, d('2026-02-13'), 0],
      ],
    });
    const standard = s.settings().planTiming as Record<string, Record<string, unknown>>;
    s.saveSettings({
      planTiming: Object.fromEntries(
        Object.keys(standard).map((segment) => [
          segment,
          { noteDaysBefore: 5, reminderDaysAfter: 2, breakAfterDays: 4 },
        ]),
      ),
    });
    s.at('2026-02-16');
    s.trigger();
    s.at('2026-03-02', '10:00:00');
    s.sidebar('setPaymentPlan', {
      invoiceNumber: 'F-2026-014',
      allOverdueOfClient: false,
      count: 3,
      firstDate: '2026-03-10',
    });
    everyDay(s, '2026-03-02', '2026-03-06');
    // While kept, the invoice's status columns speak of the plan and its next note.
    const cells = () => {
      const [header, row] = s.values('Factures') as [string[], unknown[]];
      return ['étape', 'prochaine', 'note'].map((c) => row[header.indexOf(`Relance · ${c}`)]);
    };
    expect(cells()).toEqual([
      'Échéancier',
      'Relance d’échéance 1 · 2026-03-12',
      'Échéancier en cours : 0/3 échéances payées',
    ]);
    everyDay(s, '2026-03-07', '2026-03-20');
    const planRows = s.logRows().filter((r) => r.outcome === 'plan');
    expect(planRows.map((r) => `${r.date} ${/event=(\w+)/.exec(r.detail)?.[1]}`)).toEqual([
      '2026-03-02 created',
      '2026-03-15 broken',
    ]);
    expect(rowsOf(s, 'sent')).toEqual([
      '2026-02-16 F-2026-014:r1',
      '2026-03-05 F-2026-014:plan_note', // 10 March − 5 days
      '2026-03-12 F-2026-014:plan_reminder', // + 2 days, unpaid
      '2026-03-16 F-2026-014:r2', // broken after 4 days of grace: the sequence resumes
    ]);
  });
});

describe('the week ahead in Today, against the daily runs of those days', () => {
  /**
   * Each day from `from` to `to`: Today's 7 coming days as the sidebar forecasts them before that
   * day's run, then the run. Returns, for each day forecast, the e-mails each look ahead
   * expected, beside the e-mails the run of that day sent.
   */
  function forecastAgainstRuns(s: Scenario, from: string, to: string) {
    const expected = new Map<string, Map<string, number>>();
    everyDay(s, from, to, (day) => {
      s.at(day);
      const week = (s.sidebar('getToday') as TodayWithQuotes).forecast;
      for (const f of week) {
        if (f.date > to) continue;
        const seen = expected.get(f.date) ?? new Map<string, number>();
        seen.set(day, f.emails);
        expected.set(f.date, seen);
      }
    });
    const sentOn = (date: string) =>
      new Set(
        s
          .logRows()
          .filter((r) => r.outcome === 'sent' && r.date === date)
          .map((r) => `${r.stage}|${r.invoices}`),
      ).size;
    return [...expected].flatMap(([date, seen]) =>
      [...seen].map(([from, emails]) => ({ date, from, emails, sent: sentOn(date) })),
    );
  }

  it('releases the invoices of a plan that breaks inside the week on the day it breaks', () => {
    // 3 monthly instalments from 10 March, never paid: the plan breaks on 21 March (10 March +
    // 10 days of grace), and the sequence resumes at r2.
    const s = brunOnAPlan('2026-03-10');
    const days = forecastAgainstRuns(s, '2026-03-03', '2026-03-31');
    expect(rowsOf(s, 'sent')).toContain('2026-03-23 F-2026-014:r2');
    expect(days.filter((d) => d.emails !== d.sent)).toEqual([]);
  });

  it('forecasts the expiry note of a quote on the day its follow-up goes', () => {
    // Followed up 3 days before its deadline (Tuesday 17 March), and 1 business day after it
    // expires (Monday 23 March): both inside the week the follow-up's day looks at.
    const s = morelQuote();
    followUpDaysBefore(s, 3);
    const days = forecastAgainstRuns(s, '2026-03-02', '2026-04-10');
    expect(rowsOf(s, 'sent').filter((r) => r.includes(':q_'))).toHaveLength(2);
    expect(days.filter((d) => d.emails !== d.sent)).toEqual([]);
  });
});

describe('a payment plan over two invoices of one client', () => {
  /**
   * Atelier Brun owes F-2026-014 (€1,200) and F-2026-019 (€600), both due 10 February; on
   * 2 March both go into one plan of 3 instalments of €600 from 10 March.
   */
  function brunTwoInvoices(language: string): Scenario {
    const row = (number: string, euros: number) => [
      number,
      'Atelier Brun',
      'compta@atelier-brun.fr',
      euros,
      d('2026-02-10'),
      0,
      language,
    ];
    return atelierBrunOnAPlan(
      [
        ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Montant payé', 'Langue'],
        row('F-2026-014', 1200),
        row('F-2026-019', 600),
      ],
      '2026-02-17',
      '2026-03-10',
    );
  }

  it('names both invoices in the instalment note, and asks to quote their numbers', () => {
    const s = brunTwoInvoices('English');
    everyDay(s, '2026-03-02', '2026-03-09');
    const note = s.sent().at(-1);
    expect(note?.subject).toMatch(/^Payment plan/);
    expect(note?.text).toContain('our payment plan for invoices F-2026-014 and F-2026-019');
    expect(note?.text).toMatch(/the next instalment, €600\.00, is due on 10 March 2026/);
    expect(note?.text).not.toContain('F-2026-014, F-2026-019');
    expect(note?.text).not.toContain('quoting its number');
    expect(note?.text).toContain('quoting their numbers');
  });

  it('writes “pour les factures … et …” in French, in the note and in the missed-instalment reminder', () => {
    const s = brunTwoInvoices('');
    everyDay(s, '2026-03-02', '2026-03-16');
    const [note, reminder] = s.sent().filter((m) => m.subject.startsWith('Échéancier'));
    expect(note?.text).toContain(
      'Comme convenu dans notre échéancier pour les factures F-2026-014 et F-2026-019,',
    );
    expect(reminder?.text).toMatch(
      /de notre échéancier pour les factures F-2026-014 et F-2026-019\s: il reste/,
    );
    expect(reminder?.text).toMatch(/il reste 600,00\s€ à régler pour cette échéance/);
  });

  it('records one e-mail about the two real invoices in the log, not an invoice “F-2026-014, F-2026-019”', () => {
    const s = brunTwoInvoices('');
    everyDay(s, '2026-03-02', '2026-03-16');
    expect(s.sent().filter((m) => m.subject.startsWith('Échéancier'))).toHaveLength(2);
    const logged = s.logRows().filter((r) => r.outcome === 'sent' && r.stage.startsWith('plan_'));
    expect(logged.map((r) => `${r.date} ${r.invoices}:${r.stage}`)).toEqual([
      // The note the day before the 10 March instalment; the reminder 3 days after it, unpaid.
      '2026-03-09 F-2026-014:plan_note',
      '2026-03-09 F-2026-019:plan_note',
      '2026-03-13 F-2026-014:plan_reminder',
      '2026-03-13 F-2026-019:plan_reminder',
    ]);
    expect(new Set(logged.map((r) => r.key)).size).toBe(2);
  });
});

describe('a payment plan over one invoice', () => {
  it('says “pour la facture” in its French instalment note', () => {
    const s = brunOnAPlan('2026-03-10');
    everyDay(s, '2026-03-02', '2026-03-09');
    const note = s.sent().find((m) => m.subject.startsWith('Échéancier'));
    expect(note?.text).toContain('Comme convenu dans notre échéancier pour la facture F-2026-014,');
    expect(note?.text).toContain('en précisant son numéro');
  });
});
