/**
 * Safety of the compiled bundle against what a real sheet, its editors and Google's quotas do:
 * nothing is sent twice, nothing is sent against what the stored settings say, and one bad
 * message never holds back the others.
 */
import { describe, expect, it } from 'vitest';
import { openDemoAddon } from '../../local/demo/demo-addon.ts';
import { storedSettings } from '../../local/demo/stored-settings.ts';
import { DEMO_CLIENTS, demoInvoicesGrid } from '../../local/demo/workbook.ts';
import type { CalendarDate } from '../../src/core/calendar-date.ts';
import { clearLog, cutAfterSends } from './support/log-faults.ts';
import { book, DIST, d, HEADERS, type Scenario, scenario } from './support/world.ts';

const DUPONT = ['Atelier Dupont', 'compta@atelier-dupont.fr'] as const;
const LUMIERE = ['Studio Lumière', 'factures@studio-lumiere.fr'] as const;

/** Runs the daily trigger on each day from `from`, every `step` days, `count` times. */
function runDays(s: Scenario, from: string, count: number, step = 1): void {
  const start = new Date(`${from}T00:00:00Z`).getTime();
  for (let i = 0; i < count; i++) {
    s.at(new Date(start + i * step * 86_400_000).toISOString().slice(0, 10));
    s.trigger();
  }
}

/** Every (stage, invoice list) pair of `outcome` rows, as the log reads them back. */
function stagesOf(s: Scenario, outcomes: readonly string[]): string[] {
  return s
    .logRows()
    .filter((r) => outcomes.includes(r.outcome))
    .map((r) => `${r.stage}:${r.invoices}`);
}

describe('invoice numbers in the log round-trip exactly', () => {
  for (const number of ['F-2026-001, avoir', 'F-2026-002; acompte', 'F-2026-003\nsolde']) {
    it(`«${number.replace('\n', '\\n')}» never gets a stage twice over ten weeks`, () => {
      const s = scenario({
        rows: book([
          [number, ...DUPONT, 1200, d('2026-02-20')],
          ['F-2026-010', ...LUMIERE, 450, d('2026-02-20')],
        ]),
      });
      runDays(s, '2026-03-02', 70);
      const done = stagesOf(s, ['sent', 'drafted', 'task']).filter((x) => x.includes('F-2026-00'));
      expect(done.length).toBeGreaterThan(2);
      expect(new Set(done).size).toBe(done.length);
      expect(done.filter((x) => x.startsWith('notice:'))).toHaveLength(1);
      expect(done.filter((x) => x.startsWith('call:'))).toHaveLength(1);
    });
  }

  it('a number longer than a sane length is a row error, never a split or cut log cell', () => {
    const long = `F-${'9'.repeat(300)}`;
    const s = scenario({
      rows: book([
        [long, ...DUPONT, 1200, d('2026-02-20')],
        ['F-2026-010', ...LUMIERE, 450, d('2026-02-20')],
      ]),
    });
    s.at('2026-03-02');
    const report = s.trigger() as { rowErrorMessages: string[] };
    expect(report.rowErrorMessages.join('\n')).toMatch(/numéro de facture.*trop long/);
    expect(s.sent().map((m) => m.to.join())).toEqual(['factures@studio-lumiere.fr']);
  });
});

