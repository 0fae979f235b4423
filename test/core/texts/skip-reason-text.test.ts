import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../src/core/calendar-date.ts';
import { skipReasonSentence } from '../../../src/core/texts/skip-reason-text.ts';

const day = (d: string) => d as CalendarDate;

describe('why an invoice gets nothing today, one sentence for the sheet and the sidebar', () => {
  it('writes the dates as the sheet does, or as the sidebar formats them', () => {
    const reply = {
      code: 'client_replied',
      on: day('2026-03-02'),
      until: day('2026-03-09'),
    } as const;
    expect(skipReasonSentence(reply, 'en', false)).toBe(
      'Paused: the client replied on 2026-03-02, until 2026-03-09.',
    );
    const sidebarDate = (day: string) => (day === '2026-03-02' ? '2 mars 2026' : '9 mars 2026');
    expect(skipReasonSentence(reply, 'fr', false, sidebarDate)).toBe(
      "En pause : le client a répondu le 2 mars 2026, jusqu'au 9 mars 2026.",
    );
  });

  it('says "until resumed" when a pause or a hold has no end date', () => {
    expect(
      skipReasonSentence(
        { code: 'client_paused', on: day('2026-03-02'), until: null },
        'en',
        false,
      ),
    ).toBe('Paused since 2026-03-02, until resumed.');
    expect(skipReasonSentence({ code: 'held_by_user', until: null }, 'fr', false)).toBe(
      'Suspendue par vous.',
    );
    expect(
      skipReasonSentence({ code: 'held_by_user', until: day('2026-04-01') }, 'en', false),
    ).toBe('Held by you until 2026-04-01.');
  });

  it('says a reminder bounced and what to do, and never the day the user wrote to a client', () => {
    expect(skipReasonSentence({ code: 'bounced', on: day('2026-03-02') }, 'en', false)).toBe(
      'Held: the reminder of 2026-03-02 was not delivered (address rejected). Fix the e-mail address on the row, then resume.',
    );
    expect(skipReasonSentence({ code: 'bounced', on: day('2026-03-02') }, 'fr', false)).toBe(
      "Suspendue : la relance du 2026-03-02 n'a pas été distribuée (adresse rejetée). Corrigez l'adresse e-mail de la ligne, puis reprenez.",
    );
    const ownEmail = {
      code: 'manual_email',
      on: day('2026-03-09'),
      until: day('2026-03-11'),
    } as const;
    expect(skipReasonSentence(ownEmail, 'fr', false)).toBe(
      "En pause : vous avez écrit récemment au client, jusqu'au 2026-03-11.",
    );
  });

  it('counts the reminder cap in the singular and the plural', () => {
    expect(skipReasonSentence({ code: 'max_reminders', count: 1 }, 'fr', false)).toBe(
      'Plafond atteint : 1 relance.',
    );
    expect(skipReasonSentence({ code: 'max_reminders', count: 4 }, 'en', false)).toBe(
      'Cap reached: 4 reminders.',
    );
  });

  it('says when a finished sequence only went to the user in test mode', () => {
    expect(skipReasonSentence({ code: 'sequence_done' }, 'en', true)).toContain('[TEST]');
    expect(skipReasonSentence({ code: 'sequence_done' }, 'en', false)).toBe(
      'Every stage has been done.',
    );
  });

  it('gives a row error its own message, which names the row', () => {
    const message = 'Row 14: invoice number "F-1" appears on rows 14 and 15.';
    expect(skipReasonSentence({ code: 'row_error', row: 14, message }, 'en', false)).toBe(message);
  });

  it('says since when a claim is time-barred, under which statute, and that an acknowledgment restarts it', () => {
    const consumer = {
      code: 'time_barred',
      since: day('2025-12-01'),
      rule: 'fr_consumer',
    } as const;
    const fr = skipReasonSentence(consumer, 'fr', false);
    expect(fr).toMatch(/^Prescrite depuis le 2025-12-01 : .*deux ans .*L218-2/);
    expect(fr).toContain('reconnu la dette');
    expect(skipReasonSentence(consumer, 'en', false)).toMatch(
      /^Time-barred since 2025-12-01: .*L218-2/,
    );
    const unknown = { ...consumer, rule: 'fr_unknown_kind' } as const;
    expect(skipReasonSentence(unknown, 'fr', false)).toMatch(/^Peut-être prescrite .*« Type »/);
    const english = { ...consumer, rule: 'uk_contract' } as const;
    expect(skipReasonSentence(english, 'en', false)).toContain('Limitation Act 1980, s. 5');
  });
});
