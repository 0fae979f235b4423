import { describe, expect, it } from 'vitest';
import {
  type ClientGroup,
  formatLogDetail,
  historyReader,
  parseLogDetail,
  readHistory,
} from '../../src/core/history.ts';
import { logRow } from './fixtures/invoices.ts';
import { JEAN_MARTIN_FREE, JEAN_MARTIN_ORANGE } from './fixtures/namesakes.ts';

const client = 'agence horizon';

describe('readHistory', () => {
  it('records stages done, e-mail count, last e-mail and thread per invoice', () => {
    const h = readHistory(
      [
        logRow({
          date: '2026-03-03',
          outcome: 'sent',
          stage: 'pre_due',
          clientKey: client,
          invoiceNumbers: ['F-2026-011'],
          threadId: 't-1',
        }),
        logRow({
          date: '2026-03-09',
          outcome: 'sent',
          stage: 'r1',
          clientKey: client,
          invoiceNumbers: ['F-2026-011'],
          threadId: 't-2',
        }),
        logRow({
          date: '2026-03-09',
          outcome: 'sent',
          stage: 'r1',
          clientKey: client,
          invoiceNumbers: ['F-2026-011'],
        }),
      ],
      { countTestSends: false },
    );
    const inv = h.invoice('F-2026-011');
    expect([...inv.done.keys()]).toEqual(['pre_due', 'r1']);
    expect(inv.emailsSent).toBe(2);
    expect(inv.highestRank).toBe(1);
    expect(inv.threadId).toBe('t-2');
    expect(h.client(client).lastEmailOn).toBe('2026-03-09');
  });

  it('knows nothing of an invoice the log never mentions', () => {
    const h = readHistory([], { countTestSends: false });
    expect(h.invoice('F-2026-999')).toMatchObject({ highestRank: -1, emailsSent: 0, hold: null });
    expect(h.client('studio nord')).toMatchObject({ lastEmailOn: null, pauses: [] });
  });

  it('keeps a pending send in flight until a row with its message key settles it', () => {
    const pending = logRow({
      date: '2026-03-10',
      outcome: 'pending',
      stage: 'r2',
      clientKey: client,
      invoiceNumbers: ['F-2026-003'],
      messageKey: 'rl-20260310-r2-1a2b3c4d',
    });
    const open = readHistory([pending], { countTestSends: false });
    expect(open.invoice('F-2026-003').pendingSince).toBe('2026-03-10');
    expect(open.client(client).lastEmailOn).toBe('2026-03-10');
    const failed = readHistory([pending, { ...pending, outcome: 'failed' }], {
      countTestSends: false,
    });
    expect(failed.invoice('F-2026-003')).toMatchObject({ pendingSince: null, emailsSent: 0 });
  });

  it('keeps every invoice of a pending grouped message in flight until each is settled', () => {
    const pendingRow = (number: string, stage: 'r1' | 'r2') =>
      logRow({
        date: '2026-03-10',
        outcome: 'pending',
        stage,
        clientKey: client,
        invoiceNumbers: [number],
        messageKey: 'rl-20260310-r2-1a2b3c4d',
      });
    const rows = [pendingRow('F-2026-003', 'r2'), pendingRow('F-2026-011', 'r1')];
    const crashed = readHistory(rows, { countTestSends: false });
    expect(crashed.invoice('F-2026-003').pendingSince).toBe('2026-03-10');
    expect(crashed.invoice('F-2026-011').pendingSince).toBe('2026-03-10');
    const half = readHistory([...rows, { ...rows[0], outcome: 'sent' } as (typeof rows)[0]], {
      countTestSends: false,
    });
    expect(half.invoice('F-2026-003').pendingSince).toBeNull();
    expect(half.invoice('F-2026-011').pendingSince).toBe('2026-03-10');
    const reconciled = logRow({
      date: '2026-03-11',
      outcome: 'sent',
      clientKey: client,
      messageKey: 'rl-20260310-r2-1a2b3c4d',
    });
    expect(
      readHistory([...rows, reconciled], { countTestSends: false }).invoice('F-2026-011')
        .pendingSince,
    ).toBeNull();
  });

  it('counts a test message only when asked to', () => {
    const rows = [
      logRow({
        date: '2026-03-10',
        outcome: 'test_sent',
        stage: 'r1',
        clientKey: client,
        invoiceNumbers: ['F-2026-003'],
      }),
    ];
    expect(readHistory(rows, { countTestSends: false }).invoice('F-2026-003').emailsSent).toBe(0);
    expect(readHistory(rows, { countTestSends: true }).invoice('F-2026-003').emailsSent).toBe(1);
  });

  it('counts a formal notice drafted or a call asked for in test mode only in test mode', () => {
    const key = 'agence horizon|notice|2026-03-02';
    const rows = [
      logRow({
        date: '2026-03-02',
        outcome: 'pending',
        stage: 'notice',
        clientKey: client,
        invoiceNumbers: ['F-2026-003'],
        messageKey: key,
        detail: 'mode=test',
      }),
      logRow({
        date: '2026-03-02',
        outcome: 'drafted',
        stage: 'notice',
        clientKey: client,
        invoiceNumbers: ['F-2026-003'],
        messageKey: key,
        detail: 'mode=test; draft=r-123',
      }),
      logRow({
        date: '2026-03-02',
        outcome: 'task',
        stage: 'call',
        clientKey: client,
        invoiceNumbers: ['F-2026-004'],
        detail: 'kind=call; mode=test',
      }),
    ];
    const live = readHistory(rows, { countTestSends: false });
    expect(live.invoice('F-2026-003').highestRank).toBe(-1);
    expect(live.invoice('F-2026-003').pendingSince).toBeNull();
    expect(live.invoice('F-2026-004').done.size).toBe(0);
    expect(live.client(client).noticeOn).toBeNull();
    const test = readHistory(rows, { countTestSends: true });
    expect([...test.invoice('F-2026-003').done.keys()]).toEqual(['notice']);
    expect([...test.invoice('F-2026-004').done.keys()]).toEqual(['call']);
    expect(test.client(client).noticeOn).toBe('2026-03-02');
  });

  it('treats a stage the user skipped as done but not as an e-mail; run skips change nothing', () => {
    const h = readHistory(
      [
        logRow({
          date: '2026-03-10',
          outcome: 'skipped',
          stage: 'r2',
          clientKey: client,
          invoiceNumbers: ['A'],
          detail: 'by=user',
        }),
        logRow({
          date: '2026-03-10',
          outcome: 'skipped',
          stage: 'r2',
          clientKey: client,
          invoiceNumbers: ['B'],
          detail: 'reason=min_gap',
        }),
      ],
      { countTestSends: false },
    );
    expect(h.invoice('A')).toMatchObject({ highestRank: 2, emailsSent: 0 });
    expect(h.invoice('B').highestRank).toBe(-1);
  });

  it('follows holds and releases in log order', () => {
    const held = logRow({
      date: '2026-03-05',
      outcome: 'held',
      clientKey: client,
      invoiceNumbers: ['A'],
      detail: 'by=user; until=2026-03-31',
    });
    expect(readHistory([held], { countTestSends: false }).invoice('A').hold).toEqual({
      since: '2026-03-05',
      until: '2026-03-31',
      bouncedOn: null,
    });
    const released = logRow({
      date: '2026-03-06',
      outcome: 'resumed',
      clientKey: client,
      invoiceNumbers: ['A'],
    });
    expect(readHistory([held, released], { countTestSends: false }).invoice('A').hold).toBeNull();
  });

  it('holds the invoices of a reminder that bounced until the user resumes them', () => {
    const bounced = logRow({
      date: '2026-03-03',
      outcome: 'held',
      clientKey: client,
      invoiceNumbers: ['A'],
      detail: 'reason=bounce; on=2026-03-02; msg=3f9a0c51e2b7d468',
    });
    expect(readHistory([bounced], { countTestSends: false }).invoice('A').hold).toEqual({
      since: '2026-03-03',
      until: null,
      bouncedOn: '2026-03-02',
    });
    const released = logRow({
      date: '2026-03-04',
      outcome: 'resumed',
      clientKey: client,
      invoiceNumbers: ['A'],
    });
    expect(
      readHistory([bounced, released], { countTestSends: false }).invoice('A').hold,
    ).toBeNull();
  });

  it('keeps pauses recorded after the last resume of the client', () => {
    const h = readHistory(
      [
        logRow({
          date: '2026-02-02',
          outcome: 'paused',
          clientKey: client,
          detail: 'kind=client_reply; on=2026-02-01',
        }),
        logRow({ date: '2026-02-05', outcome: 'resumed', clientKey: client }),
        logRow({
          date: '2026-03-02',
          outcome: 'paused',
          clientKey: client,
          detail: 'kind=manual_email',
        }),
      ],
      { countTestSends: false },
    );
    expect(h.client(client)).toMatchObject({
      resumedOn: '2026-02-05',
      pauses: [{ kind: 'manual_email', on: '2026-03-02', until: undefined }],
    });
  });

  it('remembers the first formal notice of a client', () => {
    const h = readHistory(
      [
        logRow({
          date: '2026-01-20',
          outcome: 'drafted',
          stage: 'notice',
          clientKey: client,
          invoiceNumbers: ['A'],
        }),
        logRow({
          date: '2026-02-20',
          outcome: 'drafted',
          stage: 'notice',
          clientKey: client,
          invoiceNumbers: ['B'],
        }),
      ],
      { countTestSends: false },
    );
    expect(h.client(client).noticeOn).toBe('2026-01-20');
  });
});

