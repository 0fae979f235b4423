/**
 * The Statistics view's server side on the compiled bundle: one call reads each tab once and
 * answers the three questions; test-mode sends never count; "keep the winner only" switches the
 * other variant off in the templates tab and logs it, and refuses a variant that is not the
 * winner.
 */
import { describe, expect, it } from 'vitest';
import type { CellInput } from '../../local/services/spreadsheet/cell.ts';
import { d, HEADERS, type Scenario, scenario } from './support/world.ts';

const CLIENTS = 80;

/**
 * 80 clients, each with a January invoice paid 20 days late (so "chronically late": first
 * reminder 2 days after the due date, with the A/B templates of every segment) and one invoice
 * due on 2 March 2026 (a Monday): r1 goes out on Wednesday 4 March.
 */
function rows(): CellInput[][] {
  const out: CellInput[][] = [[...HEADERS, 'Payée le']];
  for (let i = 0; i < CLIENTS; i++) {
    const n = String(i + 1).padStart(3, '0');
    const client = [`Client ${n}`, `compta@client-${n}.fr`];
    out.push([`F-2026-${n}`, ...client, 1000 + i, d('2026-03-02'), '']);
    out.push([`F-2025-${n}`, ...client, 800, d('2026-01-15'), d('2026-02-04')]);
  }
  return out;
}

function templatesTabName(s: Scenario): string {
  const name = s.runtime.spreadsheets
    .get(s.spreadsheetId)
    .sheets.map((sheet) => sheet.name)
    .find((n) => n.includes('modèles') || n.includes('templates'));
  if (!name) throw new Error('no templates tab');
  return name;
}

interface Comparison {
  stage: string;
  verdict: string;
  winner: string | null;
  variants: { variant: string; reminded: number; paidWithin: number }[];
}

describe('statistics on the compiled bundle', () => {
  it('compares variants, then keeps the winner only (logged)', () => {
    const s = scenario({ rows: rows(), start: '2026-03-04T07:00:00Z' });
    s.at('2026-03-04');
    s.trigger();
    const r1Rows = s.logRows().filter((r) => r.outcome === 'sent' && r.stage === 'r1');
    expect(r1Rows).toHaveLength(CLIENTS);
    const byVariant = new Map(r1Rows.map((r) => [r.invoices, r.variant]));
    const countA = [...byVariant.values()].filter((v) => v === 'A').length;
    // The draw splits 80 invoices roughly in half; both groups reach 30.
    expect(countA).toBeGreaterThanOrEqual(30);
    expect(CLIENTS - countA).toBeGreaterThanOrEqual(30);

    // Every invoice reminded with A is paid a week later; B's are not.
    const tab = 'Factures';
    const grid = s.values(tab);
    grid.forEach((row, index) => {
      if (byVariant.get(String(row[0])) === 'A') {
        s.runtime.spreadsheets.setCells(s.spreadsheetId, tab, index + 1, 6, [[d('2026-03-12')]]);
      }
    });

    s.at('2026-03-30');
    s.runtime.kernel.resetCounters();
    const stats = s.sidebar('getStatistics') as { outcomes: { variants: Comparison[] } };
    // One read of each of the three tabs (the invoices tab is small: read whole, in one call),
    // nothing else.
    expect(s.runtime.kernel.counters.get('Range.getValues')).toBe(3);
    expect(s.runtime.kernel.counters.get('GmailApp.search') ?? 0).toBe(0);
    const r1 = stats.outcomes.variants.find((c) => c.stage === 'r1');
    expect(r1?.verdict).toBe('winner');
    expect(r1?.winner).toBe('A');
    expect(r1?.variants.map((v) => [v.variant, v.reminded, v.paidWithin])).toEqual([
      ['A', countA, countA],
      ['B', CLIENTS - countA, 0],
    ]);

    expect(() => s.sidebar('keepVariantOnly', { stage: 'r1', variant: 'B' })).toThrow(
      /n’est pas \(ou plus\) la gagnante|not \(or no longer\) the winner/,
    );
    const kept = s.sidebar('keepVariantOnly', { stage: 'r1', variant: 'A' }) as {
      deactivated: string[];
    };
    expect(kept.deactivated).toEqual(['r1.all.fr.B', 'r1.all.en.B']);
    const templates = s.values(templatesTabName(s));
    const b = templates.find((row) => row[0] === 'r1' && row[2] === 'fr' && row[3] === 'B');
    expect(b?.[6]).toBe(false);
    const changed = s.logRows().filter((r) => r.outcome === 'templates_changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]?.detail).toContain('deactivated=r1.all.fr.B');
    // Nothing is left to compare at r1.
    const after = s.sidebar('getStatistics') as { outcomes: { variants: Comparison[] } };
    expect(after.outcomes.variants.find((c) => c.stage === 'r1')).toBeUndefined();
  });

  it('counts nothing sent in test mode', () => {
    const s = scenario({ rows: rows().slice(0, 21), start: '2026-03-04T07:00:00Z', live: false });
    s.at('2026-03-04');
    s.trigger();
    expect(s.logRows().filter((r) => r.outcome === 'test_sent')).toHaveLength(10);
    s.at('2026-03-30');
    const stats = s.sidebar('getStatistics') as {
      remindersByStage: Record<string, number>;
      outcomes: {
        chasing: { segment: string; replies: { messages: number }[] }[];
      };
    };
    expect(Object.values(stats.remindersByStage).every((n) => n === 0)).toBe(true);
    const all = stats.outcomes.chasing.find((c) => c.segment === 'all');
    expect(all?.replies.every((r) => r.messages === 0)).toBe(true);
  });

  it('exports the figures to the Relance · stats tab, rewritten on each export', () => {
    const s = scenario({ rows: rows().slice(0, 21), start: '2026-03-04T07:00:00Z' });
    s.at('2026-03-04');
    s.trigger();
    s.at('2026-03-30');
    const first = s.sidebar('exportStatistics') as { tab: string; rows: number };
    expect(first.tab).toBe('Relance · stats');
    const grid = s.values('Relance · stats');
    expect(grid[0]).toEqual([
      'Question',
      'Devise',
      'Profil',
      'Période',
      'Mesure',
      'Valeur',
      'Nombre',
    ]);
    expect(grid).toHaveLength(first.rows + 1);
    // The DSO of all profiles in euros is there as a number of days.
    const dso = grid.find((row) => row[2] === 'all' && row[4] === 'DSO');
    expect(typeof dso?.[5]).toBe('number');
    const second = s.sidebar('exportStatistics') as { rows: number };
    expect(second.rows).toBe(first.rows);
    expect(s.values('Relance · stats')).toHaveLength(first.rows + 1);
  });
});
