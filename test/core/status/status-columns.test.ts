import { describe, expect, it } from 'vitest';
import {
  planStatusWrite,
  type StatusCells,
  spansOfChanges,
  statusColumnsOf,
} from '../../../src/core/status/status-columns.ts';

const LABELS_FR = [
  'Relance · étape',
  'Relance · dernière',
  'Relance · prochaine',
  'Relance · note',
];
const WAITING: StatusCells = ['', '', '2026-03-20 · 1re relance', ''];
const REMINDED: StatusCells = ['1re relance', '2026-03-20', '2026-03-27 · 2e relance', ''];

/** A tab of `count` invoices already carrying Relance's status columns, all waiting. */
function tabWithStatuses(count: number): unknown[][] {
  return [
    ['N° facture', 'Client', 'Montant', ...LABELS_FR],
    ...Array.from({ length: count }, (_, i) => [
      `F-2026-${String(i + 1).padStart(3, '0')}`,
      `Client ${i % 7}`,
      1200,
      ...WAITING,
    ]),
  ];
}

const waitingAll = (count: number) =>
  new Map<string, StatusCells>(
    Array.from({ length: count }, (_, i) => [`F-2026-${String(i + 1).padStart(3, '0')}`, WAITING]),
  );

describe('statusColumnsOf', () => {
  it('finds the status columns in either language, whatever the case', () => {
    expect(statusColumnsOf(['N° facture', 'Relance · stage', 'RELANCE · NOTE', 'Client'])).toEqual({
      stage: 1,
      note: 2,
    });
  });
});

describe('planStatusWrite', () => {
  it('adds the four columns after the last used one, header included, on the first write', () => {
    const values = [
      ['N° facture', 'Client', '', 'Notes'],
      ['F-2026-001', 'Atelier Girard', '', 'rappeler jeudi'],
    ];
    const plan = planStatusWrite(values, 'N° facture', new Map([['F-2026-001', REMINDED]]), 'fr');
    if ('refused' in plan) throw new Error(plan.refused);
    expect(plan.newColumns).toEqual([4, 5, 6, 7]);
    expect(plan.blocks).toEqual([{ row: 0, column: 4, values: [LABELS_FR, [...REMINDED]] }]);
  });

  it('writes nothing when every status already reads what it should', () => {
    const plan = planStatusWrite(tabWithStatuses(40), 'N° facture', waitingAll(40), 'fr');
    if ('refused' in plan) throw new Error(plan.refused);
    expect(plan.blocks).toEqual([]);
    expect(plan.matched).toBe(40);
  });

  it('writes only the row whose status changed', () => {
    const statuses = waitingAll(40).set('F-2026-017', REMINDED);
    const plan = planStatusWrite(tabWithStatuses(40), 'N° facture', statuses, 'fr');
    if ('refused' in plan) throw new Error(plan.refused);
    expect(plan.blocks).toEqual([{ row: 17, column: 3, values: [[...REMINDED]] }]);
  });

  it('writes two changes far apart as two blocks, and near ones as one with the rows between', () => {
    const statuses = waitingAll(6_000)
      .set('F-2026-010', REMINDED)
      .set('F-2026-012', REMINDED)
      .set('F-2026-5000', REMINDED);
    const plan = planStatusWrite(tabWithStatuses(6_000), 'N° facture', statuses, 'fr');
    if ('refused' in plan) throw new Error(plan.refused);
    expect(plan.blocks.map((b) => [b.row, b.values.length])).toEqual([
      [10, 3],
      [5_000, 1],
    ]);
    expect(plan.blocks[0]?.values[1]).toEqual([...WAITING]);
  });

  it('rewrites the header row when the language changed', () => {
    const plan = planStatusWrite(tabWithStatuses(3), 'N° facture', waitingAll(3), 'en');
    if ('refused' in plan) throw new Error(plan.refused);
    expect(plan.blocks).toEqual([
      {
        row: 0,
        column: 3,
        values: [['Relance · stage', 'Relance · last', 'Relance · next', 'Relance · note']],
      },
    ]);
  });

  it('names the invoices no longer in the tab, and writes nothing for them', () => {
    const statuses = waitingAll(3).set('F-2026-099', REMINDED);
    const plan = planStatusWrite(tabWithStatuses(3), 'N° facture', statuses, 'fr');
    if ('refused' in plan) throw new Error(plan.refused);
    expect(plan.missing).toEqual(['F-2026-099']);
    expect(plan.blocks).toEqual([]);
  });

  it('refuses when the key column is gone or a status header is the user’s', () => {
    expect(planStatusWrite(tabWithStatuses(2), 'Référence', waitingAll(2), 'fr')).toEqual({
      refused: 'no_key_column',
    });
    const clash = [
      ['N° facture', 'Relance · note'],
      ['F-2026-001', 'payé en espèces'],
    ];
    expect(planStatusWrite(clash, 'N° facture', waitingAll(1), 'fr')).toEqual({
      refused: 'header_clash',
      clashes: [{ header: 'Relance · note', column: 1 }],
    });
  });
});

describe('spansOfChanges', () => {
  const all = (length: number) => Array.from({ length }, () => true);

  it('merges changed rows closer than a write costs, over four columns', () => {
    const changed = Array.from({ length: 10_000 }, (_, i) => i === 5 || i === 2_000 || i === 9_000);
    expect(spansOfChanges(changed, 4, all(10_000))).toEqual([
      [5, 2_000],
      [9_000, 9_000],
    ]);
    expect(spansOfChanges([false, false], 4, all(2))).toEqual([]);
  });

  it('never merges over a row whose cells are not Relance’s to write', () => {
    const changed = [false, true, false, true, false, true];
    const owned = [true, true, false, true, true, true];
    expect(spansOfChanges(changed, 4, owned)).toEqual([
      [1, 1],
      [3, 5],
    ]);
  });
});

describe('planStatusWrite between two changed rows', () => {
  it('leaves a row without a number as it is, even when it is cheaper to rewrite', () => {
    const values = tabWithStatuses(5);
    // Row 3 lost its number: whatever its status cells hold now is the user's.
    (values[3] as unknown[])[0] = '';
    const statuses = waitingAll(5).set('F-2026-002', REMINDED).set('F-2026-004', REMINDED);
    const plan = planStatusWrite(values, 'N° facture', statuses, 'fr');
    if ('refused' in plan) throw new Error(plan.refused);
    expect(plan.blocks.map((b) => [b.row, b.values.length])).toEqual([
      [2, 1],
      [4, 1],
    ]);
  });
});
