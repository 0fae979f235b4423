/**
 * The daily run of the compiled bundle in the offline runtime, day by day: which e-mails go out,
 * when, to whom, at which stage and in which thread (README "How Relance decides", docs/architecture.md).
 * Standard schedule for a new client: pre_due −3, r1 +3, r2 +10, r3 +24, call +30, notice +45.
 */
import { describe, expect, it } from 'vitest';
import { book, d, everyDay, logged, scenario } from './support/world.ts';

const DUPONT = ['Atelier Dupont', 'compta@atelier-dupont.fr'] as const;
const LUMIERE = ['Studio Lumière', 'factures@studio-lumiere.fr'] as const;
const GIRARD = ['Menuiserie Girard', 'luc@menuiserie-girard.fr'] as const;

const recipients = (s: ReturnType<typeof scenario>) => s.sent().map((m) => m.to.join(','));

describe('a first run on a fresh sheet', () => {
  const rows = book([
    ['F-2026-014', ...DUPONT, 1200, d('2026-02-26')],
    ['F-2026-015', ...LUMIERE, 450, d('2026-03-05')],
    ['F-2026-016', ...GIRARD, 300, d('2026-02-20')],
  ]);

  it('sends r1 (its Sunday date moved to Monday) and a pre-due reminder, and nothing twice', () => {
    const s = scenario({ rows });
    s.at('2026-03-02');
    s.trigger();
    expect(recipients(s)).toEqual(
      expect.arrayContaining(['compta@atelier-dupont.fr', 'factures@studio-lumiere.fr']),
    );
    expect(logged(s, 'sent')).toEqual(
      expect.arrayContaining(['F-2026-014:r1', 'F-2026-015:pre_due']),
    );
    const before = s.sent().length;
    s.at('2026-03-02', '15:00:00');
    s.inDoc('runRemindersNow');
    expect(s.sent().length).toBe(before);
    expect(logged(s, 'pending')).toEqual([]);
  });

  it('writes where each invoice stands in the status columns, matched by number', () => {
    const s = scenario({ rows });
    s.at('2026-03-02');
    s.trigger();
    const values = s.values();
    const header = values[0] as string[];
    const stage = header.indexOf('Relance · étape');
    const last = header.indexOf('Relance · dernière');
    expect(stage).toBeGreaterThan(4);
    const row = values.find((r) => r[0] === 'F-2026-014') as unknown[];
    expect(row[stage]).toBe('Relance 1');
    expect(row[last]).toBe('2026-03-02');
  });

  it('in test mode sends every message to the user, marked, and nothing to clients', () => {
    const s = scenario({ rows, live: false });
    s.at('2026-03-02');
    s.trigger();
    expect(s.sent().length).toBeGreaterThan(0);
    for (const m of s.sent()) {
      expect(m.to).toEqual([s.user]);
      expect(m.subject.startsWith('[TEST]')).toBe(true);
      expect(m.text).toContain('compta@atelier-dupont.fr'.slice(0, 5));
    }
    expect(logged(s, 'sent')).toEqual([]);
    expect(logged(s, 'test_sent').length).toBeGreaterThan(0);
  });
});

