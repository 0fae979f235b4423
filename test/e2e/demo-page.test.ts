/**
 * The demo's page tells what happened: every message is shown with its client, stage and
 * invoices taken from the log, and each event is narrated from the messages the client had
 * really received before that day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPage } from '../../local/demo/demo-page.ts';
import { type DemoMessage, describeMessages, narrate } from '../../local/demo/narration.ts';
import { type DemoResult, runDemo } from '../../local/demo/run-demo.ts';
import { DIST } from './support/world.ts';

let result: DemoResult;
let messages: DemoMessage[];

beforeAll(() => {
  result = runDemo({ distDir: DIST, days: 30 });
  messages = describeMessages(result.messages, result.drafts, result.logRows);
});

describe('the demo page', () => {
  it('shows every message inline with its client, stage and invoices, in a sandboxed frame', () => {
    expect(messages.length).toBe(result.messages.length + result.drafts.length);
    for (const m of messages) {
      expect(m.client, m.message.subject).not.toBeNull();
      expect(m.stage, m.message.subject).not.toBeNull();
      expect(m.invoices.length, m.message.subject).toBeGreaterThan(0);
    }
    const page = demoPage(result.days, messages);
    expect(page.match(/<article /g)?.length).toBe(messages.length);
    expect(page.match(/<iframe sandbox=""/g)?.length).toBe(messages.length);
    expect(page).toContain('<select id="client">');
    expect(page).toContain('<select id="stage">');
  });

  it('narrates a payment from what the client had received before that day', () => {
    const payments = result.days.flatMap((day) =>
      day.events.flatMap((fact) => (fact.kind === 'paid' ? [{ day: day.date, fact }] : [])),
    );
    expect(payments.length).toBeGreaterThan(3);
    for (const { day, fact } of payments) {
      const reminded = messages.some(
        (m) =>
          m.client === fact.client &&
          m.day < day &&
          m.invoices.some((n) => fact.invoices.includes(n)),
      );
      const fr = narrate(fact, day, messages, 'fr');
      const en = narrate(fact, day, messages, 'en');
      if (reminded) {
        expect(fr).toContain('après la relance');
        expect(en).toContain('after the reminder');
      } else {
        expect(fr).toContain('sans avoir reçu de relance');
        expect(en).toContain('before any reminder');
      }
    }
  });
});