describe('two people bearing one client name (recipient groups)', () => {
  const jean = 'jean martin';
  const orange = JEAN_MARTIN_ORANGE;
  const free = JEAN_MARTIN_FREE;
  const reply = (date: string, recipients: string[] = []) =>
    logRow({
      date,
      outcome: 'paused',
      clientKey: jean,
      recipients,
      detail: `kind=client_reply; on=${date}`,
    });
  const resume = (date: string, recipients: string[] = []) =>
    logRow({ date, outcome: 'resumed', clientKey: jean, recipients });
  const read = (...rows: ReturnType<typeof logRow>[]) =>
    readHistory(rows, { countTestSends: false });

  it('a pause naming one group’s address pauses that group, not the other', () => {
    const h = read(reply('2026-03-03', ['Jean.Martin@orange.fr']));
    expect(h.client(jean, orange).pauses).toHaveLength(1);
    expect(h.client(jean, free).pauses).toEqual([]);
    // Asked about the whole name (quotes, instalment notes), every pause holds.
    expect(h.client(jean).pauses).toHaveLength(1);
  });

  it('a pause written before groups were told apart (no address) pauses every group', () => {
    const h = read(reply('2026-03-03'));
    expect(h.client(jean, orange).pauses).toHaveLength(1);
    expect(h.client(jean, free).pauses).toHaveLength(1);
  });

  it('a resume of one group lifts that group’s pauses only; one without addresses lifts all', () => {
    const both = [
      reply('2026-03-03', ['jean.martin@orange.fr']),
      reply('2026-03-03', ['jmartin@free.fr']),
      reply('2026-03-02'),
    ];
    const h = read(...both, resume('2026-03-04', ['jean.martin@orange.fr']));
    expect(h.client(jean, orange)).toMatchObject({ pauses: [], resumedOn: '2026-03-04' });
    expect(h.client(jean, free).pauses.map((p) => p.recipients)).toEqual([['jmartin@free.fr'], []]);
    // The whole name keeps what no resume of the whole name lifted.
    expect(h.client(jean).pauses.map((p) => p.recipients)).toEqual([['jmartin@free.fr'], []]);
    const all = read(...both, resume('2026-03-04'));
    expect(all.client(jean, free)).toMatchObject({ pauses: [], resumedOn: '2026-03-04' });
  });

  it('a pause recorded after a group’s resume holds again', () => {
    const h = read(
      reply('2026-03-03', ['jean.martin@orange.fr']),
      resume('2026-03-04', ['jean.martin@orange.fr']),
      reply('2026-03-06', ['jean.martin@orange.fr']),
    );
    expect(h.client(jean, orange).pauses.map((p) => p.on)).toEqual(['2026-03-06']);
  });

  it('a pause naming a group’s invoice is that group’s, whatever address its rows give now', () => {
    // Jean Martin (orange.fr) asked to be written at jm.conseil@orange.fr; the row says so now.
    const moved: ClientGroup = { ...orange, addresses: ['jm.conseil@orange.fr'] };
    const h = read({
      ...reply('2026-03-03', ['jean.martin@orange.fr']),
      invoiceNumbers: ['f-2026-041'],
    });
    expect(h.client(jean, moved).pauses).toHaveLength(1);
    expect(h.client(jean, free).pauses).toEqual([]);
  });

  it('a name that is one person is paused and resumed whole, whatever the rows’ addresses', () => {
    const dupont: ClientGroup = {
      addresses: ['compta@atelier-dupont.fr'],
      invoices: new Set(),
      ofName: new Set(),
      sole: true,
    };
    const pause = {
      ...reply('2026-03-03', ['contact@atelier-dupont.fr']),
      clientKey: 'atelier dupont',
    };
    expect(read(pause).client('atelier dupont', dupont).pauses).toHaveLength(1);
    const resumed = read(
      { ...reply('2026-03-03'), clientKey: 'atelier dupont' },
      { ...resume('2026-03-05', ['contact@atelier-dupont.fr']), clientKey: 'atelier dupont' },
    );
    expect(resumed.client('atelier dupont', dupont)).toMatchObject({
      pauses: [],
      resumedOn: '2026-03-05',
    });
  });

  it('a resume naming a group’s invoices lifts its pauses after its address changed', () => {
    const moved: ClientGroup = { ...orange, addresses: ['jm.conseil@orange.fr'] };
    const h = read(
      { ...reply('2026-03-03', ['jean.martin@orange.fr']), invoiceNumbers: ['F-2026-041'] },
      reply('2026-03-03', ['jmartin@free.fr']),
      {
        ...resume('2026-03-04', ['jean.martin@orange.fr']),
        detail: formatLogDetail({ by: 'user', invoices: 'F-2026-041' }),
      },
    );
    expect(h.client(jean, moved)).toMatchObject({ pauses: [], resumedOn: '2026-03-04' });
    expect(h.client(jean, free).pauses).toHaveLength(1);
  });

  it('the gap counts e-mails listing the group’s invoices, or invoices no other group has', () => {
    const sent = (date: string, invoice: string, outcome: 'sent' | 'pending' = 'sent') =>
      logRow({
        date,
        outcome,
        stage: 'r1',
        clientKey: jean,
        invoiceNumbers: [invoice],
        messageKey: `rl-${invoice}-${date}`,
      });
    const h = read(sent('2026-03-02', 'F-2026-041'), sent('2026-03-01', 'F-2026-039'));
    expect(h.client(jean, orange).lastEmailOn).toBe('2026-03-02');
    // F-2026-039 is gone from the sheet: whose it was is unknown, so it counts for both.
    expect(h.client(jean, free).lastEmailOn).toBe('2026-03-01');
    expect(h.client(jean).lastEmailOn).toBe('2026-03-02');
    const inFlight = read(sent('2026-03-05', 'f-2026-042', 'pending'));
    expect(inFlight.client(jean, free).lastEmailOn).toBe('2026-03-05');
    expect(inFlight.client(jean, orange).lastEmailOn).toBeNull();
  });
});

