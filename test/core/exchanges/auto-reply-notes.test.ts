import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date.ts';
import {
  autoReplyOf,
  autoReplySentence,
  recentAutoReplies,
} from '../../../src/core/exchanges/auto-reply-notes.ts';
import { formatLogDetail } from '../../../src/core/history.ts';
import { type LogEntry, logEntry } from '../../../src/core/log-entry.ts';
import { JEAN_MARTIN_FREE, JEAN_MARTIN_ORANGE } from '../fixtures/namesakes.ts';

const day = (text: string) => text as CalendarDate;

/** The row a run writes for an automatic reply received on `on`. */
function autoReply(clientKey: string, on: string, from: string, quote: string): LogEntry {
  return logEntry({
    at: `${on}T08:00:00.000Z`,
    date: day(on),
    runId: 'run-1',
    outcome: 'auto_reply',
    clientKey,
    subject: quote,
    threadId: 'thread-1',
    detail: formatLogDetail({ on, from, msg: '3f2a9c1e8b7d6a50', quote }),
  });
}

describe('the automatic replies the user is told of', () => {
  it('are each client’s latest of the last two weeks', () => {
    const log = [
      autoReply(
        'atelier dupont',
        '2026-02-10',
        'compta@atelier-dupont.fr',
        'Absente jusqu’au 20 février',
      ),
      autoReply(
        'atelier dupont',
        '2026-03-02',
        'compta@atelier-dupont.fr',
        'Absente jusqu’au 13 mars',
      ),
      autoReply(
        'studio lumen',
        '2026-02-27',
        'paul@studio-lumen.fr',
        'Out of office until 2 March',
      ),
      autoReply('beta conseil', '2026-02-15', 'compta@beta-conseil.fr', 'En congés'),
    ];
    const notes = recentAutoReplies(log, day('2026-03-03'));
    expect([...notes.values()].map((n) => [n.clientKey, n.on, n.quote])).toEqual([
      ['atelier dupont', '2026-03-02', 'Absente jusqu’au 13 mars'],
      ['studio lumen', '2026-02-27', 'Out of office until 2 March'],
    ]);
  });

  it('keep the whole quote even when it holds the log detail’s separators', () => {
    const quote = 'Retour le 5/01 = lundi, urgences : 01 23 45 67 89';
    const [note] = recentAutoReplies(
      [autoReply('atelier dupont', '2026-03-02', 'compta@atelier-dupont.fr', quote)],
      day('2026-03-02'),
    ).values();
    expect(note?.quote).toBe(quote);
  });

  it('are said in French and in English', () => {
    const [note] = recentAutoReplies(
      [
        autoReply(
          'atelier dupont',
          '2026-03-02',
          'compta@atelier-dupont.fr',
          'Absente jusqu’au 13 mars',
        ),
      ],
      day('2026-03-03'),
    ).values();
    if (!note) throw new Error('no note');
    expect(autoReplySentence(note, 'fr')).toBe(
      'Réponse automatique de compta@atelier-dupont.fr le 2026-03-02 : « Absente jusqu’au 13 mars »',
    );
    expect(autoReplySentence(note, 'en')).toBe(
      'Automatic reply from compta@atelier-dupont.fr on 2026-03-02: “Absente jusqu’au 13 mars”',
    );
  });
});

describe('the automatic reply of one of two people bearing one name', () => {
  const orange = JEAN_MARTIN_ORANGE;
  const free = JEAN_MARTIN_FREE;
  const away = (on: string, recipients: string[], invoiceNumbers: string[]) => ({
    ...autoReply('jean martin', on, recipients[0] ?? 'jean.martin@orange.fr', 'Absent'),
    recipients,
    invoiceNumbers,
  });

  it('is theirs only: by address, or by invoice once their address changed', () => {
    const notes = recentAutoReplies(
      [away('2026-03-02', ['jean.martin@orange.fr'], ['F-2026-041'])],
      day('2026-03-03'),
    );
    expect(autoReplyOf(notes, 'jean martin', orange)?.on).toBe('2026-03-02');
    expect(autoReplyOf(notes, 'jean martin', free)).toBeUndefined();
    const moved = { ...orange, addresses: ['jm.conseil@orange.fr'] };
    expect(autoReplyOf(notes, 'jean martin', moved)?.on).toBe('2026-03-02');
  });

  it('each keeps their own latest one; a row of an earlier version (no address) is the name’s', () => {
    const notes = recentAutoReplies(
      [
        away('2026-03-01', [], []),
        away('2026-03-02', ['jean.martin@orange.fr'], ['F-2026-041']),
        away('2026-02-27', ['jmartin@free.fr'], ['F-2026-042']),
      ],
      day('2026-03-03'),
    );
    expect(notes.size).toBe(3);
    expect(autoReplyOf(notes, 'jean martin', orange)?.on).toBe('2026-03-02');
    expect(autoReplyOf(notes, 'jean martin', free)?.on).toBe('2026-03-01');
  });
});
