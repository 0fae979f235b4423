/**
 * A client who answers a reminder by asking to be written to another address: the user replaces
 * the row's E-mail, and the pause the answer started is still that client's (history.ts: a
 * pause names its thread's invoices as well as its addresses). Played on the compiled bundle.
 */
import { describe, expect, it } from 'vitest';
import { jeanMartinsReminded, ORANGE } from './support/namesakes.ts';
import { d, everyDay, HEADERS, logged, type Scenario, scenario } from './support/world.ts';

const CONTACT = 'contact@atelier-dupont.fr';
const COMPTA = 'compta@atelier-dupont.fr';

/** Atelier Dupont got its first reminder on Monday 2 March; its reply thread. */
function dupontReminded(): { s: Scenario; thread: string } {
  const s = scenario({
    rows: [HEADERS, ['F-2026-014', 'Atelier Dupont', CONTACT, 1200, d('2026-02-26')]],
  });
  s.at('2026-03-02');
  s.trigger();
  const thread = s.logRows().find((r) => r.outcome === 'sent')?.thread;
  if (!thread) throw new Error('no first reminder');
  return { s, thread };
}

/** The user does what the client asked: the row's E-mail becomes the accounting address. */
function writeToAccounting(s: Scenario, row = 2, address = COMPTA): void {
  s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', row, 3, [[address]]);
}

/** Blanks the Recipients of the log's pause row, as versions before recipient groups wrote it. */
function asAnEarlierVersionWroteIt(s: Scenario): void {
  const row = s.logRows().findIndex((r) => r.outcome === 'paused') + 2;
  const log = s.runtime.spreadsheets
    .get(s.spreadsheetId)
    .sheets.find((t) => t.name.startsWith('Relance · journal'));
  s.runtime.spreadsheets.setCells(s.spreadsheetId, log?.name ?? '', row, 7, [['']]);
}

describe('a client who answers with a new billing address', () => {
  it('is not reminded during the pause once the user has replaced the row’s address', () => {
    const { s, thread } = dupontReminded();
    s.mailbox.deliverReply(thread, {
      from: CONTACT,
      body: 'Bonjour, merci d’écrire désormais à compta@atelier-dupont.fr, nous réglons la semaine prochaine.',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    s.at('2026-03-04');
    s.trigger();
    const paused = s.logRows().filter((r) => r.outcome === 'paused');
    expect(paused.map((r) => [r.recipients, r.invoices])).toEqual([[CONTACT, 'F-2026-014']]);
    writeToAccounting(s);
    // The reply's pause runs to 10 March; r2 would be due on Monday 9 March.
    everyDay(s, '2026-03-05', '2026-03-09');
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    // And the sequence goes on, to the new address, once the pause is over.
    everyDay(s, '2026-03-10', '2026-03-11');
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
    expect(s.sent().at(-1)?.to).toEqual([COMPTA]);
  });

  it('stays paused until resumed when the pause after a reply has no end (0 days)', () => {
    const { s, thread } = dupontReminded();
    s.saveSettings({ pauseDaysAfterReply: 0 });
    s.mailbox.deliverReply(thread, {
      from: CONTACT,
      body: 'Bonjour, écrivez à compta@atelier-dupont.fr ; nous contestons le montant, je vous rappelle.',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    s.at('2026-03-04');
    s.trigger();
    writeToAccounting(s);
    everyDay(s, '2026-03-05', '2026-03-30');
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
  });

  it('a Resume from Today still holds after the address changes, over a pause of an earlier version', () => {
    const { s, thread } = dupontReminded();
    s.saveSettings({ pauseDaysAfterReply: 0 });
    s.mailbox.deliverReply(thread, {
      from: CONTACT,
      body: 'Je regarde et reviens vers vous.',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    s.at('2026-03-04');
    s.trigger();
    asAnEarlierVersionWroteIt(s);
    s.at('2026-03-05');
    s.sidebar('resumeClient', { clientKey: 'atelier dupont', invoiceNumbers: ['F-2026-014'] });
    const resumed = s.logRows().filter((r) => r.outcome === 'resumed');
    expect(resumed.map((r) => [r.recipients, r.invoices, r.detail])).toEqual([
      [CONTACT, '', 'by=user; invoices=F-2026-014'],
    ]);
    writeToAccounting(s);
    everyDay(s, '2026-03-05', '2026-03-12');
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
  });
});

describe('one of two Jean Martins answers with a new address', () => {
  it('their pause follows their invoice to the new address; the other Jean Martin is still reminded', () => {
    const ORANGE_PRO = 'jm.conseil@orange.fr';
    const { s, thread } = jeanMartinsReminded();
    s.mailbox.deliverReply(thread, {
      from: ORANGE,
      body: `Bonjour, pour la facture F-2026-041 écrivez à ${ORANGE_PRO}, je règle la semaine prochaine.`,
      at: new Date('2026-03-03T10:00:00Z'),
    });
    s.at('2026-03-04');
    s.trigger();
    const row = (s.values() as unknown[][]).findIndex((r) => r[0] === 'F-2026-041') + 1;
    writeToAccounting(s, row, ORANGE_PRO);
    everyDay(s, '2026-03-05', '2026-03-09');
    expect(logged(s, 'sent').sort()).toEqual(['F-2026-041:r1', 'F-2026-042:r1', 'F-2026-042:r2']);
  });
});

describe('one of two Jean Martins is away', () => {
  it('their out-of-office is told on their own invoice, not on the other Jean Martin’s', () => {
    const { s, thread } = jeanMartinsReminded();
    s.mailbox.deliverReply(thread, {
      from: ORANGE,
      subject: 'Absent jusqu’au 20 mars',
      body: 'Je suis en congés.',
      headers: { 'Auto-Submitted': 'auto-replied' },
      at: new Date('2026-03-02T09:00:00Z'),
    });
    s.at('2026-03-03');
    s.trigger();
    const statusOf = (number: string) =>
      ((s.values() as unknown[][]).find((r) => r[0] === number) ?? []).map(String).join(' | ');
    expect(statusOf('F-2026-041')).toContain('Réponse automatique de jean.martin@orange.fr');
    expect(statusOf('F-2026-042')).not.toContain('Réponse automatique');
    const noted = s.logRows().filter((r) => r.outcome === 'auto_reply');
    expect(noted.map((r) => [r.recipients, r.invoices])).toEqual([[ORANGE, 'F-2026-041']]);
  });
});
