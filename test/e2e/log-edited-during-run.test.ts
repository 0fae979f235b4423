/**
 * The log tab edited while a run is sending (sorted, filtered rows deleted, rows inserted): the
 * run writes its outcomes and its new rows only where the rows still hold what it wrote, or are
 * blank; otherwise it appends them after the log's last row. No row of the history is overwritten,
 * no message looks unsent, and no reminder goes twice (README, "Nothing twice").
 */
import { describe, expect, it } from 'vitest';
import { cutAfterSends } from './support/log-faults.ts';
import { book, d, type Scenario, scenario } from './support/world.ts';

const DUPONT = ['Atelier Dupont', 'compta@atelier-dupont.fr'] as const;
const LUMIERE = ['Studio Lumière', 'factures@studio-lumiere.fr'] as const;
const GIRARD = ['Menuiserie Girard', 'luc@menuiserie-girard.fr'] as const;
const LOG = 'Relance · journal';

/** F-2026-014 gets r1 on 2 March; on 5 March the run sends the pre-due reminders of the others. */
const ROWS = book([
  ['F-2026-014', ...DUPONT, 1200, d('2026-02-26')],
  ['F-2026-015', ...LUMIERE, 450, d('2026-03-08')],
  ['F-2026-016', ...GIRARD, 300, d('2026-03-08')],
]);

/** Runs `edit` once, at the next call of `method` (by default when the run flushes its first
 * batch of pending rows, before Gmail is called). */
function onFirstFlush(s: Scenario, edit: () => void, method = 'SpreadsheetApp.flush'): void {
  const undo = s.runtime.kernel.onCall((m) => {
    if (m === method) {
      undo();
      edit();
    }
  });
}

function sendsTo(s: Scenario, to: string): number {
  return s.sent().filter((m) => m.to.includes(to)).length;
}

/** How the user edits the log (rows 2–3 hold 2 March's rows, 4–5 the run's pending rows). */
const edits: Record<string, { edit: (s: Scenario) => void; deleted: number[] }> = {
  'sorted newest first': {
    edit: (s) => s.runtime.spreadsheets.sort(s.spreadsheetId, LOG, { column: 1, ascending: false }),
    deleted: [],
  },
  'a row deleted above (filtered, then deleted)': {
    edit: (s) => s.runtime.spreadsheets.deleteRows(s.spreadsheetId, LOG, 3, 1),
    deleted: [1],
  },
  'rows inserted above': {
    edit: (s) => s.runtime.spreadsheets.insertRows(s.spreadsheetId, LOG, 2, 4),
    deleted: [],
  },
};

describe('a log tab edited while the run sends', () => {
  for (const [name, { edit, deleted }] of Object.entries(edits)) {
    it(`${name}: keeps every other row, settles the sends and sends nothing twice`, () => {
      const s = scenario({ rows: ROWS });
      s.at('2026-03-02');
      s.trigger();
      expect(sendsTo(s, DUPONT[1])).toBe(1);
      const before = s.logRows();
      expect(before.map((r) => `${r.outcome} ${r.invoices}`)).toEqual(['sent F-2026-014', 'run ']);

      onFirstFlush(s, () => edit(s));
      s.at('2026-03-05');
      s.trigger();
      const after = s.logRows();
      for (const row of before.filter((_, i) => !deleted.includes(i))) {
        expect(after).toContainEqual(row);
      }
      // Each send of 5 March keeps its pending row, and a `sent` row after it settles it.
      for (const invoice of ['F-2026-015', 'F-2026-016']) {
        const outcomes = after.filter((r) => r.invoices === invoice).map((r) => r.outcome);
        expect(outcomes).toEqual(['pending', 'sent']);
      }
      expect(after.filter((r) => r.outcome === 'run' && r.date === '2026-03-05')).toHaveLength(1);

      s.at('2026-03-06');
      s.trigger();
      expect(sendsTo(s, DUPONT[1])).toBe(1);
      expect(sendsTo(s, LUMIERE[1])).toBe(1);
      expect(sendsTo(s, GIRARD[1])).toBe(1);
      // The next run finds no message in flight: nothing was left to reconcile.
      expect(s.logRows().filter((r) => r.detail.includes('reconciled='))).toEqual([]);
    });
  }
});