describe('a message needing more recipients than the quota left fails alone', () => {
  const team = Array.from({ length: 15 }, (_, i) => `compta${i + 1}@atelier-dupont.fr`).join(', ');

  it('the others still go out, and the big one says why', () => {
    const s = scenario({
      quota: 12,
      rows: book([
        ['F-2026-201', 'Atelier Dupont', team, 9800, d('2026-02-20')],
        ['F-2026-202', ...LUMIERE, 450, d('2026-02-20')],
        ['F-2026-203', 'Menuiserie Girard', 'luc@menuiserie-girard.fr', 300, d('2026-02-20')],
      ]),
    });
    s.at('2026-03-02');
    const report = s.trigger() as { failures: string[]; stop: unknown; carriedOver: number };
    expect(s.sent().map((m) => m.to.join())).toEqual(
      expect.arrayContaining(['factures@studio-lumiere.fr', 'luc@menuiserie-girard.fr']),
    );
    expect(report.carriedOver).toBe(0);
    const failed = s.logRows().filter((r) => r.outcome === 'failed');
    expect(failed.map((r) => r.invoices)).toEqual(['F-2026-201']);
    expect(failed[0]?.detail).toMatch(/15/);
  });

  it('a recipient cell above the sane limit is a row error, and the rest go out', () => {
    const crowd = Array.from({ length: 120 }, (_, i) => `a${i}@atelier-dupont.fr`).join('; ');
    const s = scenario({
      rows: book([
        ['F-2026-211', 'Atelier Dupont', crowd, 9800, d('2026-02-20')],
        ['F-2026-212', ...LUMIERE, 450, d('2026-02-20')],
      ]),
    });
    s.at('2026-03-02');
    const report = s.trigger() as { rowErrorMessages: string[] };
    expect(report.rowErrorMessages.join('\n')).toMatch(/120 adresses ; au plus 20/);
    expect(s.sent().map((m) => m.to.join())).toEqual(['factures@studio-lumiere.fr']);
  });
});

describe('one source of truth for the settings, whoever edits them', () => {
  const OWNER_BOOK = book([
    ['F-2026-301', ...DUPONT, 1200, d('2026-02-26')],
    ['F-2026-302', ...LUMIERE, 450, d('2026-02-26')],
  ]);
  const PARTNER = 'associee@atelier-martin.fr';

  /** The owner turns the daily run on from their sidebar; returns a way to act as the partner. */
  function liveWithPartner() {
    const s = scenario({ rows: OWNER_BOOK });
    s.at('2026-03-01', '10:00:00');
    s.sidebar('setAutomation', true);
    const owner = s.runtime.userEmail;
    const asPartner = <T>(fn: string, ...args: unknown[]): T => {
      s.runtime.userEmail = PARTNER;
      try {
        return s.sidebar(fn, ...args) as T;
      } finally {
        s.runtime.userEmail = owner;
      }
    };
    return { s, owner, asPartner };
  }

  const clientMail = (s: Scenario) => s.sent().filter((m) => !m.to.includes(s.user));

  it('a partner who turns test mode back on: the owner’s trigger sends no live reminder', () => {
    const { s, asPartner } = liveWithPartner();
    asPartner('saveSettings', { ...s.settings(), testMode: true });
    s.fireTriggersUntil(new Date('2026-03-02T20:00:00Z'));
    expect(s.triggers.fired().length).toBe(1);
    expect(clientMail(s)).toEqual([]);
    expect(s.sent().length).toBeGreaterThan(0);
  });

  it('a partner who stops all sending: the owner’s trigger runs and sends nothing', () => {
    const { s, owner, asPartner } = liveWithPartner();
    const view = asPartner<{ automation: Record<string, unknown> }>('setAutomation', false);
    expect(view.automation).toMatchObject({ wanted: false, owner, ownedByMe: false });
    s.fireTriggersUntil(new Date('2026-03-04T20:00:00Z'));
    expect(s.triggers.fired().length).toBe(3);
    expect(s.sent()).toEqual([]);
    const mine = s.sidebar('getSidebarState') as { settings: { automation: unknown } };
    expect(mine.settings.automation).toMatchObject({ owner, ownedByMe: true, wanted: false });
  });

  it('every editor sees who owns the daily trigger', () => {
    const { owner, asPartner } = liveWithPartner();
    const state = asPartner<{ settings: { automation: unknown } }>('getSidebarState');
    expect(state.settings.automation).toMatchObject({
      wanted: true,
      installed: true,
      owner,
      ownedByMe: false,
    });
  });

  it('saving works when the user property store is full, and the trigger obeys it', () => {
    const { s } = liveWithPartner();
    const full = s.runtime.properties.user(s.user);
    for (let i = 0; full.size < 60; i++) full.set(`other.add-on.${i}`, 'x'.repeat(8_500));
    const saved = s.sidebar('saveSettings', { ...s.settings(), testMode: true }) as { ok: boolean };
    expect(saved.ok).toBe(true);
    s.fireTriggersUntil(new Date('2026-03-02T20:00:00Z'));
    expect(clientMail(s)).toEqual([]);
  });

  it('damaged settings: the sidebar says so (not "set up"), nothing is sent, restore brings them back', () => {
    const { s } = liveWithPartner();
    const book_ = s.runtime.spreadsheets;
    const text = book_.metadataValue(s.spreadsheetId, 'relance.settings') ?? '';
    book_.setMetadataValue(
      s.spreadsheetId,
      'relance.settings',
      text.replace('"minGapDays":5', '"minGapDays":-2'),
    );
    const state = s.sidebar('getSidebarState') as {
      firstView: string;
      settings: { storage: { state: string; lastGoodAt: string | null } };
    };
    expect(state.settings.storage.state).toBe('damaged');
    expect(state.settings.storage.lastGoodAt).not.toBeNull();
    expect(state.firstView).not.toBe('start');
    s.fireTriggersUntil(new Date('2026-03-02T20:00:00Z'));
    expect(s.sent()).toEqual([]);
    const restored = s.sidebar('restoreSettings') as { storage: { state: string } };
    expect(restored.storage.state).toBe('ok');
    expect(s.settings()).toMatchObject({ minGapDays: 5, testMode: false, automation: true });
    s.fireTriggersUntil(new Date('2026-03-03T20:00:00Z'));
    expect(clientMail(s).length).toBeGreaterThan(0);
  });

  it('settings an earlier version kept in document properties are copied into the spreadsheet', () => {
    const s = scenario({ rows: OWNER_BOOK });
    const legacy = { ...s.settings(), senderName: 'Camille M.', testMode: true };
    const book_ = s.runtime.spreadsheets.get(s.spreadsheetId);
    book_.metadata = [];
    s.runtime.properties.document(s.spreadsheetId).set('relance.settings', JSON.stringify(legacy));
    const state = s.sidebar('getSidebarState') as {
      settings: { settings: { senderName: string } };
    };
    expect(state.settings.settings.senderName).toBe('Camille M.');
    expect(s.settings()).toMatchObject({ senderName: 'Camille M.' });
  });
});

