/**
 * The steps a message announces (call, formal notice, "la procédure suivra son cours")
 * must be steps the run will take. A claim that becomes time-barred before the call / the notice
 * is skipped on that day's run (`time_barred`): no message announces it.
 */
import { describe, expect, it } from 'vitest';
import { contextInputs } from '../../src/app/run/render-inputs.ts';
import type { LogEntry } from '../../src/core/log-entry.ts';
import { planDay } from '../../src/core/planner.ts';
import type { Settings } from '../../src/core/settings.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import { DEFAULT_TEMPLATES } from '../../src/core/templates/defaults.ts';
import { renderContextFor } from '../../src/core/templates/render-context.ts';
import { renderMessage } from '../../src/core/templates/render-message.ts';
import type { TemplateRow } from '../../src/core/templates/template-row.ts';
import { day, invoice, logRow, weekdayCalendar } from './fixtures/invoices.ts';

const live: Settings = { ...DEFAULT_SETTINGS, testMode: false, oldDebtDays: 0 };

// A consumer's invoice due 1 March 2024: time-barred from 2 March 2026 (Code de la consommation
// L218-2, two years), which limitation.ts models. The user chases it from early February 2026.
const durand = invoice({
  number: 'F-2024-031',
  client: 'Paul Durand',
  dueDate: '2024-03-01',
  customerKind: 'b2c',
});
const sent = (date: string, stage: LogEntry['stage']) =>
  logRow({
    date,
    outcome: 'sent',
    stage,
    clientKey: durand.clientKey,
    invoiceNumbers: [durand.number],
  });
const log = [sent('2026-02-02', 'r1'), sent('2026-02-09', 'r2')];
const plan = (today: string) =>
  planDay({
    today: day(today),
    invoices: [durand],
    rowErrors: [],
    log: today === '2026-02-23' ? log : [...log, sent('2026-02-23', 'r3')],
    settings: live,
    calendar: weekdayCalendar(),
  });

describe('steps announced after the claim is time-barred', () => {
  it('r3 announces no call and no notice that the run will not make', () => {
    const r3day = plan('2026-02-23');
    const [r3] = r3day.emails;
    expect(r3?.stage).toBe('r3');
    // What the run will do on the days r3 announces: nothing, the claim is time-barred.
    for (const onDay of ['2026-03-05', '2026-03-10']) {
      const p = plan(onDay);
      expect(p.followUps).toEqual([]);
      expect(p.decisions[0]).toMatchObject({
        state: 'skipped',
        reason: { code: 'time_barred', since: '2026-03-02' },
      });
    }
    // The message itself: render the default French r3 as the run would.
    const template = DEFAULT_TEMPLATES.find((t) => t.id === 'r3.all.fr.A') as TemplateRow;
    const sources = {
      settings: { ...live, senderName: 'Camille Martin' },
      today: day('2026-02-23'),
      fetchedRates: [],
    };
    const rendered = renderMessage(
      template,
      renderContextFor(r3 as never, contextInputs(durand, sources)),
    );
    const text = rendered.ok ? `${rendered.subject}\n${rendered.text}` : JSON.stringify(rendered);
    expect(r3?.stepsAhead).toEqual({ next: null, call: null, notice: null });
    expect(text).not.toMatch(/appellerai|mise en demeure/);
  });
});

describe('{{next_step_date}} ("la procédure de relance suivra son cours")', () => {
  it('is empty when every later step falls after the claim is time-barred', () => {
    const r1 = sent('2026-02-16', 'r1');
    const p = planDay({
      today: day('2026-02-27'),
      invoices: [durand],
      rowErrors: [],
      log: [r1],
      settings: live,
      calendar: weekdayCalendar(),
    });
    const [r2] = p.emails;
    expect(r2?.stage).toBe('r2');
    // Nothing follows on the day of r3 or later: time-barred from 2 March 2026.
    const later = planDay({
      today: day('2026-03-16'),
      invoices: [durand],
      rowErrors: [],
      log: [r1, sent('2026-02-27', 'r2')],
      settings: live,
      calendar: weekdayCalendar(),
    });
    expect(later.decisions[0]).toMatchObject({ state: 'skipped', reason: { code: 'time_barred' } });
    expect(r2?.stepsAhead?.next).toBeNull();
  });
});
