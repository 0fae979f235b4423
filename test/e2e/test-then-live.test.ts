/**
 * The start guide's flow on one day: a run in test mode (every message to the user, `[TEST]`),
 * then live and *Run now*. The live reminder goes, once; the test message, which carries its own
 * reference, is never taken for it: not by the run, not when a cut live run is reconciled against
 * Sent mail, not when a cleared log is rebuilt from Sent mail. Played on the compiled bundle.
 */
import { describe, expect, it } from 'vitest';
import { clearLog, cutAfterSends } from './support/log-faults.ts';
import { book, d, logged, type Scenario, scenario } from './support/world.ts';

const DUPONT = 'compta@atelier-dupont.fr';

/** Atelier Dupont's F-2026-014, due 26 February: r1 is due on Monday 2 March. */
function testRunAt8(): Scenario {
  const s = scenario({
    rows: book([['F-2026-014', 'Atelier Dupont', DUPONT, 1200, d('2026-02-26')]]),
    live: false,
  });
  s.at('2026-03-02', '08:00:00');
  s.inDoc('runRemindersNow');
  expect(logged(s, 'test_sent')).toEqual(['F-2026-014:r1']);
  expect(s.sent().map((m) => m.to)).toEqual([[s.user]]);
  s.saveSettings({ testMode: false });
  return s;
}

const toDupont = (s: Scenario) => s.sent().filter((m) => m.to.includes(DUPONT));
const references = (s: Scenario) => s.sent().map((m) => /RL-[0-9A-Z]{8}/.exec(m.text)?.[0]);

describe('test mode, then live on the same day', () => {
  it('Run now sends the reminder it previews, once', () => {
    const s = testRunAt8();
    s.at('2026-03-02', '09:00:00');
    const preview = s.sidebar('previewRunNow') as { emails: { client: string; stage: string }[] };
    expect(preview.emails.map((e) => `${e.client}:${e.stage}`)).toEqual(['Atelier Dupont:r1']);
    const result = s.sidebar('runNow') as { summary: { sent: number } };
    expect(result.summary.sent).toBe(1);
    expect(toDupont(s)).toHaveLength(1);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    // The test message and the live one carry different references.
    const [test, live] = references(s);
    expect(test).toBeTruthy();
    expect(live).toBeTruthy();
    expect(test).not.toBe(live);
    // Run now again, and the daily run: nothing more.
    s.at('2026-03-02', '10:00:00');
    s.sidebar('runNow');
    s.at('2026-03-02', '14:00:00');
    s.trigger();
    expect(toDupont(s)).toHaveLength(1);
  });

  it('a live run cut before its send is not settled by the test message in Sent mail', () => {
    const s = testRunAt8();
    s.at('2026-03-02', '09:00:00');
    // Cut after the pending row was written, before Gmail was asked for the live message.
    cutAfterSends(s, 0, 'GmailApp.createDraft');
    expect(logged(s, 'pending')).toEqual(['F-2026-014:r1']);
    expect(toDupont(s)).toHaveLength(0);
    s.at('2026-03-02', '14:00:00');
    s.trigger();
    // The pending row found no live message: it failed and was planned again, then sent once.
    expect(logged(s, 'failed')).toEqual(['F-2026-014:r1']);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    expect(toDupont(s)).toHaveLength(1);
    s.at('2026-03-03');
    s.trigger();
    expect(toDupont(s)).toHaveLength(1);
  });

  it('a log cleared afterwards is rebuilt from the live message only, and nothing goes twice', () => {
    const s = testRunAt8();
    s.at('2026-03-02', '09:00:00');
    s.sidebar('runNow');
    expect(toDupont(s)).toHaveLength(1);
    clearLog(s);
    s.at('2026-03-03');
    s.trigger();
    expect(toDupont(s)).toHaveLength(1);
    const rebuilt = s.logRows().filter((r) => r.detail.includes('rebuilt='));
    expect(rebuilt.map((r) => [r.outcome, r.stage])).toContainEqual(['sent', 'r1']);
    expect(rebuilt.map((r) => r.outcome)).not.toContain('test_sent');
  });

  it('a log cleared after the test run alone does not count the test message as sent', () => {
    const s = testRunAt8();
    clearLog(s);
    s.at('2026-03-02', '09:00:00');
    s.sidebar('runNow');
    expect(toDupont(s)).toHaveLength(1);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
  });
});
