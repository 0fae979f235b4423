/**
 * A notice template earlier versions wrote into the tab ("Malgré mes relances": two reminders
 * claimed) waits when only one reminder went out, and Today says why, as for e-mails (compiled
 * bundle).
 */
import { describe, expect, it } from 'vitest';
import { d, everyDay, logged, type Scenario, scenario } from './support/world.ts';

const TYPED_HEADERS = ['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance', 'Type'];

interface KeptTemplate {
  id: string;
  body: string;
  [k: string]: unknown;
}
const templateNamed = (s: Scenario, id: string) =>
  (s.sidebar('getTemplates') as { templates: KeptTemplate[] }).templates.find(
    (t) => t.id === id,
  ) as KeptTemplate;

describe('a kept notice template that claims two reminders after one was sent', () => {
  it('Today shows why the draft is not made, as the run decides', () => {
    const s = scenario({
      rows: [
        TYPED_HEADERS,
        [
          'F-2026-014',
          'Atelier Dupont',
          'compta@atelier-dupont.fr',
          1000,
          d('2026-02-26'),
          'entreprise',
        ],
      ],
      start: '2026-03-01T06:00:00Z',
    });
    const notice = templateNamed(s, 'notice.all.fr.A');
    // The notice line earlier versions wrote into the tab, kept by the user.
    const old = notice.body.replace(
      /^\{\{#previous_reminders\}\}.*$/m,
      'Malgré mes relances, {{plural:la facture suivante reste impayée|les factures suivantes restent impayées}} à ce jour :',
    );
    expect(old).not.toBe(notice.body);
    expect((s.sidebar('saveTemplate', { ...notice, body: old }) as { ok: boolean }).ok).toBe(true);
    everyDay(s, '2026-03-02', '2026-03-02');
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    // The user skips r2 and r3 in Today (decides to go straight to the call and the notice).
    s.at('2026-03-03', '07:00:00');
    s.sidebar('skipInvoice', { invoiceNumber: 'F-2026-014' });
    s.sidebar('skipInvoice', { invoiceNumber: 'F-2026-014' });
    everyDay(s, '2026-03-03', '2026-04-20');
    const drafts = s.mailbox.drafts();
    const skippedNotice = s
      .logRows()
      .filter((r) => r.outcome === 'skipped' && r.stage === 'notice');
    expect(skippedNotice.length).toBeGreaterThan(0);
    const today = s.sidebar('getToday') as {
      followUps: { stage: string; templateError: string | null }[];
      skips: { number: string; reason: { code: string } }[];
    };
    const planned = today.followUps.find((f) => f.stage === 'notice');
    // The run made no draft: Today must not present one as planned without saying why.
    expect(drafts).toEqual([]);
    expect(planned?.templateError).toMatch(/Malgré mes relances/);
  });
});
