import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/core/texts/fill.ts';
import { localized, runCounts, text } from '../../../src/core/texts/server-texts.ts';
import { SERVER_TEXTS_EN } from '../../../src/core/texts/server-texts-en.ts';
import { SERVER_TEXTS_FR } from '../../../src/core/texts/server-texts-fr.ts';

const marks = (template: string): string[] =>
  [...template.matchAll(/%\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('the server texts, in French and English', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(SERVER_TEXTS_EN).sort()).toEqual(Object.keys(SERVER_TEXTS_FR).sort());
  });

  it.each(Object.keys(SERVER_TEXTS_FR) as (keyof typeof SERVER_TEXTS_FR)[])(
    '%s asks for the same values in both languages',
    (key) => {
      expect(marks(SERVER_TEXTS_EN[key])).toEqual(marks(SERVER_TEXTS_FR[key]));
    },
  );

  it('fill the values they ask for, and only those', () => {
    expect(text('fr', 'invoiceNotFound', { invoice: 'F-2026-014' })).toBe(
      'Facture F-2026-014 introuvable.',
    );
    expect(fill('{{#nom}}%{day}%{other}', { day: '2026-03-02' })).toBe(
      '{{#nom}}2026-03-02%{other}',
    );
  });

  it('give both languages on demand, with values per language when they differ', () => {
    const note = localized('planKept', { paid: 1, count: 3 });
    expect(note.fr).toBe('Échéancier en cours : 1/3 échéances payées');
    expect(note.en).toBe('Payment plan kept: 1/3 instalments paid');
    expect(JSON.parse(JSON.stringify(localized('carriedOver')))).toEqual({
      fr: 'Reportée à la prochaine exécution',
      en: 'Carried over to the next run',
    });
  });

  it('count a run in the toast, saying when the e-mails were tests', () => {
    const counts = { sent: 2, testMode: true, drafted: 1, tasks: 0, failed: 0, carriedOver: 3 };
    expect(runCounts(counts, 'en')).toBe(
      '2 test e-mail(s), 1 draft(s), 0 call(s), 0 failure(s), 3 carried over.',
    );
    expect(runCounts({ ...counts, testMode: false }, 'fr')).toBe(
      '2 e-mail(s), 1 brouillon(s), 0 appel(s), 0 échec(s), 3 reporté(s).',
    );
  });
});