describe('duplicate invoice numbers', () => {
  const noteOf = (s: Scenario, number: string): string => {
    const values = s.values();
    const header = values[0] as string[];
    const note = header.findIndex((h) => String(h).startsWith('Relance · note'));
    const rows = values.filter((r) => r[0] === number);
    return rows.map((r) => String(r[note])).join(' | ');
  };

  it('numbers differing only by case, spaces, zero-width or non-breaking characters are one invoice', () => {
    const s = scenario({
      rows: book([
        ['F-2026-005', ...DUPONT, 1200, d('2026-02-20')],
        ['f-2026-005\u200b', ...DUPONT, 1200, d('2026-02-20')],
        ['F-2026\u00a0-005 ', ...DUPONT, 1200, d('2026-02-20')],
        ['F-2026-006', ...LUMIERE, 450, d('2026-02-20')],
      ]),
    });
    s.at('2026-03-02');
    const report = s.trigger() as { rowErrorMessages: string[] };
    expect(report.rowErrorMessages.join('\n')).toMatch(/Ligne 3 : .*F-2026-005.*lignes 2, 3 et 4/i);
    expect(s.sent().map((m) => m.to.join())).toEqual(['factures@studio-lumiere.fr']);
    for (const m of s.sent()) expect(m.text).not.toMatch(/F-2026-005/i);
  });

  it('both rows say the invoice is not chased until the duplicate is fixed, once', () => {
    const s = scenario({
      rows: book([
        ['F-2026-005', ...DUPONT, 1200, d('2026-02-20')],
        ['F-2026-006', ...LUMIERE, 450, d('2026-02-20')],
        ['F-2026-005', ...DUPONT, 1200, d('2026-02-20')],
      ]),
    });
    s.at('2026-03-02');
    s.trigger();
    const note = noteOf(s, 'F-2026-005');
    expect(note).toMatch(/lignes 2 et 4/);
    expect(note).toMatch(/pas relancée tant que/);
    expect(note).not.toMatch(/Ligne \d+ : Ligne/);
    const today = s.sidebar('getToday') as { skipped?: { reason: string }[] };
    expect(JSON.stringify(today)).toMatch(/lignes 2 et 4/);
    expect(JSON.stringify(today)).not.toMatch(/Ligne \d+ : Ligne/);
  });
});

