/**
 * Every e-mail is a promise made in the user's name (README "What the e-mails say"): it never
 * speaks of a reminder the client did not get (a stage the user skipped sent nothing), announces
 * only the steps that will follow, points only at what it contains, and is always signed. On the
 * compiled bundle in the offline runtime, in both languages.
 */
import { describe, expect, it } from 'vitest';
import {
  CHRONIC_OFFSETS,
  HIGH_RISK_OFFSETS,
  PUNCTUAL_OFFSETS,
  STANDARD_OFFSETS,
} from '../../src/core/settings-defaults.ts';
import { brunOnAPlan } from './support/payment-plan.ts';
import { book, d, everyDay, logged, type Scenario, scenario } from './support/world.ts';

const HEADERS = ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Montant payé', 'Langue'];

interface TemplateRecord {
  id: string;
  stage: string;
  segment: string;
  language: string;
  variant: string;
  subject: string;
  body: string;
  active: boolean;
}

const templatesOf = (s: Scenario) =>
  (s.sidebar('getTemplates') as { templates: TemplateRecord[] }).templates;

const template = (s: Scenario, id: string): TemplateRecord => {
  const found = templatesOf(s).find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
};

/** Atelier Dupont's invoice F-2026-014 of 1,000 € due on 26 February 2026, in `language`. */
function dupont(language: '' | 'English', settings?: Record<string, unknown>): Scenario {
  return scenario({
    rows: [
      HEADERS,
      [
        'F-2026-014',
        'Atelier Dupont',
        'compta@atelier-dupont.fr',
        1000,
        d('2026-02-26'),
        0,
        language,
      ],
    ],
    start: '2026-03-01T06:00:00Z',
    ...(settings ? { settings } : {}),
  });
}

/** Boulangerie Lefèvre, a chronic late payer, and its invoice F-2026-007 of 860 € due 27 February. */
function lefevre(language: '' | 'English', settings: Record<string, unknown>): Scenario {
  return scenario({
    rows: [
      ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Segment', 'Langue'],
      [
        'F-2026-007',
        'Boulangerie Lefèvre',
        'paul@boulangerie-lefevre.fr',
        860,
        d('2026-02-27'),
        'chronic',
        language,
      ],
    ],
    start: '2026-03-01T06:00:00Z',
    settings,
  });
}

/** The user presses Skip on the invoice's next stage in Today, `times` times. */
function skip(s: Scenario, times: number): void {
  s.at('2026-03-02', '07:00:00');
  for (let i = 0; i < times; i += 1) s.sidebar('skipInvoice', { invoiceNumber: 'F-2026-014' });
}

