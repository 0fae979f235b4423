/**
 * What a freelancer relies on when the daily run sends (DESIGN.md "Sending"): a reminder leaves
 * at most once even when Gmail fails half-way, test mode leaves no trace in the client's real
 * sequence, a run stops before Apps Script's 6-minute limit and carries the rest over, and an
 * e-mail the user wrote to a client by hand pauses that client's reminders.
 */
import { describe, expect, it } from 'vitest';
import { book, d, logged, scenario } from './support/world.ts';

const DUPONT = ['Atelier Dupont', 'compta@atelier-dupont.fr'] as const;
const GIRARD = ['Menuiserie Girard', 'luc@menuiserie-girard.fr'] as const;
const SERVER_ERROR = "We're sorry, a server error occurred. Please wait a bit and try again.";

const toClients = (s: ReturnType<typeof scenario>) =>
  s.sent().filter((m) => !m.to.includes(s.user));

describe('a reminder leaves at most once', () => {
  it('checks Sent mail when Gmail fails after the message left, and never sends it again', () => {
    const s = scenario({ rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-26')]]) });
    // The send goes through, then reading the sent message's thread fails (a Gmail server error
    // can come after the message was accepted): the run cannot know from the exception alone.
    let sent = false;
    const undo = s.runtime.kernel.onCall((method) => {
      if (method === 'GmailDraft.send') sent = true;
      else if (sent && method === 'GmailMessage.getThread') {
        sent = false;
        throw new Error(SERVER_ERROR);
      }
    });
    s.at('2026-03-02');
    try {
      s.trigger();
    } finally {
      undo();
    }
    expect(toClients(s)).toHaveLength(1);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    expect(logged(s, 'failed')).toEqual([]);
    s.at('2026-03-02', '14:00:00');
    s.inDoc('runRemindersNow');
    s.at('2026-03-03');
    s.trigger();
    expect(toClients(s)).toHaveLength(1);
  });

  it('leaves no draft of a reminder Gmail refused to send, and sends it once on the next run', () => {
    const s = scenario({ rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-26')]]) });
    s.mailbox.failNextSends(1);
    s.at('2026-03-02');
    s.trigger();
    expect(toClients(s)).toHaveLength(0);
    expect(logged(s, 'failed')).toEqual(['F-2026-014:r1']);
    // A draft left in Gmail is a reminder the user could send by mistake, a second time.
    expect(s.mailbox.drafts()).toEqual([]);
    s.at('2026-03-03');
    s.trigger();
    expect(toClients(s)).toHaveLength(1);
    expect(s.mailbox.drafts()).toEqual([]);
  });
});

describe('test mode leaves the real sequence untouched', () => {
  it('drafts the formal notice for the client once live, after a test-mode draft to the user', () => {
    const s = scenario({
      rows: book([['F-2026-011', ...GIRARD, 3600, d('2026-01-05')]]),
      live: false,
    });
    s.at('2026-03-02');
    s.trigger();
    expect(s.mailbox.drafts().map((m) => m.to)).toEqual([[s.user]]);
    s.saveSettings({ testMode: false });
    s.at('2026-03-03');
    s.trigger();
    const drafts = s.mailbox.drafts().map((m) => m.to.join(','));
    expect(drafts).toEqual([s.user, GIRARD[1]]);
    expect(toClients(s)).toHaveLength(0);
  });

  it('asks for the phone call again once live, after a test-mode task', () => {
    const s = scenario({
      rows: book([['F-2026-012', ...GIRARD, 500, d('2026-01-29')]]),
      live: false,
    });
    s.at('2026-03-02');
    s.trigger();
    expect(logged(s, 'task')).toEqual(['F-2026-012:call']);
    s.saveSettings({ testMode: false });
    s.at('2026-03-03');
    s.trigger();
    expect(logged(s, 'task')).toEqual(['F-2026-012:call', 'F-2026-012:call']);
  });
});

describe('the run summary', () => {
  it('shows in the sidebar after a run of the daily trigger, which has no open document', () => {
    const s = scenario({
      rows: book([
        ['F-2026-014', ...DUPONT, 1200, d('2026-02-26')],
        ['F-2026-011', ...GIRARD, 3600, d('2026-01-05')],
      ]),
    });
    s.at('2026-03-02');
    const report = s.trigger();
    expect(report).toMatchObject({ sent: 1, drafted: 1 });
    const today = s.sidebar('getToday') as { lastRun: Record<string, unknown> | null };
    expect(today.lastRun).toMatchObject({ at: report.at, sent: 1, drafted: 1, carriedOver: 0 });
    // A later run from the sidebar ("run now") is the one shown next.
    s.at('2026-03-02', '16:00:00');
    const manual = s.inDoc('runRemindersNow') as Record<string, unknown>;
    const after = s.sidebar('getToday') as { lastRun: Record<string, unknown> | null };
    expect(after.lastRun?.at).toBe(manual.at);
  });
});
