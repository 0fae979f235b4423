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

  it('opens the sidebar in one call of bounded size and time', () => {
    const first = cost.sidebar.getSidebarState;
    // The invoices tab's header and mapped columns, the templates, the log's state and its tail.
    expect(first?.roundTrips).toBeLessThanOrEqual(22);
    expect(first?.jsonBytes).toBeLessThanOrEqual(150 * 1024);
    // About 2 s here, most of it the execution's fixed cost (loading the code, the settings, the
    // trigger, three tab reads) and the 2,000 log rows; README, Performance, for 20,000 invoices.
    expect(first?.simulatedMs).toBeLessThanOrEqual(2_500);
    // The header and cell words, rates, holidays and both languages' wording: one project file,
    // read once.
    expect(first?.byService.Files).toBe(1);
  });

  it('opens the template editor and saves settings without reading the book whole', () => {
    expect(cost.sidebar.getTemplates?.simulatedMs).toBeLessThanOrEqual(1_500);
    expect(cost.sidebar.saveSettings?.simulatedMs).toBeLessThanOrEqual(1_200);
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
    // The template editor previews on the book's last rows; it never reads the log.
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
    // Each thread came with the run's search for replies: none is fetched again.
    expect(kernel.count('GmailApp.getThreadById')).toBe(0);
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
    // The search and its read, and the user's aliases (asked once: is the e-mail the user's?).
    const gmail =
      kernel.countPrefix('GmailApp.search') +
      kernel.count('GmailApp.getMessagesForThreads') +
      kernel.count('GmailApp.getAliases');
    expect(gmail).toBeLessThanOrEqual(4);
    const paused = s.logRows().filter((r) => r.outcome === 'paused');
    expect(paused.map((r) => r.client)).toEqual(['client 1234']);
  });
});

describe('reading the conversations of the last days', () => {
  it('reads no header of Relance’s own reminders, and still sees a client’s reply', () => {
    const s = scenario({ rows: oneInvoicePerClient(30, '2026-02-26') });
    s.at('2026-03-02');
    s.trigger();
    const reminder = s.sent().find((m) => m.to.includes('compta@client-4.fr'));
    s.mailbox.deliverReply(reminder?.threadId as string, {
      from: 'Comptabilité Client 4 <compta@client-4.fr>',
      body: 'Bonjour, le virement part vendredi.',
      at: new Date('2026-03-03T09:00:00Z'),
    });
    s.at('2026-03-04');
    const kernel = s.runtime.kernel;
    kernel.resetCounters();
    s.trigger();
    // 30 reminders and 1 reply in the threads searched: only the reply's headers are read, its
    // sender, then its subject and the four headers that would mark an automatic reply.
    expect(kernel.count('GmailMessage.getFrom')).toBe(1);
    expect(kernel.count('GmailMessage.getSubject')).toBe(1);
    expect(kernel.count('GmailMessage.getHeader')).toBe(4);
    const paused = s.logRows().filter((r) => r.outcome === 'paused');
    expect(paused.map((r) => r.client)).toEqual(['client 4']);
  });
});

/** `count` invoices of 20 clients, 1,200 € each, due on `due`, with `notes` columns after them. */
function bookWithNotes(count: number, due: string, notes: number) {
  const noteHeaders = Array.from({ length: notes }, (_, i) => `Note ${i + 1}`);
  return [
    [...HEADERS, ...noteHeaders],
    ...Array.from({ length: count }, (_, i) => [
      `F-2026-${String(i).padStart(4, '0')}`,
      `Client ${i % 20}`,
      `compta@client-${i % 20}.fr`,
      1200,
      d(due),
      ...noteHeaders.map((h) => `${h} : relancé par téléphone le 3 mars, promet un virement`),
    ]),
  ];
}

