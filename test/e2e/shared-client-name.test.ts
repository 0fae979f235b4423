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
    s.at('2026-03-02', '14:00:00');
    s.trigger();
    expect(s.sent().map((m) => m.to.join())).toEqual([SOPHIE]);
    everyDay(s, '2026-03-03', '2026-03-05');
    clearLog(s);
    everyDay(s, '2026-03-06', '2026-03-11');
    // Sophie's reminder went before the cut; Paul's, never sent, goes once the client's e-mail
    // gap has passed. Neither gets any stage twice.
    const stagesTo = (address: string) =>
      s
        .sent()
        .filter((m) => m.to.includes(address))
        .map((m) => (m.text.includes('F-2026-031') ? 'F-2026-031' : 'F-2026-032'));
    expect(stagesTo(SOPHIE)).toEqual(['F-2026-032', 'F-2026-032']);
    expect(stagesTo(PAUL)).toEqual(['F-2026-031']);
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
