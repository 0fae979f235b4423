import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../src/core/templates/defaults.ts';
import { parseTemplateRows, templateTabRows } from '../../../src/core/templates/template-tab.ts';

const EN_HEADER = ['Stage', 'Segment', 'Language', 'Variant', 'Subject', 'Body', 'Active'];

describe('parseTemplateRows', () => {
  it('reads English headers in the documented order', () => {
    const { templates, errors } = parseTemplateRows([
      EN_HEADER,
      ['r1', 'all', 'fr', 'A', 'Rappel – {{invoice_ref}}', '{{greeting}}\n\nMerci.', true],
    ]);
    expect(errors).toEqual([]);
    expect(templates).toEqual([
      {
        id: 'r1.all.fr.A',
        stage: 'r1',
        segment: 'all',
        language: 'fr',
        variant: 'A',
        subject: 'Rappel – {{invoice_ref}}',
        body: '{{greeting}}\n\nMerci.',
        active: true,
        row: 2,
      },
    ]);
  });

  it('reads French headers in any order, with accents and case ignored', () => {
    const { templates, errors } = parseTemplateRows([
      ['Corps', 'OBJET', 'Étape', 'Langue', 'Variante', 'Segment', 'Actif'],
      ['Texte', 'Objet', 'Mise en demeure', 'Français', 'b', 'Grand compte', 'oui'],
      ['Texte', 'Objet', 'R2', 'EN', '', '', false],
    ]);
    expect(errors).toEqual([]);
    expect(templates.map((t) => [t.id, t.active, t.row])).toEqual([
      ['notice.key_account.fr.B', true, 2],
      ['r2.all.en.A', false, 3],
    ]);
  });

  it('ignores blank rows and normalises Windows line breaks', () => {
    const { templates } = parseTemplateRows([
      EN_HEADER,
      ['', '', '', '', '', '', ''],
      ['pre_due', 'new', 'en', 'A', 'Soon due', 'Hello,\r\n\r\nThanks.', ''],
    ]);
    expect(templates).toHaveLength(1);
    expect(templates[0]?.body).toBe('Hello,\n\nThanks.');
    expect(templates[0]?.active).toBe(true);
    expect(templates[0]?.row).toBe(3);
  });

  it('reports each bad row with its row number, column and value, and keeps the good ones', () => {
    const { templates, errors } = parseTemplateRows([
      EN_HEADER,
      ['r4', 'all', 'fr', 'A', 'S', 'B', true],
      ['r1', 'vip', 'fr', 'A', 'S', 'B', true],
      ['r1', 'all', 'de', 'A', 'S', 'B', true],
      ['r1', 'all', 'fr', 'A/B', 'S', 'B', true],
      ['r1', 'all', 'fr', 'A', 'S', 'B', 'peut-être'],
      ['r1', 'all', 'fr', 'A', 'S', 'B', true],
      ['r1', 'all', 'fr', 'a', 'S', 'B', true],
      ['', 'all', 'fr', 'A', 'S', 'B', true],
    ]);
    expect(templates.map((t) => t.id)).toEqual(['r1.all.fr.A']);
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, 'stage', 'r4'],
      [3, 'segment', 'vip'],
      [4, 'language', 'de'],
      [5, 'variant', 'A/B'],
      [6, 'active', 'peut-être'],
      [8, null, 'r1.all.fr.A'],
      [9, 'stage', ''],
    ]);
    expect(errors[0]?.message.en).toBe(
      'Row 2, column Stage: “r4” is not recognised; expected pre_due, r1, r2, r3, call or notice.',
    );
    expect(errors[0]?.message.fr).toContain('Ligne 2, colonne Étape');
    expect(errors[5]?.message.en).toContain('already exists on row 7');
    expect(errors[6]?.message.fr).toContain('valeur manquante');
  });

  it('reports missing required columns once instead of an error per row', () => {
    const { templates, errors } = parseTemplateRows([
      ['Stage', 'Language', 'Subject'],
      ['r1', 'fr', 'Rappel'],
    ]);
    expect(templates).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message.en).toBe('Row 1: the templates tab lacks the columns Body.');
  });
});

describe('templateTabRows', () => {
  it('writes a header in the chosen language and one row per template', () => {
    const rows = templateTabRows(DEFAULT_TEMPLATES.slice(0, 2), 'fr');
    expect(rows[0]).toEqual(['Étape', 'Segment', 'Langue', 'Variante', 'Objet', 'Corps', 'Actif']);
    expect(rows[1]?.slice(0, 4)).toEqual(['pre_due', 'all', 'fr', 'A']);
    expect(rows[1]?.[6]).toBe(true);
  });

  it('round-trips every default template through the tab', () => {
    const { templates, errors } = parseTemplateRows(templateTabRows(DEFAULT_TEMPLATES));
    expect(errors).toEqual([]);
    expect(templates.map(({ row: _row, ...t }) => t)).toEqual(DEFAULT_TEMPLATES);
    expect(templates.map((t) => t.row)).toEqual(DEFAULT_TEMPLATES.map((_, i) => i + 2));
  });
});