describe('a cleared or deleted log tab', () => {
  function logTab(s: Scenario) {
    const tab = s.runtime.spreadsheets
      .get(s.spreadsheetId)
      .sheets.find((t) => t.name.startsWith('Relance · journal'));
    if (!tab) throw new Error('no log tab');
    return tab;
  }

  for (const how of ['cleared', 'deleted then set up again'] as const) {
    it(`${how}: no sequence starts over, the next stage still comes once`, () => {
      const s = scenario({
        rows: book([
          ['F-2026-401', ...DUPONT, 1200, d('2026-02-20')],
          ['F-2026-402', ...LUMIERE, 450, d('2026-02-27')],
        ]),
      });
      runDays(s, '2026-03-02', 3);
      const before = stagesOf(s, ['sent']);
      expect(before.length).toBeGreaterThan(0);
      if (how === 'cleared') {
        const tab = logTab(s);
        s.runtime.spreadsheets.deleteRows(s.spreadsheetId, tab.name, 2, s.logRows().length);
      } else {
        const book_ = s.runtime.spreadsheets.get(s.spreadsheetId);
        book_.sheets = book_.sheets.filter((t) => !t.name.startsWith('Relance · journal'));
        s.inDoc('setUpRelance');
      }
      const sentBefore = s.sent().length;
      runDays(s, '2026-03-05', 30);
      const again = s
        .sent()
        .slice(sentBefore)
        .map((m) => m.subject);
      // Each stage has its own subject: one message per client and subject, over the whole time.
      const messages = s.sent().map((m) => `${m.to.join()}|${m.subject}`);
      expect(new Set(messages).size).toBe(messages.length);
      expect(again.length).toBeGreaterThan(0);
      expect(s.logRows().some((r) => r.detail.includes('rebuilt=status_columns'))).toBe(true);
    });
  }
});