describe('what a sidebar call reads of the invoices tab', () => {
  const todayOf = (notes: number) => {
    const s = scenario({ rows: bookWithNotes(2_000, '2026-02-20', notes) });
    s.at('2026-03-02');
    const kernel = s.runtime.kernel;
    kernel.resetCounters();
    const start = kernel.clock.now();
    const today = s.sidebar('getToday') as { totals: { emails: number } };
    return { today, simulatedMs: kernel.clock.now() - start };
  };

  it('reads the mapped columns only: eight note columns on 2,000 rows cost nothing', () => {
    const plain = todayOf(0);
    const noted = todayOf(8);
    expect(noted.today.totals).toEqual(plain.today.totals);
    expect(plain.today.totals.emails).toBe(20);
    // Reading them would cost 16,000 cells more; the header row's eight cells cost a trifle.
    expect(noted.simulatedMs - plain.simulatedMs).toBeLessThan(5);
  });

  it('asks the user’s properties once per call: the trigger’s owner and the interface language', () => {
    const s = scenario({ rows: bookWithNotes(40, '2026-02-20', 0) });
    s.at('2026-03-02');
    s.sidebar('setInterfaceLanguage', 'en');
    s.sidebar('setAutomation', true);
    const kernel = s.runtime.kernel;
    kernel.resetCounters();
    const state = s.sidebar('getSidebarState') as {
      language: string;
      setup: { automation: { installed: boolean } };
    };
    expect(state.language).toBe('en');
    expect(state.setup.automation.installed).toBe(true);
    expect(kernel.count('Properties.getProperties') + kernel.count('Properties.getProperty')).toBe(
      1,
    );
  });

  it('holds an invoice with one read of each tab, and shows Today with the hold in it', () => {
    const s = scenario({ rows: bookWithNotes(40, '2026-02-20', 2) });
    s.at('2026-03-02');
    const kernel = s.runtime.kernel;
    kernel.resetCounters();
    const today = s.sidebar('holdInvoice', { invoiceNumber: 'F-2026-0003', until: null }) as {
      emails: { invoices: { number: string }[] }[];
      skips: { number: string; reason: { code: string } }[];
    };
    const reads = Object.fromEntries(
      [...kernel.tabReads].map(([tab, n]) => [tab.split(' ').pop(), n]),
    );
    // The invoices tab, 41 rows of 7 columns: fewer cells than a read costs, so one read whole.
    // The log twice: whole, then the rows the hold is appended to (checked blank first: the tab
    // may have been sorted or had rows inserted since).
    expect(reads).toEqual({ Factures: 1, modèles: 1, journal: 2 });
    expect(today.skips.find((k) => k.number === 'F-2026-0003')?.reason.code).toBe('held_by_user');
    const listed = today.emails.flatMap((e) => e.invoices.map((i) => i.number));
    expect(listed).not.toContain('F-2026-0003');
    expect(listed).toContain('F-2026-0023');
  });

  it('opens the template editor on the last 500 rows, and previews any invoice asked for', () => {
    const s = scenario({ rows: bookWithNotes(1_200, '2026-02-20', 0) });
    s.at('2026-03-02');
    const view = s.sidebar('getTemplates') as {
      templates: { stage: string; language: string; subject: string; body: string }[];
      samples: { number: string }[];
    };
    expect(view.samples.length).toBeGreaterThan(0);
    for (const sample of view.samples) expect(sample.number >= 'F-2026-0700').toBe(true);
    // An invoice above the sample (a number typed or kept from before) is still found.
    const r1 = view.templates.find((t) => t.stage === 'r1' && t.language === 'fr');
    const preview = s.sidebar('previewTemplate', {
      template: r1,
      invoiceNumber: 'F-2026-0005',
    }) as { subject: string };
    expect(preview.subject).toContain('F-2026-0005');
  });
});

/** `count` clients with one invoice each, due on `due`, a paid-date column, then note columns. */
function bookWithPaidColumn(count: number, due: string, notes: number) {
  const noteHeaders = Array.from({ length: notes }, (_, i) => `Note ${i + 1}`);
  return [
    [...HEADERS, 'Payée le', ...noteHeaders],
    ...Array.from({ length: count }, (_, i) => [
      `F-2026-${String(i).padStart(4, '0')}`,
      `Client ${i}`,
      `compta@client-${i}.fr`,
      1200,
      d(due),
      '',
      ...noteHeaders.map((h) => `${h} : relancé par téléphone le 3 mars, promet un virement`),
    ]),
  ];
}

