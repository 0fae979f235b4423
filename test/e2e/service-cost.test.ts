/**
 * The cost targets of README's performance section, checked on small books with the benchmark's
 * own measure (scripts/bench/service-cost.ts; `npm run bench` prints the full table): service
 * round trips of the daily run per message, what the sidebar's calls read and return.
 */
import { describe, expect, it } from 'vitest';
import { measureBook, roundTrips } from '../../scripts/bench/service-cost.ts';
import { DIST, d, HEADERS, requireBuild, scenario } from './support/world.ts';

requireBuild();

describe('the cost of a run and of the sidebar on a book of 400 invoices', () => {
  const cost = measureBook({ rows: 400, logRows: 2_000, quota: 1_500 }, DIST);
  // An account with 8 recipients left today: most e-mails wait for the next run.
  const waiting = measureBook({ rows: 400, logRows: 0, quota: 8 }, DIST).run;
  const messages = cost.run.emails + cost.run.drafts;

  it('sends messages, each for at most 4 round trips, plus at most 40 for the run', () => {
    expect(cost.run.emails).toBeGreaterThan(10);
    expect(cost.run.roundTrips).toBeLessThanOrEqual(40 + 4 * messages);
  });

  it('grows the log by the rows of what it did, not by what waits', () => {
    expect(waiting.emails).toBe(8);
    expect(waiting.carriedOver).toBeGreaterThan(3);
    // One row per invoice of each message, draft and task, and the run's own summary row, which
    // counts what was carried over; nothing for invoices that wait.
    expect(Object.keys(waiting.logRowsByOutcome).sort()).toEqual(
      ['drafted', 'run', 'sent', 'task'].filter((o) => o in waiting.logRowsByOutcome),
    );
    expect(waiting.logRowsByOutcome.run).toBe(1);
  });

  it('opens the sidebar in one call of bounded size', () => {
    const first = cost.sidebar.getSidebarState;
    expect(first?.roundTrips).toBeLessThanOrEqual(25);
    expect(first?.jsonBytes).toBeLessThanOrEqual(150 * 1024);
  });

  it('reads, for each sidebar call, only the tabs it shows', () => {
    const tabs = (call: string) => cost.sidebar[call]?.tabsRead.map((t) => t.split(' ')[0]);
    expect(tabs('saveSettings')).toEqual([]);
    expect(tabs('setAutomation')).toEqual([]);
    // The statistics show the invoices, the log (through its compact state: the book's log has
    // 2,000 rows), and which templates have A/B variants.
    expect(tabs('getStatistics')).toEqual(['Factures', 'Relance', 'Relance', 'Relance']);
    expect(cost.sidebar.getStatistics?.tabsRead.join()).toContain('état');
    expect(cost.sidebar.getStatistics?.tabsRead.join()).toContain('modèles');
    expect(cost.sidebar.getStatistics?.tabsRead.join()).toContain('journal');
    // The template editor previews on the book's invoices; it never reads the log.
    expect(cost.sidebar.getTemplates?.tabsRead.join()).not.toContain('journal');
  });
});

/** `count` clients, each with one invoice of 900 € due on `due`. */
function oneInvoicePerClient(count: number, due: string) {
  return [
    HEADERS,
    ...Array.from({ length: count }, (_, i) => [
      `F-2026-${String(i).padStart(4, '0')}`,
      `Client ${i}`,
      `compta@client-${i}.fr`,
      900,
      d(due),
    ]),
  ];
}

describe('a run that continues the threads of earlier reminders', () => {
  it('costs at most 4 round trips per reply, plus at most 40', () => {
    // 30 clients reminded once: a week later each gets its second reminder in the same thread.
    const s = scenario({ rows: oneInvoicePerClient(30, '2026-02-26') });
    s.at('2026-03-02');
    s.trigger();
    s.at('2026-03-09');
    const kernel = s.runtime.kernel;
    kernel.resetCounters();
    const before = s.sent().length;
    s.trigger();
    const replies = s.sent().length - before;
    expect(replies).toBe(30);
    expect(kernel.count('GmailThread.createDraftReply')).toBe(30);
    expect(roundTrips(kernel).total).toBeLessThanOrEqual(40 + 4 * replies);
  });
});

describe('reply and hand-written e-mail detection', () => {
  it('costs at most 4 Gmail calls for 2,000 clients, and still finds a hand-written e-mail', () => {
    // 2,000 clients, one invoice each, due next month: nothing to send, everything to watch.
    const s = scenario({ rows: oneInvoicePerClient(2_000, '2026-04-15') });
    s.mailbox.userSentByHand({
      to: 'compta@client-1234.fr',
      subject: 'Votre commande',
      body: 'Bonjour, je vous confirme la livraison de jeudi.',
      at: new Date('2026-03-01T10:00:00Z'),
    });
    s.at('2026-03-02');
    const kernel = s.runtime.kernel;
    kernel.resetCounters();
    s.trigger();
    const gmail =
      kernel.countPrefix('GmailApp.search') + kernel.count('GmailApp.getMessagesForThreads');
    expect(gmail).toBeLessThanOrEqual(4);
    const paused = s.logRows().filter((r) => r.outcome === 'paused');
    expect(paused.map((r) => r.client)).toEqual(['client 1234']);
  });
});