describe('log details', () => {
  it('round-trips key=value fields and never lets a value break the format', () => {
    const text = formatLogDetail({ kind: 'client_reply', on: '2026-03-02', note: 'a; b' });
    expect(text).toBe('kind=client_reply; on=2026-03-02; note=a, b');
    expect(parseLogDetail(text)).toEqual({ kind: 'client_reply', on: '2026-03-02', note: 'a, b' });
    expect(parseLogDetail('Relance envoyée')).toEqual({});
  });
});

describe('client keys written by an earlier version', () => {
  it('finds a client whose key was written before apostrophes were folded', () => {
    // The log says `l’atelier du marais` (typographic apostrophe); the sheet now gives the key
    // `l'atelier du marais`. The gap and pauses of that client must still hold.
    const h = readHistory(
      [
        logRow({
          date: '2026-03-09',
          outcome: 'sent',
          stage: 'r1',
          clientKey: 'l’atelier du marais',
          invoiceNumbers: ['F-2026-021'],
        }),
        logRow({
          date: '2026-03-10',
          outcome: 'paused',
          clientKey: 'l’atelier du marais',
          detail: 'kind=client_reply; on=2026-03-10',
        }),
      ],
      { countTestSends: false },
    );
    expect(h.client("l'atelier du marais").lastEmailOn).toBe('2026-03-09');
    expect(h.client("l'atelier du marais").pauses).toHaveLength(1);
  });
});