describe('over the following days', () => {
  it('after missed days sends the next stage, r1, never a later one first', () => {
    // Due 16 February: r1 (19 Feb) and r2 (26 Feb) are both past on 2 March.
    const s = scenario({ rows: book([['F-2026-020', ...DUPONT, 800, d('2026-02-16')]]) });
    s.at('2026-03-02');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-020:r1']);
    // The rhythm is kept from that late r1: r2 seven days later, not the next morning.
    everyDay(s, '2026-03-03', '2026-03-09');
    expect(logged(s, 'sent')).toEqual(['F-2026-020:r1', 'F-2026-020:r2']);
    expect(s.logRows().find((r) => r.stage === 'r2' && r.outcome === 'sent')?.date).toBe(
      '2026-03-09',
    );
  });

  it('groups invoices of one client due the same day into one message', () => {
    const s = scenario({
      rows: book([
        ['F-2026-021', ...LUMIERE, 1480, d('2026-02-26')],
        ['F-2026-022', ...LUMIERE, 620, d('2026-02-26')],
      ]),
    });
    s.at('2026-03-02');
    s.trigger();
    expect(s.sent()).toHaveLength(1);
    const [message] = s.sent();
    expect(message?.text).toContain('F-2026-021');
    expect(message?.text).toContain('F-2026-022');
    const keys = new Set(
      s
        .logRows()
        .filter((r) => r.outcome === 'sent')
        .map((r) => r.key),
    );
    expect(keys.size).toBe(1);
  });

  it('sends r2 ten days later in the thread of r1, to the client', () => {
    const s = scenario({ rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-26')]]) });
    s.at('2026-03-02');
    s.trigger();
    s.at('2026-03-09');
    s.trigger();
    const [r1, r2] = s.sent();
    expect(r2?.to).toEqual(['compta@atelier-dupont.fr']);
    expect(r2?.threadId).toBe(r1?.threadId);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
  });

  /**
   * Atelier Dupont got r1 on 2 March and replied in its thread on 4 March (pauses until the user
   * resumes); 9 March, the day r2 would go.
   */
  function dupontRepliedAfterFirstReminder() {
    const s = scenario({ rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-26')]]) });
    s.at('2026-03-02');
    s.trigger();
    const thread = s.sent()[0]?.threadId as string;
    s.mailbox.deliverReply(thread, {
      from: `Marie Dupont <${DUPONT[1]}>`,
      body: 'Bonjour, le virement part vendredi.',
      at: new Date('2026-03-04T10:00:00Z'),
    });
    s.saveSettings({ pauseDaysAfterReply: 0 });
    s.at('2026-03-09');
    return s;
  }

  it('leaves a client who replied since the last run out of “Run now”’s list, as the run does', () => {
    const s = dupontRepliedAfterFirstReminder();
    const preview = s.sidebar('previewRunNow') as { emails: unknown[] };
    expect(preview.emails).toEqual([]);
    s.trigger();
    expect(s.sent()).toHaveLength(1);
  });

  it('pauses a client who replied in the thread, until the user resumes', () => {
    const s = dupontRepliedAfterFirstReminder();
    s.trigger();
    expect(s.sent()).toHaveLength(1);
    expect(s.logRows().filter((r) => r.outcome === 'paused')).toHaveLength(1);
    s.sidebar('resumeClient', { clientKey: s.logRows()[0]?.client });
    s.at('2026-03-10');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
  });

  it('waits for a promise-to-pay date, then resumes', () => {
    const s = scenario({
      rows: [
        [...['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance'], 'Promesse de paiement'],
        ['F-2026-030', ...GIRARD, 900, d('2026-02-20'), d('2026-03-06')],
      ],
    });
    s.at('2026-03-02');
    s.trigger();
    expect(s.sent()).toHaveLength(0);
    s.at('2026-03-09');
    s.trigger();
    expect(s.sent()).toHaveLength(1);
  });

  it('asks a partly paid invoice for its balance only', () => {
    const s = scenario({
      rows: [
        [...['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance'], 'Montant payé'],
        ['F-2026-031', ...GIRARD, 2000, d('2026-02-26'), 800],
      ],
    });
    s.at('2026-03-02');
    s.trigger();
    expect(s.sent()[0]?.text).toMatch(/1\s?200,00/);
  });

  it('stops an invoice paid in the middle of its sequence', () => {
    const s = scenario({
      rows: [
        [...['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance'], 'Payée le'],
        ['F-2026-014', ...DUPONT, 1200, d('2026-02-26'), ''],
      ],
    });
    s.at('2026-03-02');
    s.trigger();
    s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 2, 6, [[d('2026-03-05')]]);
    s.at('2026-03-09');
    s.trigger();
    s.at('2026-03-24');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
  });

  it('drafts the formal notice and records the phone call as a task, never sending them', () => {
    const s = scenario({
      rows: book([['F-2026-011', ...GIRARD, 3600, d('2026-01-05')]]),
      start: '2026-01-06T07:00:00Z',
    });
    everyDay(s, '2026-01-06', '2026-03-02');
    expect(logged(s, 'sent')).toEqual(['F-2026-011:r1', 'F-2026-011:r2', 'F-2026-011:r3']);
    expect(logged(s, 'task')).toEqual(['F-2026-011:call']);
    expect(logged(s, 'drafted')).toEqual(['F-2026-011:notice']);
    expect(s.sent()).toHaveLength(3);
    expect(s.mailbox.drafts()).toHaveLength(1);
    expect(s.mailbox.drafts()[0]?.to).toEqual([GIRARD[1]]);
  });

  it('moves a stage off a French public holiday and the weekend after it', () => {
    // r1 = 28 April + 3 = Friday 1 May (Fête du Travail) → Monday 4 May.
    const s = scenario({
      rows: book([['F-2026-040', ...DUPONT, 700, d('2026-04-28')]]),
      start: '2026-04-20T07:00:00Z',
    });
    for (const day of ['2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03']) {
      s.at(day);
      s.trigger();
    }
    expect(logged(s, 'sent')).toEqual([]);
    s.at('2026-05-04');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-040:r1']);
    expect(s.sent()[0]?.date.toISOString().slice(0, 10)).toBe('2026-05-04');
  });
});

describe('limits and guards', () => {
  const three = book([
    ['F-2026-050', ...DUPONT, 300, d('2026-02-26')],
    ['F-2026-051', ...LUMIERE, 5000, d('2026-02-26')],
    ['F-2026-052', ...GIRARD, 1200, d('2026-02-26')],
  ]);

  it('sends the most overdue amounts first within the quota and carries the rest over', () => {
    const s = scenario({ rows: three });
    s.mailbox.setQuota(2);
    s.at('2026-03-02');
    const report = s.trigger();
    expect(recipients(s)).toEqual([LUMIERE[1], GIRARD[1]]);
    expect(report.carriedOver).toBe(1);
    // Counted in the run's row and shown in its status column, not one more log row a day.
    expect(logged(s, 'carried_over')).toEqual([]);
    expect(s.logRows().find((r) => r.outcome === 'run')?.detail).toContain('carried=1');
    const dupont = s.values().find((r) => r[0] === 'F-2026-050') ?? [];
    expect(dupont.join('|')).toContain('Reportée à la prochaine exécution');
    // The quota window ends 24 hours after its first send.
    s.at('2026-03-03', '09:30:00');
    s.trigger();
    expect(recipients(s)).toEqual([LUMIERE[1], GIRARD[1], DUPONT[1]]);
  });

  it('records and exits when another run holds the lock; the next run sends', () => {
    const s = scenario({ rows: three });
    s.locks.holdLock('document', s.spreadsheetId);
    s.locks.holdLock('user', s.user);
    s.at('2026-03-02');
    const report = s.trigger();
    expect(report.status).toBe('skipped');
    expect((report.stop as { code: string }).code).toBe('locked');
    expect(s.sent()).toHaveLength(0);
    s.locks.release('document', s.spreadsheetId);
    s.locks.release('user', s.user);
    s.at('2026-03-02', '10:00:00');
    s.trigger();
    expect(s.sent()).toHaveLength(3);
  });

  it('exits without sending when authorization is required', () => {
    const s = scenario({ rows: three });
    s.authorization.requireAuthorization();
    s.at('2026-03-02');
    const report = s.trigger();
    expect((report.stop as { code: string }).code).toBe('authorization_required');
    expect(s.mailbox.sent()).toHaveLength(0);
  });

  it('installs one daily trigger, replaces it on a second install and removes it when off', () => {
    const s = scenario({ rows: three });
    s.sidebar('setAutomation', true);
    s.sidebar('setAutomation', true);
    expect(s.triggers.list()).toHaveLength(1);
    expect(s.triggers.list()[0]?.handler).toBe('runReminders');
    s.fireTriggersUntil(new Date('2026-03-02T12:00:00Z'));
    expect(s.sent().length).toBe(3);
    s.sidebar('setAutomation', false);
    expect(s.triggers.list()).toHaveLength(0);
  });

  it('shows the automation as it just set it, without listing the triggers again', () => {
    const s = scenario({ rows: three });
    const kernel = s.runtime.kernel;
    kernel.resetCounters();
    const on = s.sidebar('setAutomation', true) as { automation: { installed: boolean } };
    expect(on.automation.installed).toBe(true);
    // Once, to replace an earlier trigger of the user's; the answer comes from the install.
    expect(kernel.count('ScriptApp.getProjectTriggers')).toBe(1);
    const off = s.sidebar('setAutomation', false) as { automation: { installed: boolean } };
    expect(off.automation.installed).toBe(false);
    expect(s.triggers.list()).toHaveLength(0);
  });

  it('keeps typed text as text: nothing it writes becomes a formula or a number', () => {
    const s = scenario({
      rows: book([
        [
          { text: '0012', format: '@' },
          '+33 Conseil',
          'contact@33conseil.fr',
          640,
          d('2026-02-26'),
        ],
        [{ text: '=2+2', format: '@' }, '@Studio', 'hello@studio.fr', 200, d('2026-02-26')],
      ]),
    });
    s.at('2026-03-02');
    s.trigger();
    const invoices = s
      .logRows()
      .filter((r) => r.outcome === 'sent')
      .map((r) => r.invoices);
    expect(invoices.sort()).toEqual(['0012', '=2+2']);
    const log = s.runtime.spreadsheets
      .get(s.spreadsheetId)
      .sheets.find((t) => t.name.startsWith('Relance · journal'));
    const formulas = s.runtime.spreadsheets.sheetFormulas(s.spreadsheetId, log?.name as string);
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
    expect(s.values()[1]?.[0]).toBe('0012');
  });
});
