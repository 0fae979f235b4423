/**
 * An invoice number retyped with another case, spaces, non-breaking or zero-width characters is
 * the same invoice everywhere: for the duplicate check, and for everything the log, the status
 * columns and the plans remember of it. Retyping `F-2026-014` as `f-2026-014` must never restart
 * its sequence.
 */
import { describe, expect, it } from 'vitest';
import { book, d, type Scenario, scenario } from './support/world.ts';

const DUPONT = ['Atelier Dupont', 'compta@atelier-dupont.fr'] as const;
const LUMIERE = ['Studio Lumière', 'factures@studio-lumiere.fr'] as const;

function retype(s: Scenario, row: number, number: string): void {
  s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', row, 1, [[number]]);
}

/** Stages the log says were sent, drafted or tasked, each as `stage:invoices`. */
function done(s: Scenario): string[] {
  return s
    .logRows()
    .filter((r) => ['sent', 'drafted', 'task'].includes(r.outcome))
    .map((r) => `${r.stage}:${r.invoices}`);
}

describe('a retyped invoice number is the same invoice', () => {
  for (const retyped of ['f-2026-014', 'F-2026-014\u200b', 'F-2026\u00a0-014']) {
    it(`«${JSON.stringify(retyped)}» after the first reminder does not get it again`, () => {
      const s = scenario({
        rows: book([
          ['F-2026-014', ...DUPONT, 1200, d('2026-02-20')],
          ['F-2026-015', ...LUMIERE, 450, d('2026-02-27')],
        ]),
      });
      s.at('2026-03-02');
      s.trigger();
      const first = s.sent().filter((m) => m.to.includes('compta@atelier-dupont.fr'));
      expect(first).toHaveLength(1);
      retype(s, 2, retyped);
      for (const day of ['03-03', '03-04', '03-05', '03-06', '03-09', '03-10', '03-11', '03-12']) {
        s.at(`2026-${day}`);
        s.trigger();
      }
      const stages = done(s)
        .filter((x) => /:f-2026-014$/i.test(x.replace(/[\s\u200b]/g, '')))
        .map((x) => x.split(':')[0]);
      expect(stages.slice(0, 2)).toEqual(['r1', 'r2']);
      expect(new Set(stages).size).toBe(stages.length);
      const r1 = s.sent().filter((m) => m.to.includes('compta@atelier-dupont.fr'));
      expect(r1.filter((m) => /Petit rappel/i.test(m.subject))).toHaveLength(1);
    });
  }
});