describe('a log cleared after a run cut between its sends and its status columns', () => {
  const ROWS = book([
    ['F-2026-451', ...DUPONT, 1200, d('2026-02-20')],
    ['F-2026-452', ...LUMIERE, 450, d('2026-02-27')],
  ]);
  const clientMessages = (s: Scenario) =>
    s
      .sent()
      .filter((m) => !m.to.includes(s.user))
      .map((m) => `${m.to.join()}|${m.subject}`);

  for (const [when, method] of [
    ['before the log settled', 'Sheet.getRange'],
    ['before the status write', 'Sheet.getDataRange'],
  ] as const) {
    it(`cut ${when}: the next run finds the sends in Sent mail and sends nothing twice`, () => {
      const s = scenario({ rows: ROWS });
      s.at('2026-03-02');
      s.trigger();
      s.at('2026-03-09');
      cutAfterSends(s, 2, method);
      expect(clientMessages(s).filter((m) => m.includes('Deuxième rappel'))).toHaveLength(2);
      clearLog(s);
      runDays(s, '2026-03-10', 25);
      const messages = clientMessages(s);
      expect(new Set(messages).size, messages.join('\n')).toBe(messages.length);
      // The sequence goes on from the second reminder: the third one still comes, once each.
      expect(messages.filter((m) => m.includes('Troisième') || m.includes('Dernier'))).not.toEqual(
        [],
      );
      const rebuilt = s.logRows().filter((r) => r.detail.includes('rebuilt=sent_mail'));
      expect(rebuilt.map((r) => `${r.stage}:${r.invoices}:${r.date}`).sort()).toEqual([
        'r2:F-2026-451:2026-03-09',
        'r2:F-2026-452:2026-03-09',
      ]);
    });
  }

  it('cut inside a send, then the log cleared: its draft goes, the reminder goes once', () => {
    const s = scenario({ rows: ROWS });
    s.at('2026-03-02');
    s.trigger();
    s.at('2026-03-09');
    let sends = 0;
    const stop = s.runtime.kernel.onCall((m, index) => {
      if (m === 'GmailDraft.send' && ++sends === 2) s.runtime.kernel.cutAtCall = index;
    });
    expect(() => s.trigger()).toThrow();
    stop();
    expect(s.mailbox.drafts()).toHaveLength(1);
    clearLog(s);
    s.at('2026-03-10');
    s.trigger();
    expect(s.mailbox.drafts()).toEqual([]);
    const messages = clientMessages(s);
    expect(new Set(messages).size).toBe(messages.length);
    expect(messages.filter((m) => m.includes('Deuxième rappel'))).toHaveLength(2);
  });

  it('the very first run cut, then the log cleared: nothing goes a second time', () => {
    const s = scenario({ rows: ROWS });
    s.at('2026-03-02');
    cutAfterSends(s, 2, 'Sheet.getDataRange');
    clearLog(s);
    runDays(s, '2026-03-03', 5);
    const messages = clientMessages(s);
    expect(messages).toHaveLength(2);
    expect(s.logRows().filter((r) => r.detail.includes('rebuilt=sent_mail'))).toHaveLength(2);
  });

  it('when Gmail cannot be asked, an empty log sends nothing and says why, in both languages', () => {
    const s = scenario({ rows: ROWS });
    s.at('2026-03-02');
    let failed = false;
    const stop = s.runtime.kernel.onCall((m) => {
      if (m === 'GmailApp.search' && !failed) {
        failed = true;
        throw new Error('Service error: Gmail');
      }
    });
    const report = s.trigger() as { stop: { code: string; message: { fr: string; en: string } } };
    stop();
    expect(report.stop.code).toBe('history_unverified');
    expect(report.stop.message.fr).toMatch(/rien n’est envoyé/);
    expect(report.stop.message.en).toMatch(/nothing is sent/);
    expect(clientMessages(s)).toEqual([]);
    s.at('2026-03-03');
    s.trigger();
    expect(clientMessages(s)).toHaveLength(2);
  });

  it('a log holding rows is not searched again: the search happens only on a rebuild', () => {
    const s = scenario({ rows: ROWS });
    s.at('2026-03-02');
    s.trigger();
    s.at('2026-03-09');
    const before = s.runtime.kernel.counters.get('GmailApp.search') ?? 0;
    s.trigger();
    // Reply detection's one search; no search for references (no pending row, log not empty).
    expect((s.runtime.kernel.counters.get('GmailApp.search') ?? 0) - before).toBe(1);
  });
});

describe('the stop for an edited log header', () => {
  it('names the missing columns in each language, as the headers read', () => {
    const s = scenario({ rows: book([['F-2026-501', ...DUPONT, 1200, d('2026-02-20')]]) });
    s.at('2026-03-02');
    s.trigger();
    const tab = s.runtime.spreadsheets
      .get(s.spreadsheetId)
      .sheets.find((t) => t.name.startsWith('Relance · journal'));
    s.runtime.spreadsheets.setCells(s.spreadsheetId, tab?.name ?? '', 1, 5, [['Notes']]);
    s.at('2026-03-03');
    const report = s.trigger() as { stop: { message: { fr: string; en: string } } };
    expect(report.stop.message.fr).toMatch(/Factures/);
    expect(report.stop.message.fr).not.toMatch(/invoiceNumbers/);
    expect(report.stop.message.en).toMatch(/Invoices/);
    expect(report.stop.message.en).not.toMatch(/Factures/);
    expect(s.sent()).toHaveLength(1);
  });
});

describe('status columns and the user’s own cells', () => {
  it('are added after the last used column, never over notes without a header', () => {
    const rows = book([
      ['F-2026-601', ...DUPONT, 1200, d('2026-02-20')],
      ['F-2026-602', ...LUMIERE, 450, d('2026-02-20')],
    ]);
    (rows[1] as unknown[]).push('', 'Rappeler lundi');
    const s = scenario({ rows });
    s.at('2026-03-02');
    s.trigger();
    const values = s.values();
    expect(values[1]?.[6]).toBe('Rappeler lundi');
    const header = values[0] as string[];
    expect(header.indexOf('Relance · étape')).toBeGreaterThan(6);
  });
});