describe('an e-mail never claims a reminder that was not sent', () => {
  it('r3 after the user skipped r1 and r2 is the first e-mail: no "previous reminders", no "final reminder"', () => {
    const s = dupont('');
    skip(s, 2);
    everyDay(s, '2026-03-02', '2026-03-31');
    expect(logged(s, 'skipped')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r3']);
    const r3 = s.sent()[0];
    expect(r3?.subject).toBe('Rappel de paiement avant mise en demeure – facture F-2026-014');
    expect(r3?.text).toContain('La facture F-2026-014, échue le 26 février 2026, reste impayée');
    expect(r3?.text).not.toMatch(/précédent|Malgré|Dernier rappel/);
  });

  it('the same in English', () => {
    const s = dupont('English');
    skip(s, 2);
    everyDay(s, '2026-03-02', '2026-03-31');
    const r3 = s.sent()[0];
    expect(r3?.subject).toBe('Payment reminder before formal notice – invoice F-2026-014');
    expect(r3?.text).toContain('Invoice F-2026-014, due on 26 February 2026, remains unpaid.');
    expect(r3?.text).not.toMatch(/previous|Despite|Final reminder/);
  });

  it('r3 after one skipped stage speaks of the one reminder sent, in the singular', () => {
    const s = dupont('');
    skip(s, 1);
    everyDay(s, '2026-03-02', '2026-03-31');
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r2', 'F-2026-014:r3']);
    const [r2, r3] = s.sent();
    expect(r2?.subject).toBe('Rappel de paiement – facture F-2026-014');
    expect(r3?.subject).toBe('Dernier rappel avant mise en demeure – facture F-2026-014');
    expect(r3?.text).toContain('Malgré mon précédent rappel, la facture F-2026-014');
  });

  it('with nothing skipped, r2 is the "second reminder" and r3 follows "my previous reminders"', () => {
    const s = dupont('English');
    everyDay(s, '2026-03-02', '2026-03-31');
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2', 'F-2026-014:r3']);
    const [, r2, r3] = s.sent();
    expect(r2?.subject).toBe('Second reminder – invoice F-2026-014');
    expect(r3?.subject).toBe('Final reminder before formal notice – invoice F-2026-014');
    expect(r3?.text).toContain('Despite my previous reminders, invoice F-2026-014');
  });

  it('a chronic payer’s firm r2 after a skipped r1 does not say "Malgré mon précédent rappel"', () => {
    const s = lefevre('', {});
    s.at('2026-03-02', '07:00:00');
    s.sidebar('skipInvoice', { invoiceNumber: 'F-2026-007' });
    everyDay(s, '2026-03-02', '2026-03-16');
    expect(logged(s, 'sent')).toEqual(['F-2026-007:r2']);
    const r2 = s.sent()[0];
    expect(r2?.subject).toMatch(/^Rappel de paiement\s: règlement attendu – facture F-2026-007$/);
    expect(r2?.text).toContain('Je n’ai pas reçu le règlement de la facture F-2026-007.');
    expect(r2?.text).not.toMatch(/précédent rappel|toujours pas/);
  });

  it('the formal notice drafted after every e-mail stage was skipped does not say "Malgré mes relances"', () => {
    const s = dupont('');
    skip(s, 3);
    everyDay(s, '2026-03-02', '2026-05-31');
    expect(s.sent()).toEqual([]);
    const notice = s.mailbox.drafts()[0];
    expect(notice?.text).toMatch(/^La facture suivante reste impayée à ce jour\s:$/m);
    expect(notice?.text).not.toMatch(/Malgré|relances/);
  });

  it('a template kept from an earlier version with a fixed claim waits, says why, and goes once updated', () => {
    const s = dupont('');
    const r3 = template(s, 'r3.all.fr.A');
    // What earlier versions wrote into the tab, and the user kept.
    const old = r3.body.replace(
      /^\{\{#previous_reminders\}\}.*$/m,
      'Malgré mes précédents rappels, {{plural:la facture|les factures}} {{invoice_number}}, {{plural:échue|échues}} {{on_due_date}}, {{plural:reste impayée|restent impayées}} à ce jour. Le montant restant dû est de {{total_due}}.',
    );
    expect(old).not.toBe(r3.body);
    expect((s.sidebar('saveTemplate', { ...r3, body: old }) as { ok: boolean }).ok).toBe(true);
    skip(s, 2);
    everyDay(s, '2026-03-02', '2026-03-23');
    expect(s.sent()).toEqual([]);
    const waiting = s.logRows().filter((r) => r.outcome === 'skipped' && r.stage === 'r3');
    const detail = waiting.at(-1)?.detail ?? '';
    expect(detail).toMatch(/^reason=template_claims_unsent_reminders; error=/);
    // French first, then English: the log is read by whoever checks the audit trail.
    expect(detail).toContain('« Malgré mes précédents rappels » parle de relances déjà envoyées');
    expect(detail).toContain('“Malgré mes précédents rappels” speaks of reminders already sent');
    expect(detail.indexOf('parle de')).toBeLessThan(detail.indexOf('speaks of'));
    expect(detail).toContain('{{#previous_reminders}}');

    s.sidebar('saveTemplate', { ...template(s, 'r3.all.fr.A'), body: r3.body });
    everyDay(s, '2026-03-24', '2026-03-24');
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r3']);
    expect(s.sent()[0]?.text).not.toMatch(/précédents rappels/);
  });

  it('the same kept template still goes out when the reminders it speaks of were sent', () => {
    const s = dupont('');
    const r3 = template(s, 'r3.all.fr.A');
    const old = r3.body.replace(
      /^\{\{#previous_reminders\}\}.*$/m,
      'Malgré mes précédents rappels, la facture {{invoice_number}} reste impayée à ce jour.',
    );
    s.sidebar('saveTemplate', { ...r3, body: old });
    everyDay(s, '2026-03-02', '2026-03-31');
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2', 'F-2026-014:r3']);
    expect(s.sent()[2]?.text).toContain('Malgré mes précédents rappels, la facture F-2026-014');
  });
});

describe('r3 announces only the steps that will follow', () => {
  type Offsets = typeof STANDARD_OFFSETS;
  const everySegment = (change: (o: Offsets) => Offsets) => ({
    offsets: {
      new: change(STANDARD_OFFSETS),
      occasional: change(STANDARD_OFFSETS),
      punctual: change(PUNCTUAL_OFFSETS),
      chronic: change(CHRONIC_OFFSETS),
      high_risk: change(HIGH_RISK_OFFSETS),
    },
  });
  const r3Of = (s: Scenario) => {
    everyDay(s, '2026-03-02', '2026-05-31');
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2', 'F-2026-014:r3']);
    return s.sent()[2];
  };

  it('with the call and the formal notice turned off, r3 promises neither', () => {
    const s = dupont(
      '',
      everySegment((o) => ({ ...o, call: null, notice: null })),
    );
    const r3 = r3Of(s);
    expect(logged(s, 'task')).toEqual([]);
    expect(logged(s, 'drafted')).toEqual([]);
    expect(r3?.subject).toBe('Dernier rappel – facture F-2026-014');
    expect(r3?.text).not.toMatch(/je vous appellerai|mise en demeure/);
    expect(r3?.text).toContain(
      'Si vous rencontrez une difficulté, un échelonnement reste possible',
    );
  });

  it('with only the call off, r3 announces the formal notice, not a call', () => {
    const s = dupont(
      'English',
      everySegment((o) => ({ ...o, call: null })),
    );
    const r3 = r3Of(s);
    expect(r3?.subject).toBe('Final reminder before formal notice – invoice F-2026-014');
    expect(r3?.text).toContain('Otherwise, I will then send you a formal notice to pay.');
    expect(r3?.text).not.toMatch(/call you/);
    expect(logged(s, 'drafted')).toEqual(['F-2026-014:notice']);
  });

  it('with only the notice off, r3 announces the call on its deadline and no formal notice', () => {
    const s = dupont(
      '',
      everySegment((o) => ({ ...o, notice: null })),
    );
    const r3 = r3Of(s);
    expect(r3?.subject).toBe('Dernier rappel – facture F-2026-014');
    expect(r3?.text).toContain('À défaut, je vous appellerai à cette date. Si vous rencontrez');
    expect(r3?.text).not.toMatch(/mise en demeure/);
    expect(logged(s, 'task')).toEqual(['F-2026-014:call']);
  });

  it('with both on, r3 announces the call on its deadline, then the notice', () => {
    const s = dupont('');
    const r3 = r3Of(s);
    expect(r3?.text).toContain(
      'À défaut, je vous appellerai à cette date, puis je vous adresserai une mise en demeure de payer.',
    );
  });
});

describe('the firm second reminder promises a procedure only when a step follows it', () => {
  type Offsets = typeof STANDARD_OFFSETS;
  const chronicWith = (change: (o: Offsets) => Offsets) => ({
    offsets: {
      new: STANDARD_OFFSETS,
      occasional: STANDARD_OFFSETS,
      punctual: PUNCTUAL_OFFSETS,
      chronic: change(CHRONIC_OFFSETS),
      high_risk: HIGH_RISK_OFFSETS,
    },
  });
  const r2Of = (s: Scenario) => {
    everyDay(s, '2026-03-02', '2026-03-16');
    expect(logged(s, 'sent')).toEqual(['F-2026-007:r1', 'F-2026-007:r2']);
    return s.sent()[1];
  };

  it('with r3, the call and the notice switched off, r2 says nothing of what follows', () => {
    const s = lefevre(
      '',
      chronicWith((o) => ({ ...o, r3: null, call: null, notice: null })),
    );
    const r2 = r2Of(s);
    expect(r2?.subject).toMatch(/^Deuxième rappel\s: règlement attendu – facture F-2026-007$/);
    expect(r2?.text).not.toMatch(/procédure de relance suivra son cours/);
    expect(r2?.text).toContain('afin que nous convenions ensemble d’un calendrier de paiement.');
    everyDay(s, '2026-03-17', '2026-05-31');
    expect(s.sent()).toHaveLength(2);
  });

  it('the same in English', () => {
    const s = lefevre(
      'English',
      chronicWith((o) => ({ ...o, r3: null, call: null, notice: null })),
    );
    const r2 = r2Of(s);
    expect(r2?.text).not.toMatch(/reminder process will continue/);
    expect(r2?.text).toContain('so that we can agree on a payment schedule.');
  });

  it('when the cap of reminders per invoice stops at r2 and nothing else is on, r2 promises nothing', () => {
    const s = lefevre('', {
      maxRemindersPerInvoice: 2,
      ...chronicWith((o) => ({ ...o, pre_due: null, call: null, notice: null })),
    });
    const r2 = r2Of(s);
    expect(r2?.text).not.toMatch(/suivra son cours/);
  });

  it('with only the formal notice still ahead, r2 says the procedure goes on', () => {
    const s = lefevre(
      '',
      chronicWith((o) => ({ ...o, r3: null, call: null })),
    );
    const r2 = r2Of(s);
    expect(r2?.text).toContain(
      'Sans règlement ni nouvelles de votre part, la procédure de relance suivra son cours.',
    );
  });

  it('with the default ladder, r2 says the procedure goes on, in English too', () => {
    const s = lefevre('English', {});
    const r2 = r2Of(s);
    expect(r2?.text).toContain(
      'Without payment or news from you, the reminder process will continue.',
    );
  });
});

describe('the partial-payment sentence points at a table the e-mail contains', () => {
  it('a key account’s r1 with a partial payment shows the table it speaks of, in both languages', () => {
    const s = scenario({
      rows: [
        HEADERS,
        [
          'F-2026-021',
          'Atelier Dupont',
          'compta@atelier-dupont.fr',
          1000,
          d('2026-02-26'),
          400,
          '',
        ],
        ['F-2026-022', 'Acme Inc', 'ap@acme.com', 1000, d('2026-02-26'), 250, 'English'],
      ],
      start: '2026-03-01T06:00:00Z',
    });
    s.at('2026-03-02');
    s.trigger();
    const fr = s.sent().find((m) => m.to.includes('compta@atelier-dupont.fr'));
    const en = s.sent().find((m) => m.to.includes('ap@acme.com'));
    expect(fr?.subject).toBe('Petit rappel – facture F-2026-021');
    expect(fr?.text).toContain('le tableau ci-dessous indique le reste dû');
    expect(fr?.text).toMatch(/Facture\s+Échéance\s+Montant\s+Reste dû/);
    expect(en?.subject).toBe('Quick reminder – invoice F-2026-022');
    expect(en?.text).toContain('the table below shows the balance still due');
    expect(en?.text).toMatch(/Invoice\s+Due date\s+Amount\s+Balance due/);
  });
});

/** Atelier Dupont's invoice F-2026-014 of 1,000 € due 26 February, in the standard columns. */
function dupontBook(start = '2026-03-01T06:00:00Z'): Scenario {
  return scenario({
    rows: book([
      ['F-2026-014', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1000, d('2026-02-26')],
    ]),
    start,
  });
}

/** The `Relance · note` cell of `invoice`'s row. */
function noteOf(s: Scenario, invoice: string): string {
  const [header = [], ...rows] = s.values();
  const column = header.findIndex((h) => String(h).startsWith('Relance · note'));
  return String(rows.find((r) => r[0] === invoice)?.[column] ?? '');
}

describe('a message that waits on its template or its values says why, with its own reason', () => {
  it('a payment link used outside a section, empty on the row: reason=missing_value, in both languages', () => {
    const s = dupontBook();
    for (const r1 of templatesOf(s).filter((t) => t.stage === 'r1' && t.language === 'fr')) {
      const body = r1.body.replace(
        '{{payment_instructions}}',
        'Réglez en ligne : {{payment_link}}',
      );
      expect((s.sidebar('saveTemplate', { ...r1, body }) as { ok: boolean }).ok).toBe(true);
    }
    s.at('2026-03-02');
    s.trigger();
    expect(s.sent()).toEqual([]);
    const row = s.logRows().find((r) => r.outcome === 'skipped' && r.stage === 'r1');
    expect(row?.detail).toMatch(/^reason=missing_value; error=/);
    expect(row?.detail).toContain('« {{payment_link}} » est vide pour ce message');
    expect(row?.detail).toContain('“{{payment_link}}” is empty for this message');
    expect(noteOf(s, 'F-2026-014')).toContain('« {{payment_link}} » est vide pour ce message');
  });

  it('a template broken in the tab fails with reason=template_error, in both languages', () => {
    const s = dupontBook();
    const sheet = s.runtime.spreadsheets
      .get(s.spreadsheetId)
      .sheets.find((tab) => tab.name.includes('modèles'));
    if (!sheet) throw new Error('no templates tab');
    s.values(sheet.name).forEach((r, i) => {
      if (r[0] === 'r1' && r[2] === 'fr')
        s.runtime.spreadsheets.setCells(s.spreadsheetId, sheet.name, i + 1, 5, [
          ['Rappel {{clinet}}'],
        ]);
    });
    s.at('2026-03-02');
    s.trigger();
    const row = s.logRows().find((r) => r.outcome === 'failed' && r.stage === 'r1');
    expect(row?.detail).toMatch(/^reason=template_error; error=/);
    expect(row?.detail).toContain('champ inconnu « {{clinet}} »');
    expect(row?.detail).toContain('unknown placeholder “{{clinet}}”');
  });
});

describe('a template that lost its signature', () => {
  const unsigned = (body: string) =>
    body.replace(/\n\{\{sender_name\}\}/g, '').replace(/\n\{\{sender_company\}\}/g, '');

  it('is refused by the editor with a message in both languages', () => {
    const s = dupontBook();
    const r1 = template(s, 'r1.all.fr.A');
    const saved = s.sidebar('saveTemplate', { ...r1, body: unsigned(r1.body) }) as {
      ok: boolean;
      issues: { message: { fr: string; en: string } }[];
    };
    expect(saved.ok).toBe(false);
    expect(saved.issues[0]?.message.fr).toContain(
      'le message n’est pas signé : ajoutez {{sender_name}}',
    );
    expect(saved.issues[0]?.message.en).toContain('the message is not signed: add {{sender_name}}');
    expect(template(s, 'r1.all.fr.A').body).toBe(r1.body);
  });

  /** The user deletes the signature lines of the French `stage` rows right in the tab. */
  function unsignInTab(s: Scenario, stage: string): void {
    const sheet = s.runtime.spreadsheets
      .get(s.spreadsheetId)
      .sheets.find((tab) => tab.name.includes('modèles'));
    if (!sheet) throw new Error('no templates tab');
    const grid = s.values(sheet.name) as string[][];
    const bodyColumn = (grid[0] ?? []).findIndex((h) => /corps|body/i.test(h)) + 1;
    grid.forEach((row, i) => {
      if (row[0] === stage && row[2] === 'fr') {
        s.runtime.spreadsheets.setCells(s.spreadsheetId, sheet.name, i + 1, bodyColumn, [
          [unsigned(String(row[bodyColumn - 1]))],
        ]);
      }
    });
  }

  it('edited in the tab itself is never sent unsigned: the reminder waits and says why', () => {
    const s = dupontBook();
    unsignInTab(s, 'r1');
    s.at('2026-03-02');
    s.trigger();
    expect(s.sent()).toEqual([]);
    const waiting = s.logRows().filter((r) => r.outcome === 'skipped' && r.stage === 'r1');
    expect(waiting[0]?.detail).toMatch(/^reason=template_unsigned; error=/);
    expect(waiting[0]?.detail).toContain('n’est pas signé');
    expect(waiting[0]?.detail).toContain('is not signed');
    // Today and the row's note say the same, in the user's language.
    const today = s.sidebar('getToday') as { emails: { templateError: string | null }[] };
    const shown = today.emails[0]?.templateError ?? '';
    expect(shown).toContain('le message n’est pas signé');
    expect(noteOf(s, 'F-2026-014')).toBe(shown);
  });

  it('the start guide’s test e-mail refused for it says why in the interface’s language', () => {
    const s = dupontBook('2026-03-02T07:00:00Z');
    unsignInTab(s, 'r1');
    s.sidebar('setInterfaceLanguage', 'en');
    expect(() => s.sidebar('sendSetupTest')).toThrow(/the message is not signed/);
  });

  it('a payment plan’s instalment note edited in the tab waits too, never unsigned', () => {
    const s = brunOnAPlan('2026-03-10');
    unsignInTab(s, 'plan_note');
    everyDay(s, '2026-03-02', '2026-03-09');
    expect(s.sent().filter((m) => m.subject.startsWith('Échéancier'))).toEqual([]);
    const waiting = s.logRows().filter((r) => r.outcome === 'skipped' && r.stage === 'plan_note');
    expect(waiting.at(-1)?.detail).toContain('n’est pas signé');
  });
});