describe('a log tab sorted while the run settles an interrupted run', () => {
  it('appends the settled outcome after the moved pending row, and sends nothing twice', () => {
    const s = scenario({ rows: ROWS });
    s.at('2026-03-02');
    s.trigger();
    s.at('2026-03-05');
    // Cut right after the batch of pre-due reminders left: their rows stay pending.
    cutAfterSends(s, 1, 'Sheet.getRange');
    const before = s.logRows();
    expect(before.map((r) => `${r.outcome} ${r.invoices}`)).toEqual([
      'sent F-2026-014',
      'run ',
      'pending F-2026-015',
      'pending F-2026-016',
    ]);

    // The next run reads the log, then the user sorts it by outcome while Sent mail is searched.
    onFirstFlush(
      s,
      () => s.runtime.spreadsheets.sort(s.spreadsheetId, LOG, { column: 3, ascending: true }),
      'GmailApp.search',
    );
    s.at('2026-03-06');
    s.trigger();
    const after = s.logRows();
    for (const row of before) expect(after).toContainEqual(row);
    const outcomes = (invoice: string) =>
      after.filter((r) => r.invoices === invoice).map((r) => r.outcome);
    // Both were found in Sent mail: settled by a row after theirs, wherever the sort put them.
    expect(outcomes('F-2026-015')).toEqual(['pending', 'sent']);
    expect(outcomes('F-2026-016')).toEqual(['pending', 'sent']);

    s.at('2026-03-09');
    s.trigger();
    // No message goes twice (F-2026-014's second reminder is a new one).
    const mails = s.sent().map((m) => `${m.to.join()}|${m.subject}`);
    expect(mails.length).toBeGreaterThanOrEqual(3);
    expect(new Set(mails).size).toBe(mails.length);
  });
});

describe('a sidebar action adding a log row while rows are inserted in the log', () => {
  /** Calls of Range.getValues a hold makes, the last one the check of the rows it writes. */
  function holdReads(edit?: (s: Scenario) => void): {
    s: Scenario;
    before: ReturnType<Scenario['logRows']>;
  } {
    const s = scenario({ rows: ROWS });
    s.at('2026-03-02');
    s.trigger();
    const before = s.logRows();
    let reads = 0;
    const undo = s.runtime.kernel.onCall((m) => {
      if (m === 'Range.getValues' && ++reads === HOLD_READS) {
        undo();
        edit?.(s);
      }
    });
    s.runtime.kernel.resetCounters();
    s.sidebar('holdInvoice', { invoiceNumber: 'F-2026-015', until: null });
    undo();
    return { s, before };
  }
  const HOLD_READS = 4;

  it('writes where it read the log ended when nothing moved', () => {
    const { s, before } = holdReads();
    expect(s.runtime.kernel.count('Sheet.getLastRow')).toBe(0);
    expect(s.logRows()).toEqual([...before, expect.objectContaining({ outcome: 'held' })]);
  });

  it('writes its row after the log’s last row, over nobody’s row', () => {
    const { s, before } = holdReads((scene) =>
      scene.runtime.spreadsheets.insertRows(scene.spreadsheetId, LOG, 2, [
        ['2026-03-02T18:00:00.000Z', '2026-03-02', 'skipped', '', 'F-2026-099'],
      ]),
    );
    // The rows were inserted after the action read the log: it found its target row taken.
    expect(s.runtime.kernel.count('Sheet.getLastRow')).toBe(1);
    const after = s.logRows();
    for (const row of before) expect(after).toContainEqual(row);
    expect(after.map((r) => `${r.outcome} ${r.invoices}`)).toEqual([
      'skipped F-2026-099',
      'sent F-2026-014',
      'run ',
      'held F-2026-015',
    ]);
  });
});