describe('a status header that clashes with a column of the user’s', () => {
  const ROWS = () =>
    book([
      ['F-2026-651', ...DUPONT, 1200, d('2026-02-20')],
      ['F-2026-652', ...LUMIERE, 450, d('2026-02-20')],
    ]);

  for (const header of ['Relance · note', 'Relance · stage'] as const) {
    it(`a column of the user’s headed «${header}» is never written into, and the run says so`, () => {
      const rows = ROWS();
      rows[0] = [...HEADERS, header];
      (rows[1] as unknown[]).push('Appeler Mme Dupont avant le 15');
      (rows[2] as unknown[]).push('');
      const s = scenario({ rows });
      s.at('2026-03-02');
      const report = s.trigger() as { failures: string[] };
      const values = s.values();
      expect(values[0]).toEqual([...HEADERS, header]);
      expect(values[1]?.[5]).toBe('Appeler Mme Dupont avant le 15');
      // The reminders still went; the note names the column by its header and letter.
      expect(s.sent()).toHaveLength(2);
      const note = report.failures.join('\n');
      expect(note).toContain(`« ${header} » (colonne F)`);
      expect(note).toMatch(/Renommez votre colonne/);
      const today = s.sidebar('getToday') as { lastRun: { failures: string[] } };
      expect(today.lastRun.failures.join('\n')).toContain(`« ${header} » (colonne F)`);
    });
  }

  it('Relance’s own headers edited: the run reports it in the user’s language, writes nothing', () => {
    const s = scenario({ rows: ROWS() });
    s.saveSettings({ language: 'en' });
    s.at('2026-03-02');
    s.trigger();
    const header = s.values()[0] as string[];
    const stage = header.findIndex((h) => h === 'Relance · stage' || h === 'Relance · étape');
    expect(stage).toBeGreaterThan(4);
    s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 1, stage + 1, [['My stage']]);
    const before = s.values();
    s.at('2026-03-09');
    const report = s.trigger() as { failures: string[] };
    expect(report.failures.join('\n')).toMatch(
      /Status columns not written: .*Relance · last.*\(column [A-Z]+\)/,
    );
    expect(s.values().map((r) => r.slice(stage))).toEqual(before.map((r) => r.slice(stage)));
  });
});

describe('sidebar calls with malformed arguments', () => {
  const s0 = () => scenario({ rows: book([['F-2026-701', ...DUPONT, 1200, d('2026-02-20')]]) });
  /** The error a call ends with (the bridge hands its message to the sidebar). */
  function failure(s: Scenario, fn: string, ...args: unknown[]): string {
    try {
      s.sidebar(fn, ...args);
    } catch (error) {
      return (error as Error).message;
    }
    return '';
  }
  const CASES: [string, unknown[], RegExp][] = [
    ['holdInvoice', [{ invoiceNumber: 'F-2026-701', until: '2026-13-45' }], /date.*2026-13-45/i],
    ['holdInvoice', [{ invoiceNumber: 42, until: null }], /numéro de facture/i],
    ['holdInvoice', [null], /demande|request/i],
    ['skipInvoice', [{}], /numéro de facture/i],
    ['markCallDone', [{ clientKey: ['x'] }], /client/i],
    ['markCallDone', [{ clientKey: 'jean martin', invoiceNumbers: 'F-2026-041' }], /facture/i],
    ['resumeClient', [{ clientKey: 'jean martin', invoiceNumbers: [] }], /facture/i],
    ['resumeClient', ['atelier dupont'], /demande|request/i],
    ['setAutomation', ['yes'], /vrai ou faux|true or false/i],
    ['saveColumnMapping', [{ invoicesSheet: 'Onglet fantôme', overrides: {} }], /Onglet fantôme/],
    ['saveColumnMapping', [{ invoicesSheet: 'Factures', overrides: { nope: 'x' } }], /nope/],
    [
      'saveColumnMapping',
      [{ invoicesSheet: 'Factures', overrides: {}, defaultCustomerKind: 'B2B' }],
      /Type de client par défaut « B2B » inconnu/,
    ],
    ['previewTemplate', [{ template: 'r1' }], /modèle|template/i],
  ];
  for (const [fn, args, expected] of CASES) {
    it(`${fn}(${JSON.stringify(args).slice(1, 60)}) answers a clear bilingual error and writes nothing`, () => {
      const s = s0();
      const logBefore = s.logRows().length;
      const settingsBefore = JSON.stringify(s.settings());
      const message = failure(s, fn, ...args);
      expect(message).toMatch(expected);
      expect(message).toMatch(/ \/ /);
      expect(message).not.toMatch(/TypeError|Cannot read|undefined/);
      expect(s.logRows().length).toBe(logBefore);
      expect(JSON.stringify(s.settings())).toBe(settingsBefore);
    });
  }

  it('saveTemplate refuses an unknown stage or language', () => {
    const s = s0();
    const base = {
      stage: 'r9',
      segment: 'all',
      language: 'de',
      variant: 'A',
      subject: 'Rappel',
      body: 'Bonjour',
      active: true,
    };
    const message = failure(s, 'saveTemplate', base);
    expect(message).toMatch(/r9/);
    expect(message).toMatch(/de/);
  });
});