describe('what the daily run reads and writes of the invoices tab', () => {
  // 3,000 invoices due in April: nothing to send, a status for every row.
  const settledBook = (notes: number) => {
    const s = scenario({ rows: bookWithPaidColumn(3_000, '2026-04-15', notes) });
    s.at('2026-03-02');
    s.trigger();
    return s;
  };
  const cellsOfNextRun = (s: ReturnType<typeof settledBook>, day: string) => {
    s.at(day);
    const kernel = s.runtime.kernel;
    kernel.resetCounters();
    s.trigger();
    return {
      read: kernel.countCells('Range.getValues', 'Factures'),
      written: kernel.countCells('Range.setValues', 'Factures'),
    };
  };

  it('reads the mapped and status columns only: note columns cost nothing', () => {
    const plain = cellsOfNextRun(settledBook(0), '2026-03-03');
    const noted = cellsOfNextRun(settledBook(6), '2026-03-03');
    // The plan's reading: the header row, then 3,000 rows of the 6 mapped and 4 status columns.
    // Before the statuses: the header row, then the number column only (the rows did not move,
    // so the plan's reading says what the status cells hold).
    expect(plain.read).toBe(10 + 3_000 * 10 + 10 + 3_000);
    // The header row is read whole, twice: its six note cells are the only difference.
    expect(noted.read - plain.read).toBe(6 * 2);
  });

  it('writes the status cells of the rows whose status changed, and only those', () => {
    const s = settledBook(0);
    const statusCells = (row: number) => s.values('Factures')[row - 1]?.slice(6, 10);
    expect(statusCells(1)).toEqual([
      'Relance · étape',
      'Relance · dernière',
      'Relance · prochaine',
      'Relance · note',
    ]);
    const before = statusCells(1_501);
    expect(cellsOfNextRun(s, '2026-03-03').written).toBe(0);

    // The client of row 1,501 pays: its four status cells are the only ones written.
    s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 1_501, 6, [[d('2026-03-03')]]);
    expect(cellsOfNextRun(s, '2026-03-04').written).toBe(4);
    expect(statusCells(1_501)).not.toEqual(before);
    expect(statusCells(1_502)).toEqual(before);
  });

  it('never writes over a row it has no status for, even between two rows it writes', () => {
    const s = settledBook(0);
    s.at('2026-03-04');
    // Rows 1,501 and 1,503 are paid; row 1,502 is no longer an invoice: its cells are the user's.
    const { spreadsheets } = s.runtime;
    spreadsheets.setCells(s.spreadsheetId, 'Factures', 1_501, 6, [[d('2026-03-03')]]);
    spreadsheets.setCells(s.spreadsheetId, 'Factures', 1_503, 6, [[d('2026-03-03')]]);
    spreadsheets.setCells(s.spreadsheetId, 'Factures', 1_502, 1, [['', '', '', '', '', '']]);
    // While the run looks for replies, the user writes a note in that row's note column.
    const stop = s.runtime.kernel.onCall((method) => {
      if (method !== 'GmailApp.search') return;
      stop();
      spreadsheets.setCells(s.spreadsheetId, 'Factures', 1_502, 10, [['virement groupé reçu']]);
    });
    s.trigger();
    const rows = s.values('Factures');
    expect(rows[1_501]?.[9]).toBe('virement groupé reçu');
    expect(rows[1_500]?.[6]).not.toEqual(rows[1_504]?.[6]);
    expect(rows[1_502]?.[6]).toEqual(rows[1_500]?.[6]);
  });

  it('finds the rows again when they were sorted during the run', () => {
    const s = settledBook(0);
    s.at('2026-03-03');
    s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 11, 6, [[d('2026-03-03')]]);
    // The user sorts the tab by number, last first, while the run looks for replies in Gmail.
    const stop = s.runtime.kernel.onCall((method) => {
      if (method !== 'GmailApp.search') return;
      stop();
      s.runtime.spreadsheets.sort(s.spreadsheetId, 'Factures', { column: 1, ascending: false });
    });
    s.trigger();
    const rows = s.values('Factures');
    const statusOf = (number: string) => rows.find((r) => r[0] === number)?.slice(6, 10);
    expect(rows[10]?.[0]).toBe('F-2026-2990');
    expect(statusOf('F-2026-0009')).not.toEqual(statusOf('F-2026-0008'));
    expect(statusOf('F-2026-2990')).toEqual(statusOf('F-2026-0008'));
  });
});
