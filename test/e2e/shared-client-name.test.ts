/**
 * Two people the sheet knows by one client name (README, "When nothing is sent, and why": one
 * message per group of invoices that share an address). Played on the compiled bundle.
 */
import { describe, expect, it } from 'vitest';
import { clearLog, cutAfterSends } from './support/log-faults.ts';
import { book, d, everyDay, logged, scenario } from './support/world.ts';

const PAUL = 'paul.martin@gmail.com';
const SOPHIE = 'sophie.martin@orange.fr';
const martins = () =>
  scenario({
    rows: book([
      ['F-2026-031', 'Martin', PAUL, 350, d('2026-02-26')],
      ['F-2026-032', 'Martin', SOPHIE, 1200, d('2026-02-26')],
    ]),
  });

describe('two consumer clients typed with the same name', () => {
  it('each get their own reminder, which never shows the other’s invoice', () => {
    const s = martins();
    s.at('2026-03-02');
    s.trigger();
    expect(
      s.sent().map((m) => ({
        to: m.to,
        paul: m.text.includes('F-2026-031'),
        sophie: m.text.includes('F-2026-032'),
      })),
    ).toEqual([
      { to: [SOPHIE], paul: false, sophie: true },
      { to: [PAUL], paul: true, sophie: false },
    ]);
    expect(logged(s, 'sent').sort()).toEqual(['F-2026-031:r1', 'F-2026-032:r1']);
  });

  it('each get each stage once, on the days of the sequence, in their own thread', () => {
    const s = martins();
    everyDay(s, '2026-03-02', '2026-03-20');
    for (const [address, number] of [
      [PAUL, 'F-2026-031'],
      [SOPHIE, 'F-2026-032'],
    ] as const) {
      const mine = s.sent().filter((m) => m.to.includes(address));
      expect(mine.map((m) => m.to)).toEqual([[address], [address]]);
      expect(mine.every((m) => m.text.includes(number))).toBe(true);
      expect(new Set(mine.map((m) => m.threadId)).size).toBe(1);
    }
    expect(logged(s, 'sent').sort()).toEqual([
      'F-2026-031:r1',
      'F-2026-031:r2',
      'F-2026-032:r1',
      'F-2026-032:r2',
    ]);
  });

  it('are never sent twice when a run is cut after the first send, or the log is cleared', () => {
    const s = martins();
    s.at('2026-03-02');
    // The run stops right after its first send, before its log rows settle.
    cutAfterSends(s, 1, 'GmailApp.createDraft');
    expect(s.sent().map((m) => m.to.join())).toEqual([SOPHIE]);
    s.at('2026-03-02', '14:00:00');
    s.trigger();
    // Sophie's reminder went before the cut; Paul's, never sent, goes at the next run: the gap
    // between two e-mails is each person's own, Sophie's e-mail does not hold Paul's back.
    expect(s.sent().map((m) => m.to.join())).toEqual([SOPHIE, PAUL]);
    everyDay(s, '2026-03-03', '2026-03-05');
    clearLog(s);
    everyDay(s, '2026-03-06', '2026-03-11');
    // Neither gets any stage twice.
    const stagesTo = (address: string) =>
      s
        .sent()
        .filter((m) => m.to.includes(address))
        .map((m) => (m.text.includes('F-2026-031') ? 'F-2026-031' : 'F-2026-032'));
    expect(stagesTo(SOPHIE)).toEqual(['F-2026-032', 'F-2026-032']);
    expect(stagesTo(PAUL)).toEqual(['F-2026-031', 'F-2026-031']);
    const subjects = s.sent().map((m) => `${m.to.join()} ${m.subject}`);
    expect(new Set(subjects).size).toBe(subjects.length);
  });
});

describe('a cleared log after one of the two people paid', () => {
  it('does not send Paul his first reminder again: it is found in Sent mail under the key it had', () => {
    const head = ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Statut'];
    const s = scenario({
      rows: [
        head,
        ['F-2026-031', 'Martin', PAUL, 350, d('2026-02-26'), ''],
        ['F-2026-032', 'Martin', SOPHIE, 1200, d('2026-02-26'), ''],
      ],
    });
    s.at('2026-03-02');
    // Both reminders leave, each under its group's key; the run is cut before its rows settle.
    cutAfterSends(s, 2, 'Sheet.getRange');
    expect(
      s
        .sent()
        .map((m) => m.to.join())
        .sort(),
    ).toEqual([PAUL, SOPHIE]);
    // Sophie pays, then the log is cleared: replayed on the sheet as it is now, Martin has one
    // group on 2 March, whose plain key is not the one Paul's reminder carries.
    s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 3, 6, [['Payée']]);
    clearLog(s);
    s.at('2026-03-03');
    s.trigger();
    expect(s.sent().filter((m) => m.to.includes(PAUL))).toHaveLength(1);
  });
});

/**
 * Two private clients both typed "Jean Martin", each at their own address: what one of them
 * does (answer a reminder, get an e-mail, be phoned) is theirs, not their namesake's.
 */
