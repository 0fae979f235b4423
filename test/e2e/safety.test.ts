/**
 * Safety of the compiled bundle against what a real sheet, its editors and Google's quotas do:
 * nothing is sent twice, nothing is sent against what the stored settings say, and one bad
 * message never holds back the others.
 */
import { describe, expect, it } from 'vitest';
import { book, d, type Scenario, scenario } from './support/world.ts';

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
