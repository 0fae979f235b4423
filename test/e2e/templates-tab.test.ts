/**
 * The sidebar's template editor writes into the templates tab, which stays the source of truth:
 * the saved template lands in its own row even when the user sorted the tab or moved its columns
 * after the sidebar loaded it.
 */
import { describe, expect, it } from 'vitest';
import { book, d, scenario } from './support/world.ts';

interface TemplateRecord {
  id: string;
  row?: number;
  stage: string;
  segment: string;
  language: string;
  variant: string;
  subject: string;
  body: string;
  active: boolean;
}

function freelancerBook() {
  return scenario({
    rows: book([
      ['F-2026-031', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1200, d('2026-03-20')],
    ]),
  });
}

function templatesTab(s: ReturnType<typeof freelancerBook>): { name: string; grid: unknown[][] } {
  const name = s.runtime.spreadsheets
    .get(s.spreadsheetId)
    .sheets.map((sheet) => sheet.name)
    .find((n) => n.includes('modèles') || n.includes('templates'));
  if (!name) throw new Error('no templates tab');
  return { name, grid: s.values(name) };
}

function loaded(s: ReturnType<typeof freelancerBook>, id: string): TemplateRecord {
  const view = s.sidebar('getTemplates') as { templates: TemplateRecord[] };
  const found = view.templates.find((t) => t.id === id);
  if (!found) throw new Error(`template ${id} not found`);
  return found;
}

describe('saving a template from the sidebar', () => {
  it('writes the row of that template after the user sorted the tab', () => {
    const s = freelancerBook();
    const r1 = loaded(s, 'r1.all.fr.A');
    const { name, grid } = templatesTab(s);
    const lastRow = grid.length;
    // The user sorts the tab by subject, Z to A, after the sidebar loaded it.
    s.runtime.spreadsheets.sort(s.spreadsheetId, name, { column: 5, ascending: false, fromRow: 2 });

    s.sidebar('saveTemplate', { ...r1, subject: 'Rappel amical – {{invoice_ref}}' });

    const after = templatesTab(s).grid;
    const isR1 = (row: unknown[]) =>
      row[0] === 'r1' && row[1] === 'all' && row[2] === 'fr' && row[3] === 'A';
    expect(after.filter(isR1).map((row) => row[4])).toEqual(['Rappel amical – {{invoice_ref}}']);
    expect(after).toHaveLength(lastRow);
    const others = (rows: unknown[][]) =>
      rows
        .filter((row) => !isR1(row))
        .map((row) => JSON.stringify(row))
        .sort();
    expect(others(after)).toEqual(others(grid));
  });

  it('keeps a subject that starts with "=" as text', () => {
    const s = freelancerBook();
    const r2 = loaded(s, 'r2.all.fr.A');
    s.sidebar('saveTemplate', { ...r2, subject: '=Relance – {{invoice_ref}}' });
    const row = templatesTab(s).grid.find((r) => r[0] === 'r2' && r[2] === 'fr' && r[1] === 'all');
    expect(row?.[4]).toBe('=Relance – {{invoice_ref}}');
  });
});