const ORANGE = 'jean.martin@orange.fr';
const FREE = 'jmartin@free.fr';

function jeanMartins(secondDue = '2026-02-26') {
  return scenario({
    rows: book([
      ['F-2026-041', 'Jean Martin', ORANGE, 480, d('2026-02-26')],
      ['F-2026-042', 'Jean Martin', FREE, 960, d(secondDue)],
    ]),
  });
}

function threadOf(s: ReturnType<typeof scenario>, invoice: string): string {
  const thread = s.logRows().find((r) => r.outcome === 'sent' && r.invoices === invoice)?.thread;
  if (!thread) throw new Error(`no reminder thread for ${invoice}`);
  return thread;
}

describe('two clients named Jean Martin at different addresses', () => {
  it('a reply from one pauses only the one who replied: the other gets their second reminder', () => {
    const s = jeanMartins();
    s.at('2026-03-02');
    s.trigger();
    s.mailbox.deliverReply(threadOf(s, 'F-2026-041'), {
      from: `Jean Martin <${ORANGE}>`,
      body: 'Bonjour, je vous règle la semaine prochaine.',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    // r2 is due on Monday 9 March; the reply pauses F-2026-041 seven days (to 10 March).
    everyDay(s, '2026-03-04', '2026-03-09');
    expect(logged(s, 'sent').sort()).toEqual(['F-2026-041:r1', 'F-2026-042:r1', 'F-2026-042:r2']);
    const paused = s.logRows().filter((r) => r.outcome === 'paused');
    expect(paused.map((r) => [r.client, r.recipients])).toEqual([['jean martin', ORANGE]]);
  });

  it('a pause row of an earlier version, naming no address, still pauses both', () => {
    const s = jeanMartins();
    s.at('2026-03-02');
    s.trigger();
    s.mailbox.deliverReply(threadOf(s, 'F-2026-041'), {
      from: ORANGE,
      body: 'Bonjour, je vous règle la semaine prochaine.',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    s.at('2026-03-04');
    s.trigger();
    // Earlier versions wrote the client's name alone: the safe reading pauses every row of it.
    const row = s.logRows().findIndex((r) => r.outcome === 'paused') + 2;
    const log = s.runtime.spreadsheets
      .get(s.spreadsheetId)
      .sheets.find((t) => t.name.startsWith('Relance · journal'));
    s.runtime.spreadsheets.setCells(s.spreadsheetId, log?.name ?? '', row, 7, [['']]);
    everyDay(s, '2026-03-05', '2026-03-09');
    expect(logged(s, 'sent').sort()).toEqual(['F-2026-041:r1', 'F-2026-042:r1']);
  });

  it('resuming the one who replied leaves the other one’s pause alone', () => {
    const s = jeanMartins();
    s.at('2026-03-02');
    s.trigger();
    for (const [invoice, address] of [
      ['F-2026-041', ORANGE],
      ['F-2026-042', FREE],
    ] as const) {
      s.mailbox.deliverReply(threadOf(s, invoice), {
        from: address,
        body: 'Je regarde cela et je reviens vers vous.',
        at: new Date('2026-03-03T10:00:00Z'),
      });
    }
    s.at('2026-03-04');
    s.trigger();
    s.sidebar('resumeClient', { clientKey: 'jean martin', invoiceNumbers: ['F-2026-041'] });
    everyDay(s, '2026-03-05', '2026-03-09');
    expect(logged(s, 'sent').sort()).toEqual(['F-2026-041:r1', 'F-2026-041:r2', 'F-2026-042:r1']);
  });

  it('an e-mail to one does not hold back the other’s reminder for the gap between e-mails', () => {
    // F-2026-042 falls due on Monday 9 March: its friendly nudge is due on Friday 6 March, four
    // days after the other Jean Martin's first reminder (the gap between two e-mails to one
    // client is five days).
    const s = jeanMartins('2026-03-09');
    everyDay(s, '2026-03-02', '2026-03-06');
    const days = s
      .logRows()
      .filter((r) => r.outcome === 'sent')
      .map((r) => `${r.invoices}:${r.stage}:${r.date.slice(0, 10)}`);
    expect(days).toEqual(['F-2026-041:r1:2026-03-02', 'F-2026-042:pre_due:2026-03-06']);
  });

  it('“call done” on one Jean Martin’s call task records the call for their invoice only', () => {
    const s = jeanMartins();
    everyDay(s, '2026-03-02', '2026-03-30');
    expect(logged(s, 'task').sort()).toEqual(['F-2026-041:call', 'F-2026-042:call']);
    s.at('2026-03-30', '15:00:00');
    s.sidebar('markCallDone', { clientKey: 'jean martin', invoiceNumbers: ['F-2026-041'] });
    expect(logged(s, 'task_done')).toEqual(['F-2026-041:call']);
    s.sidebar('markCallDone', { clientKey: 'jean martin', invoiceNumbers: ['F-2026-042'] });
    expect(logged(s, 'task_done')).toEqual(['F-2026-041:call', 'F-2026-042:call']);
  });
});
