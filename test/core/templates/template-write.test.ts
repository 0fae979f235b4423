import { describe, expect, it } from 'vitest';
import type { TemplateRow } from '../../../src/core/templates/index.ts';
import { planTemplateWrite } from '../../../src/core/templates/template-write.ts';

const HEADER = ['Étape', 'Segment', 'Langue', 'Variante', 'Objet', 'Corps', 'Actif'];

/** The tab as the user left it: sorted by language, so rows no longer follow the stages. */
const GRID: unknown[][] = [
  HEADER,
  ['r1', 'all', 'en', 'A', 'Payment reminder', 'Hello,', true],
  ['pre_due', 'all', 'fr', 'A', 'Échéance à venir', 'Bonjour,', true],
  ['r1', 'all', 'fr', 'A', 'Rappel de paiement', 'Bonjour,', true],
];

function edited(changes: Partial<TemplateRow>): TemplateRow {
  return {
    id: 'r1.all.fr.A',
    stage: 'r1',
    segment: 'all',
    language: 'fr',
    variant: 'A',
    subject: 'Petit rappel – {{invoice_ref}}',
    body: 'Bonjour,\nSauf erreur de ma part…',
    active: true,
    ...changes,
  };
}

describe('planTemplateWrite', () => {
  it('finds the template by id on the fresh read, not by the row the sidebar remembered', () => {
    const plan = planTemplateWrite(GRID, edited({ row: 2 }), 'r1.all.fr.A');
    expect(plan).toEqual({
      ok: true,
      write: {
        row: 4,
        cells: [
          'r1',
          'all',
          'fr',
          'A',
          'Petit rappel – {{invoice_ref}}',
          'Bonjour,\nSauf erreur de ma part…',
          true,
        ],
        textColumns: [1, 2, 3, 4, 5, 6],
      },
    });
  });

  it('writes into the columns where the user moved them, keeping their own columns', () => {
    const grid = [
      ['Objet', 'Corps', 'Notes perso', 'Étape', 'Segment', 'Langue', 'Variante', 'Actif'],
      ['Rappel de paiement', 'Bonjour,', 'à revoir', 'r1', 'all', 'fr', 'A', true],
    ];
    const plan = planTemplateWrite(grid, edited({ active: false }), 'r1.all.fr.A');
    expect(plan.ok && plan.write).toEqual({
      row: 2,
      cells: [
        'Petit rappel – {{invoice_ref}}',
        'Bonjour,\nSauf erreur de ma part…',
        'à revoir',
        'r1',
        'all',
        'fr',
        'A',
        false,
      ],
      textColumns: [4, 5, 6, 7, 1, 2],
    });
  });

  it('appends a new template after the last row', () => {
    const plan = planTemplateWrite(
      GRID,
      edited({ id: 'r2.all.fr.B', stage: 'r2', variant: 'B' }),
      null,
    );
    expect(plan.ok && plan.write.row).toBe(5);
  });

  it('moves a template to its new id in its own row when the edit changes its variant', () => {
    const plan = planTemplateWrite(
      GRID,
      edited({ id: 'r1.all.fr.B', variant: 'B' }),
      'r1.all.fr.A',
    );
    expect(plan.ok && plan.write.row).toBe(4);
    expect(plan.ok && plan.write.cells[3]).toBe('B');
  });

  it('refuses an edit that would duplicate another template’s id', () => {
    const plan = planTemplateWrite(
      GRID,
      edited({ id: 'pre_due.all.fr.A', stage: 'pre_due' }),
      'r1.all.fr.A',
    );
    expect(plan).toEqual({
      ok: false,
      message: {
        fr: 'Un autre modèle a déjà cette étape, ce profil, cette langue et cette variante (ligne 3).',
        en: 'Another template already has this stage, segment, language and variant (row 3).',
      },
    });
  });

  it('refuses to write when a column of the tab is gone', () => {
    const grid = GRID.map((row) => row.slice(0, 6));
    const plan = planTemplateWrite(grid, edited({}), 'r1.all.fr.A');
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.message.en).toBe(
      'The templates tab has no active column: restore its header.',
    );
  });
});