describe('client data and Google’s execution log', () => {
  it('a demo book run through faults logs and throws no client name, address or invoice number', () => {
    const { addon, spreadsheetId } = openDemoAddon({
      distDir: DIST,
      spreadsheetId: 'demo-execution-log',
      day0: '2026-03-02' as CalendarDate,
      startTime: '06:30',
    });
    const { runtime, mailbox } = addon;
    const inDoc = { activeSpreadsheetId: spreadsheetId };
    runtime.runWith(inDoc, 'setUpRelance');
    runtime.runAsSidebarCall(
      'saveSettings',
      [
        {
          ...storedSettings(runtime, spreadsheetId),
          senderName: 'Camille Martin',
          failureDigest: true,
          attachmentPolicy: 'send_without',
        },
      ],
      inDoc,
    );
    runtime.runAsSidebarCall('goLive', [], inDoc);
    const clients = Object.values(DEMO_CLIENTS);
    const numbers = demoInvoicesGrid('2026-03-02' as CalendarDate)
      .slice(1)
      .map((row) => String(row[0]))
      .filter((n) => n !== '');
    const thrown: string[] = [];
    // Google's own messages can quote an address or a query: what the run lets through to the
    // execution log must not.
    for (let offset = 0; offset < 24; offset++) {
      const date = new Date(Date.UTC(2026, 2, 2 + offset, 21));
      const client = clients[offset % clients.length] as (typeof clients)[number];
      let undo = () => {};
      const fault = offset % 4;
      if (fault === 0) mailbox.failNextSends(2, `Invalid email: ${client.email}`);
      else if (fault === 1) {
        undo = runtime.kernel.onCall((method) => {
          if (method === 'GmailApp.search')
            throw new Error(`Invalid argument: from:${client.email} (${client.name})`);
        });
      } else if (fault === 2) runtime.kernel.cutAtCall = 40 + offset * 7;
      for (const run of addon.fireTriggersUntil(date)) if (run.error) thrown.push(run.error);
      undo();
      runtime.kernel.cutAtCall = null;
    }
    const logged = runtime.logs.entries.map((e) => e.message);
    expect(addon.mailbox.sentByAddon().length).toBeGreaterThan(5);
    expect(thrown.length).toBeGreaterThan(0);
    expect(thrown.join('\n')).toMatch(/erreur inattendue \(Error\).* \/ Relance: run stopped/);
    const output = [...logged, ...thrown].join('\n');
    for (const client of clients) {
      expect(output).not.toContain(client.email);
      expect(output).not.toContain(client.name);
      expect(output).not.toContain(client.contact);
    }
    for (const number of numbers) expect(output).not.toContain(number);
  });
});
