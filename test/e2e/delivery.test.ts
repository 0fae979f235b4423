/**
 * What a freelancer relies on when the daily run sends (docs/architecture.md): a reminder leaves
 * at most once even when Gmail fails half-way, test mode leaves no trace in the client's real
 * sequence, a run stops before Apps Script's 6-minute limit and carries the rest over, the
 * sidebar shows the summary of a scheduled run, an e-mail the user wrote to a client by hand
 * pauses that client's reminders, and an invoice marked paid while a long run sends is spared.
 */
import { describe, expect, it } from 'vitest';
import { book, d, everyDay, logged, scenario } from './support/world.ts';

const DUPONT = ['Atelier Dupont', 'compta@atelier-dupont.fr'] as const;
const GIRARD = ['Menuiserie Girard', 'luc@menuiserie-girard.fr'] as const;
const SERVER_ERROR = "We're sorry, a server error occurred. Please wait a bit and try again.";
/** Apps Script's rate limit, which is not the daily quota (seen in real executions). */
const RATE_LIMIT =
  'Service invoked too many times in a short time: gmail rateMax. Try Utilities.sleep(1000) between calls.';

const toClients = (s: ReturnType<typeof scenario>) =>
  s.sent().filter((m) => !m.to.includes(s.user));

describe('a reminder leaves at most once', () => {
  // The send goes through, then reading the sent message's thread fails: a Gmail server error,
  // or a rate limit (which is not the daily quota), can come after the message was accepted, and
  // the run cannot know from the exception alone.
  it.each([
    ['a server error', SERVER_ERROR],
    ['a rate limit', RATE_LIMIT],
  ])('checks Sent mail when %s follows the send, and never sends it again', (_, error) => {
    const s = scenario({ rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-26')]]) });
    let sent = false;
    const undo = s.runtime.kernel.onCall((method) => {
      if (method === 'GmailDraft.send') sent = true;
      else if (sent && method === 'GmailMessage.getThread') {
        sent = false;
        throw new Error(error);
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
    expect(logged(s, 'carried_over')).toEqual([]);
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
  it('starts the client’s real sequence at r1 once live, whatever test mode drafted or tasked', () => {
    const s = scenario({
      rows: book([['F-2026-011', ...GIRARD, 3600, d('2026-01-05')]]),
      live: false,
      start: '2026-01-06T07:00:00Z',
    });
    everyDay(s, '2026-01-06', '2026-03-02');
    expect(s.mailbox.drafts().map((m) => m.to)).toEqual([[s.user]]);
    expect(logged(s, 'task')).toEqual(['F-2026-011:call']);
    expect(toClients(s)).toHaveLength(0);
    s.saveSettings({ testMode: false });
    s.at('2026-03-03');
    s.trigger();
    expect(toClients(s).map((m) => m.to.join())).toEqual([GIRARD[1]]);
    expect(logged(s, 'sent')).toEqual(['F-2026-011:r1']);
    expect(s.mailbox.drafts().map((m) => m.to.join(','))).toEqual([s.user]);
  });
});

describe('the run summary', () => {
  it('shows in the sidebar after a run of the daily trigger, which has no open document', () => {
    const s = scenario({
      rows: book([
        ['F-2026-014', ...DUPONT, 1200, d('2026-02-16')],
        ['F-2026-011', ...GIRARD, 3600, d('2026-01-05')],
      ]),
      start: '2026-01-06T07:00:00Z',
    });
    // Girard's notice falls on 19 February (call on 4 Feb + 15), with Dupont's r1.
    everyDay(s, '2026-01-06', '2026-02-18');
    s.at('2026-02-19');
    const report = s.trigger();
    expect(report).toMatchObject({ sent: 1, drafted: 1 });
    const today = s.sidebar('getToday') as { lastRun: Record<string, unknown> | null };
    expect(today.lastRun).toMatchObject({ at: report.at, sent: 1, drafted: 1, carriedOver: 0 });
    // A later run from the sidebar ("run now") is the one shown next.
    s.at('2026-02-19', '16:00:00');
    const manual = s.inDoc('runRemindersNow') as Record<string, unknown>;
    const after = s.sidebar('getToday') as { lastRun: Record<string, unknown> | null };
    expect(after.lastRun?.at).toBe(manual.at);
  });
});

describe('the time budget', () => {
  // Eight clients due r1 the same day, amounts all different so the priority order is known.
  const CLIENTS = [
    ['F-2026-060', 'Atelier Dupont', 'compta@atelier-dupont.fr', 8000],
    ['F-2026-061', 'Studio Lumière', 'factures@studio-lumiere.fr', 7000],
    ['F-2026-062', 'Menuiserie Girard', 'luc@menuiserie-girard.fr', 6000],
    ['F-2026-063', 'Éditions Rivage', 'hugo@editions-rivage.fr', 5000],
    ['F-2026-064', 'Librairie du Port', 'contact@librairie-du-port.fr', 4000],
    ['F-2026-065', 'Café des Arts', 'gerance@cafe-des-arts.fr', 3000],
    ['F-2026-066', 'Garage Moreau', 'secretariat@garage-moreau.fr', 2000],
    ['F-2026-067', 'Cabinet Lefèvre', 'cabinet@lefevre-avocats.fr', 1000],
  ] as const;
  const rows = book(CLIENTS.map(([n, c, e, a]) => [n, c, e, a, d('2026-02-26')]));

  it('stops before the 6-minute limit, carries the rest over, and sends it on the next run', () => {
    // A minute per send: the 4.5-minute budget is spent after five messages.
    const s = scenario({ rows, latency: { 'GmailDraft.send': 60_000 } });
    s.at('2026-03-02');
    const report = s.trigger();
    expect(report.status).toBe('partial');
    expect((report.stop as { code: string }).code).toBe('time_budget');
    expect(report.durationMs).toBeLessThan(6 * 60 * 1000);
    // The largest amounts went first; the three smallest wait, and the log says so.
    expect(logged(s, 'sent')).toEqual(CLIENTS.slice(0, 5).map(([n]) => `${n}:r1`));
    expect(logged(s, 'carried_over')).toEqual(CLIENTS.slice(5).map(([n]) => `${n}:r1`));
    expect(report.carriedOver).toBe(3);
    const runRow = s.logRows().find((r) => r.outcome === 'run');
    expect(runRow?.detail).toContain('carried=3');
    const today = s.sidebar('getToday') as { lastRun: { carriedOver: number; sent: number } };
    expect(today.lastRun).toMatchObject({ sent: 5, carriedOver: 3 });

    s.at('2026-03-02', '15:00:00');
    const second = s.trigger();
    expect(second.sent).toBe(3);
    expect(second.carriedOver).toBe(0);
    const perClient = new Map<string, number>();
    for (const m of toClients(s)) perClient.set(m.to.join(), (perClient.get(m.to.join()) ?? 0) + 1);
    expect([...perClient.values()]).toEqual(Array(8).fill(1));
    expect(logged(s, 'sent')).toHaveLength(8);
    expect(logged(s, 'pending')).toEqual([]);
  });
});

describe('an e-mail the user wrote to the client by hand', () => {
  it('pauses that client for the configured days, is logged once, then reminders resume', () => {
    const s = scenario({
      rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-26')]]),
      settings: { recentManualEmailDays: 3 },
    });
    s.at('2026-03-02');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    // r2 falls on Monday 9 March; the user wrote to the client on Sunday 8 March.
    s.mailbox.userSentByHand({
      to: `Marie Dupont <${DUPONT[1]}>`,
      subject: 'Votre commande de mars',
      body: 'Bonjour Marie, je vous envoie le devis dont nous avons parlé. Camille',
      at: new Date('2026-03-08T17:00:00Z'),
    });
    for (const day of ['2026-03-09', '2026-03-10', '2026-03-11']) {
      s.at(day);
      s.trigger();
    }
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    const paused = s.logRows().filter((r) => r.outcome === 'paused');
    expect(paused).toHaveLength(1);
    expect(paused[0]?.detail).toContain('kind=manual_email');
    expect(paused[0]?.detail).toContain('until=2026-03-11');
    s.at('2026-03-12');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
  });

  it('is not confused with the reminders Relance sent itself', () => {
    const s = scenario({ rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-26')]]) });
    s.at('2026-03-02');
    s.trigger();
    s.at('2026-03-09');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
    expect(s.logRows().filter((r) => r.outcome === 'paused')).toEqual([]);
  });

  it('counts when the user answers by hand in the reminder thread, quoting the reminder', () => {
    const s = scenario({
      rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-26')]]),
      settings: { recentManualEmailDays: 3 },
    });
    s.at('2026-03-02');
    s.trigger();
    const [r1] = s.sent();
    // Gmail's plain body of a reply carries the quoted message, reference line included.
    const quoted = (r1?.text ?? '')
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    s.mailbox.userSentByHand({
      to: DUPONT[1],
      subject: `Re: ${r1?.subject}`,
      body: `Bonjour Marie, comme convenu au téléphone, je vous renvoie l’IBAN.\n\nLe lun. 2 mars 2026, Camille Martin a écrit :\n${quoted}`,
      at: new Date('2026-03-08T17:00:00Z'),
      threadId: r1?.threadId as string,
    });
    s.at('2026-03-09');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    expect(s.logRows().filter((r) => r.outcome === 'paused')).toHaveLength(1);
  });
});

describe('an invoice changed while the run is sending', () => {
  const rows = [
    [...['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance'], 'Statut'],
    ['F-2026-070', 'Atelier Dupont', 'compta@atelier-dupont.fr', 5000, d('2026-02-26'), ''],
    ['F-2026-071', 'Studio Lumière', 'factures@studio-lumiere.fr', 3000, d('2026-02-26'), ''],
    ['F-2026-072', 'Menuiserie Girard', 'luc@menuiserie-girard.fr', 1000, d('2026-02-26'), ''],
  ];

  it('is not reminded when the user marks it paid after the run read the sheet', () => {
    // Sends take 70 s each, as on a very slow day: the run reads the sheet again before a send
    // when its reading is older than a minute.
    const s = scenario({ rows, latency: { 'GmailDraft.send': 70_000 } });
    const undo = s.runtime.kernel.onCall((method) => {
      if (method !== 'GmailDraft.send') return;
      undo();
      // While the first reminder goes out, Studio Lumière's payment arrives.
      s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 3, 6, [['Payée']]);
    });
    s.at('2026-03-02');
    s.trigger();
    expect(toClients(s).map((m) => m.to.join())).toEqual([
      'compta@atelier-dupont.fr',
      'luc@menuiserie-girard.fr',
    ]);
    const held = s.logRows().filter((r) => r.invoices === 'F-2026-071');
    expect(held.map((r) => r.outcome)).toEqual(['skipped']);
    expect(held[0]?.detail).toContain('reason=changed_during_run');
    s.at('2026-03-03');
    s.trigger();
    expect(toClients(s)).toHaveLength(2);
  });
});

describe('a message Gmail refuses for its size', () => {
  const PDF_ID = '1qN7vX2bK9mR4tY8wZ3cF6hJ0lP5sD1aG';
  it('fails on its own: the other reminders of the run still go out', () => {
    const s = scenario({
      rows: [
        [...['N° facture', 'Client', 'E-mail', 'Montant', 'Échéance'], 'Facture PDF'],
        ['F-2026-090', 'Atelier Dupont', 'compta@atelier-dupont.fr', 9000, d('2026-02-16'), PDF_ID],
        ['F-2026-091', 'Studio Lumière', 'factures@studio-lumiere.fr', 3000, d('2026-02-16'), ''],
        ['F-2026-092', 'Menuiserie Girard', 'luc@menuiserie-girard.fr', 1000, d('2026-02-16'), ''],
      ],
    });
    // A scanned invoice over Gmail's 25 MB of attachments per message.
    s.drive.addFile({
      id: PDF_ID,
      name: 'F-2026-090.pdf',
      mimeType: 'application/pdf',
      bytes: new Uint8Array(26 * 1024 * 1024),
    });
    // r1 (no attachment) on 19 February, then r2, which attaches the PDF, on 26 February.
    s.at('2026-02-19');
    s.trigger();
    const before = toClients(s).length;
    s.at('2026-02-26');
    const report = s.trigger();
    expect(
      toClients(s)
        .slice(before)
        .map((m) => m.to.join()),
    ).toEqual(['factures@studio-lumiere.fr', 'luc@menuiserie-girard.fr']);
    expect(logged(s, 'failed')).toEqual(['F-2026-090:r2']);
    expect(logged(s, 'carried_over')).toEqual([]);
    expect(report).toMatchObject({ status: 'completed', failed: 1, carriedOver: 0 });
  });
});

describe('one run at a time', () => {
  it('"run now" does not overlap a run of the daily trigger, which has only the user lock', () => {
    const s = scenario({ rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-26')]]) });
    // The trigger's run, without a document, holds the user's lock
    // (https://developers.google.com/apps-script/reference/lock/lock-service#getUserLock()).
    s.locks.holdLock('user', s.user);
    s.at('2026-03-02');
    const report = s.inDoc('runRemindersNow') as { stop: { code: string } | null };
    expect(report.stop?.code).toBe('locked');
    expect(toClients(s)).toEqual([]);
    s.locks.release('user', s.user);
    s.at('2026-03-02', '10:00:00');
    s.inDoc('runRemindersNow');
    expect(toClients(s)).toHaveLength(1);
  });

  /** The owner's daily run in progress: its lease claimed in the spreadsheet, its user lock held. */
  function ownersRunInProgress(s: ReturnType<typeof scenario>, since: string): void {
    const at = Date.parse(since);
    s.runtime.spreadsheets.setMetadataValue(
      s.spreadsheetId,
      'relance.lease',
      JSON.stringify({ id: 'owner-run', since: at, until: at + 7 * 60_000 }),
    );
    s.locks.holdLock('user', s.user);
  }

  it('a co-editor’s “run now” does not overlap the owner’s daily run either', () => {
    // The trigger has no document: it holds no lock the co-editor's run waits for. Its lease in
    // the spreadsheet is what the co-editor's run finds.
    const s = scenario({ rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-26')]]) });
    s.at('2026-03-02', '08:00:00');
    ownersRunInProgress(s, '2026-03-02T07:59:30Z');
    const partner = { activeSpreadsheetId: s.spreadsheetId, user: 'lea.bernard@gmail.com' };
    const report = s.runtime.runWith(partner, 'runRemindersNow') as {
      stop: { code: string } | null;
    };
    expect(report.stop?.code).toBe('locked');
    expect(() =>
      s.runtime.runAsSidebarCall('holdInvoice', [{ invoiceNumber: 'F-2026-014', until: null }], {
        ...partner,
      }),
    ).toThrow(/exécution de Relance est en cours|run is in progress/i);
    expect(toClients(s)).toEqual([]);
  });

  it('a run cut without releasing its lease blocks nobody once the lease lapses', () => {
    const s = scenario({ rows: book([['F-2026-014', ...DUPONT, 1200, d('2026-02-26')]]) });
    ownersRunInProgress(s, '2026-03-02T07:00:00Z');
    s.locks.release('user', s.user);
    // 7 minutes and more later: the claim has lapsed.
    s.at('2026-03-02', '08:00:00');
    s.inDoc('runRemindersNow');
    expect(toClients(s)).toHaveLength(1);
  });
});
