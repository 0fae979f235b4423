import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date.ts';
import {
  autoReplySentence,
  recentAutoReplies,
} from '../../../src/core/exchanges/auto-reply-notes.ts';
import { formatLogDetail } from '../../../src/core/history.ts';
import { type LogEntry, logEntry } from '../../../src/core/log-entry.ts';

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