describe('historyReader', () => {
  it('answers after each instalment as reading every row so far would', () => {
    const pending = logRow({
      date: '2026-03-09',
      outcome: 'pending',
      stage: 'r1',
      clientKey: client,
      invoiceNumbers: ['F-2026-011'],
      messageKey: 'rl-20260309-r1-0a1b2c3d',
    });
    const sent = { ...pending, outcome: 'sent' as const, threadId: 't-9' };
    const reader = historyReader({ countTestSends: false });
    reader.add([pending]);
    expect(reader.history.invoice('F-2026-011').pendingSince).toBe('2026-03-09');
    expect(reader.history.client(client).lastEmailOn).toBe('2026-03-09');
    reader.add([sent]);
    expect(reader.history.invoice('F-2026-011')).toEqual(
      readHistory([pending, sent], { countTestSends: false }).invoice('F-2026-011'),
    );
    expect(reader.history.invoice('F-2026-011')).toMatchObject({
      pendingSince: null,
      emailsSent: 1,
      threadId: 't-9',
    });
  });
});

describe('readHistory for the invoices of the book only', () => {
  const log = [
    logRow({
      date: '2026-03-02',
      outcome: 'sent',
      stage: 'r1',
      clientKey: client,
      invoiceNumbers: ['F-2023-004', 'F-2026-011'],
      threadId: 't-7',
    }),
    logRow({
      date: '2026-03-04',
      outcome: 'held',
      clientKey: client,
      invoiceNumbers: ['F-2023-004'],
    }),
  ];

  it('gives the invoices asked about the history the whole reading gives them', () => {
    const whole = readHistory(log, { countTestSends: false });
    const book = readHistory(log, { countTestSends: false, invoices: new Set(['F-2026-011']) });
    expect(book.invoice('F-2026-011')).toEqual(whole.invoice('F-2026-011'));
    expect(book.client(client)).toEqual(whole.client(client));
    expect(book.client(client).lastEmailOn).toBe('2026-03-02');
  });

  it('refuses a question about an invoice it did not read, rather than answer "never chased"', () => {
    const book = readHistory(log, { countTestSends: false, invoices: new Set(['F-2026-011']) });
    expect(() => book.invoice('F-2023-004')).toThrow(/F-2023-004/);
  });
});
