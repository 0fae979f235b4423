/**
 * Late-payment amounts in the reminders the daily run sends (docs/late-payment-law.md, France):
 * the €40 recovery indemnity is owed whatever the interest rate, and an interest the
 * run cannot compute (a reference rate missing from the settings) is never shown as a figure.
 * The default ECB rate is known through June 2026 only, so interest running into July 2026 is
 * unknown until the user adds the rate.
 */
import { describe, expect, it } from 'vitest';
import type { CellInput } from '../../local/services/spreadsheet/cell.ts';
import { book, d, everyDay, logged, type Scenario, scenario } from './support/world.ts';

// Due 10 June 2026; r3 at +24 is Saturday 4 July, moved to Monday 6 July (r1 on Monday 15 June,
// r2 on 22 June, r3 fourteen days later). The runs before it are `untilR3`.
// Atelier Dupont is a business (the sheet has no « Type » column): the settings say so.
const BUSINESS_CLIENTS = { defaultCustomerKind: 'b2b' };
const rows = book([
  ['F-2026-080', 'Atelier Dupont', 'compta@atelier-dupont.fr', 2400, d('2026-06-10')],
]);
const R3_DAY = '2026-07-06';

function untilR3(s: Scenario): void {
  everyDay(s, '2026-06-11', '2026-07-05');
}

function editFrenchTemplate(s: Scenario, stage: string, column: number, value: CellInput): void {
  const tab = s.runtime.spreadsheets
    .get(s.spreadsheetId)
    .sheets.find((t) => t.name.startsWith('Relance · modèles'));
  if (!tab) throw new Error('templates tab missing');
  s.values(tab.name).forEach((r, i) => {
    if (r[0] === stage && r[2] === 'fr')
      s.runtime.spreadsheets.setCells(s.spreadsheetId, tab.name, i + 1, column, [[value]]);
  });
}

describe('late-payment amounts when the interest rate is unknown', () => {
  it('keeps the €40 indemnity sentence and leaves the interest out of the default r3', () => {
    const s = scenario({ rows, start: '2026-06-01T07:00:00Z', settings: BUSINESS_CLIENTS });
    untilR3(s);
    s.at(R3_DAY);
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-080:r1', 'F-2026-080:r2', 'F-2026-080:r3']);
    const text = s.sent().at(-1)?.text ?? '';
    expect(text).toMatch(/indemnité forfaitaire[^.]*40,00\s€/);
    expect(text).not.toMatch(/intérêts[^.]*0,00\s€/);
  });

  it('refuses a template showing {{late_interest}} rather than print a wrong figure', () => {
    const s = scenario({ rows, start: '2026-06-01T07:00:00Z', settings: BUSINESS_CLIENTS });
    editFrenchTemplate(
      s,
      'r3',
      6,
      'Bonjour,\n\nIntérêts de retard à ce jour : {{late_interest}}.\n\n{{sender_name}}',
    );
    untilR3(s);
    const before = s.sent().length;
    s.at(R3_DAY);
    s.trigger();
    // Nothing to the client; the failure digest tells the user what is missing.
    const today = s.sent().slice(before);
    expect(today.map((m) => m.to)).toEqual([[s.user]]);
    expect(today[0]?.text).toMatch(/late_interest.*taux de référence manque/);
    const failed = s.logRows().filter((r) => r.outcome === 'failed');
    expect(failed.map((r) => `${r.invoices}:${r.stage}`)).toEqual(['F-2026-080:r3']);
    expect(failed[0]?.detail).toContain('late_interest');
  });

  it('shows the same in the sidebar preview: indemnity kept, {{late_interest}} an error', () => {
    const s = scenario({ rows, start: '2026-06-01T07:00:00Z', settings: BUSINESS_CLIENTS });
    s.at(R3_DAY);
    const view = s.sidebar('getTemplates') as { templates: { id: string; body: string }[] };
    const r3 = view.templates.find((t) => t.id.startsWith('r3.') && t.id.includes('.fr.'));
    if (!r3) throw new Error('no French r3 template');
    const preview = (body: string) =>
      s.sidebar('previewTemplate', { template: { ...r3, body }, invoiceNumber: 'F-2026-080' }) as {
        html: string | null;
        issues: { message: { en: string } }[];
      };
    expect(preview(r3.body).html).toMatch(/40,00\s€/);
    const refused = preview('Intérêts de retard : {{late_interest}}\n{{sender_name}}');
    expect(refused.html).toBeNull();
    expect(refused.issues.map((i) => i.message.en).join(' ')).toContain('late_interest');
  });
});
