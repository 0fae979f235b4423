/**
 * An invoice number retyped with another case, spaces, non-breaking or zero-width characters is
 * the same invoice everywhere: for the duplicate check, and for everything the log, the status
 * columns and the plans remember of it. Retyping `F-2026-014` as `f-2026-014` must never restart
 * its sequence.
 */
import { describe, expect, it } from 'vitest';
import { brunOnAPlan } from './support/payment-plan.ts';
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

describe('what else Relance remembers of a retyped number', () => {
  it('a hold from the sidebar holds the invoice under its new typing', () => {
    const s = scenario({ rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-20')]]) });
    s.at('2026-03-02');
    s.trigger();
    s.at('2026-03-02', '15:00:00');
    s.sidebar('holdInvoice', { invoiceNumber: 'F-2026-014', until: null });
    retype(s, 2, 'f-2026-014');
    for (const day of ['03-09', '03-16', '03-23', '03-30']) {
      s.at(`2026-${day}`);
      s.trigger();
    }
    expect(done(s)).toEqual(['r1:F-2026-014']);
    // A sidebar opened before the retyping still releases it; the log writes it as typed now.
    s.at('2026-03-30', '15:00:00');
    const released = s.sidebar('resumeInvoice', { invoiceNumber: 'F-2026-014' });
    expect(JSON.stringify(released)).not.toMatch(/introuvable|not found/i);
    expect(s.logRows().map((r) => `${r.outcome}:${r.invoices}`)).toContain('resumed:f-2026-014');
  });

  it('an invoice of a kept payment plan stays in it: no reminder, the plan kept', () => {
    const s = brunOnAPlan('2026-03-10');
    retype(s, 2, 'f-2026-014');
    for (let t = Date.parse('2026-03-02'); t <= Date.parse('2026-04-09'); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      if (day === '2026-03-10')
        s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 2, 6, [[600]]);
      s.at(day);
      s.trigger();
    }
    const stages = s
      .logRows()
      .filter((r) => r.outcome === 'sent')
      .map((r) => r.stage);
    expect(stages).toEqual(['r1', 'plan_note', 'plan_note']);
    const events = s
      .logRows()
      .filter((r) => r.outcome === 'plan')
      .map((r) => /event=(\w+)/.exec(r.detail)?.[1]);
    expect(events).toEqual(['created', 'kept']);
  });

  it('a quote retyped after its follow-up does not get it again', () => {
    const s = scenario({
      rows: book([['F-2026-050', ...DUPONT, 900, d('2026-06-30')]]),
      tabs: {
        Devis: [
          ['N° devis', 'Client', 'E-mail', 'Montant', "Date d'envoi", "Valable jusqu'au", 'Statut'],
          ['D-2026-031', ...LUMIERE, 2400, d('2026-03-02'), d('2026-03-20'), ''],
        ],
      },
    });
    s.at('2026-03-16');
    s.trigger();
    s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Devis', 2, 1, [['d-2026-031']]);
    for (const day of ['03-17', '03-18', '03-19']) {
      s.at(`2026-${day}`);
      s.trigger();
    }
    const followUps = s.logRows().filter((r) => r.outcome === 'sent' && r.stage === 'q_follow');
    expect(followUps.map((r) => r.invoices)).toEqual(['D-2026-031']);
  });
});
