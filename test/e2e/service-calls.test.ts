/**
 * Round trips of one run, counted by the offline runtime per service method: the number of
 * Sheets reads and writes does not grow with the number of invoices (one batched read per tab,
 * one batched write of the status columns, one write per batch of messages sent, each after a
 * read of the log rows it targets).
 */
import { describe, expect, it } from 'vitest';
import type { CellInput } from '../../local/services/spreadsheet/cell.ts';
import { d, HEADERS, scenario } from './support/world.ts';

/** Two invoices due a reminder, plus `paid` paid invoices of other clients. */
function rows(paid: number): CellInput[][] {
  const out: CellInput[][] = [
    [...HEADERS, 'Payée le'],
    ['F-2026-001', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1200, d('2026-02-26'), ''],
    ['F-2026-002', 'Studio Lumière', 'factures@studio-lumiere.fr', 450, d('2026-02-26'), ''],
  ];
  for (let i = 0; i < paid; i++) {
    out.push([
      `F-2025-${String(i).padStart(4, '0')}`,
      `Client ${i % 40}`,
      `client${i % 40}@example.fr`,
      100 + i,
      d('2025-12-01'),
      d('2025-12-03'),
    ]);
  }
  return out;
}

function sheetCalls(paid: number): Record<string, number> {
  const s = scenario({ rows: rows(paid) });
  s.at('2026-03-02');
  const kernel = s.runtime.kernel;
  kernel.resetCounters();
  s.trigger();
  expect(s.sent()).toHaveLength(2);
  const counts: Record<string, number> = {};
  for (const [method, n] of kernel.counters) {
    if (/^(Range|Sheet|Spreadsheet|SpreadsheetApp)\./.test(method)) counts[method] = n;
  }
  return counts;
}

describe('service calls of a run', () => {
  it('make as many Sheets reads and writes for 10 invoices as for 500', () => {
    const small = sheetCalls(8);
    const large = sheetCalls(498);
    expect(large).toEqual(small);
    // Five reads of the tabs, and one of the log rows each of the log's two writes targets (its
    // pending rows, then the outcomes with the run's row): checked before writing over them.
    expect(small['Range.getValues']).toBeLessThanOrEqual(7);
    expect(small['Range.setValues']).toBeLessThanOrEqual(5);
  });
});
