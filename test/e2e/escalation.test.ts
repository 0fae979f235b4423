/**
 * The escalation rule in the compiled bundle (README "Catch-up and old debts"): an invoice first
 * seen late starts at r1, and one already 90 days overdue or more waits for the user's decision.
 */
import { describe, expect, it } from 'vitest';
import { book, d, logged, scenario } from './support/world.ts';

// On 2 March 2026: F-2025-088 is 90 days overdue (due 2 December), F-2025-061 is 183.
const rows = book([
  ['F-2025-088', 'Garage Petit', 'compta@garage-petit.fr', 1800, d('2025-12-02')],
  ['F-2025-061', 'Imprimerie Vidal', 'paul@imprimerie-vidal.fr', 640, d('2025-08-31')],
  ['F-2026-019', 'Cabinet Moreau', 'claire@cabinet-moreau.fr', 2100, d('2026-01-21')],
]);

interface TodaySkip {
  number: string;
  reason: { code: string; daysOverdue?: number };
}
interface Today {
  skips: TodaySkip[];
  oldDebts: TodaySkip[];
  emails: { client: string; stage: string }[];
  oldDebtDays: number;
}

describe('an import of old unpaid invoices', () => {
  it('creates no e-mail, no task and no draft on day one for invoices 90 days overdue or more', () => {
    const s = scenario({ rows });
    s.at('2026-03-02');
    s.trigger();
    // Cabinet Moreau, 40 days late, gets the first reminder, not a final warning.
    expect(logged(s, 'sent')).toEqual(['F-2026-019:r1']);
    expect(s.sent().map((m) => m.to.join())).toEqual(['claire@cabinet-moreau.fr']);
    expect(s.logRows().find((r) => r.outcome === 'sent')?.template).toMatch(/^r1\./);
    expect(s.sent()[0]?.subject).not.toMatch(/dernier rappel|mise en demeure/i);
    expect(s.sent()[0]?.text).not.toMatch(/précédents rappels/);
    expect(s.mailbox.drafts()).toEqual([]);
    expect(logged(s, 'task')).toEqual([]);
    const today = s.sidebar('getToday') as Today;
    expect(today.oldDebtDays).toBe(90);
    expect(today.oldDebts.map((k) => k.number)).toEqual(['F-2025-088', 'F-2025-061']);
  });

  it('chases an old debt from r1 once the user says so, and never one the user ignores', () => {
    const s = scenario({ rows });
    s.at('2026-03-02');
    s.trigger();
    s.sidebar('decideOldDebt', { invoiceNumber: 'F-2025-088', decision: 'chase' });
    const today = s.sidebar('decideOldDebt', {
      invoiceNumber: 'F-2025-061',
      decision: 'ignore',
    }) as Today;
    expect(today.emails.map((e) => [e.client, e.stage])).toEqual([['Garage Petit', 'r1']]);
    s.at('2026-03-02', '15:00:00');
    s.inDoc('runRemindersNow');
    expect(logged(s, 'sent')).toEqual(['F-2026-019:r1', 'F-2025-088:r1']);
    for (const day of ['2026-03-03', '2026-03-09', '2026-03-16', '2026-04-01']) {
      s.at(day);
      s.trigger();
    }
    expect(logged(s, 'sent').filter((x) => x.startsWith('F-2025-061'))).toEqual([]);
    // A second decision on the same invoice is refused with a reason, not recorded twice.
    expect(() =>
      s.sidebar('decideOldDebt', { invoiceNumber: 'F-2025-088', decision: 'ignore' }),
    ).toThrow(/n’attend pas de décision|not waiting for a decision/);
  });
});

describe('the start guide’s test e-mail', () => {
  it('uses the stage the invoice would really get next, not always the first reminder', () => {
    const s = scenario({
      rows: book([
        ['F-2026-020', 'Atelier Dupont', 'compta@atelier-dupont.fr', 800, d('2026-02-16')],
      ]),
      live: false,
      start: '2026-02-19T07:00:00Z',
    });
    s.at('2026-02-19');
    s.trigger();
    s.at('2026-02-27');
    const result = s.sidebar('sendSetupTest') as { subject: string };
    expect(result.subject).toMatch(/^\[TEST\] Deuxième rappel/);
  });
});
