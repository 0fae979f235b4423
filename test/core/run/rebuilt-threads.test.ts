import { describe, expect, it } from 'vitest';
import { logEntry } from '../../../src/core/log-entry.ts';
import { withReminderThreads } from '../../../src/core/run/rebuilt-threads.ts';
import type { FoundMessage } from '../../../src/core/run/sent-mail-history.ts';
import { day } from '../fixtures/invoices.ts';

const rebuiltR1 = logEntry({
  at: '2026-03-05T08:00:00.000Z',
  date: day('2026-03-02'),
  runId: 'run-9',
  outcome: 'sent',
  stage: 'r1',
  invoiceNumbers: ['F-2026-041'],
  clientKey: 'jean martin',
  detail: 'rebuilt=status_columns',
});

const message = (over: Partial<FoundMessage>): FoundMessage => ({
  reference: 'RL-AAAA',
  threadId: 't-orange',
  at: '2026-03-02T07:40:00.000Z',
  day: day('2026-03-02'),
  draft: false,
  subject: 'Rappel de paiement – facture F-2026-041',
  recipients: ['jean.martin@orange.fr'],
  ...over,
});

const addresses = (n: string) => (n === 'F-2026-041' ? ['Jean.Martin@orange.fr '] : []);

describe('the threads of reminders rebuilt from the status columns', () => {
  it('is the thread of the message sent that day to the invoice’s address', () => {
    const [row] = withReminderThreads([rebuiltR1], [message({})], addresses);
    expect(row?.threadId).toBe('t-orange');
  });

  it('is none when the message went another day, to someone else, or is only a draft', () => {
    for (const other of [
      message({ day: day('2026-03-03') }),
      message({ recipients: ['jmartin@free.fr'] }),
      message({ draft: true }),
    ])
      expect(withReminderThreads([rebuiltR1], [other], addresses)[0]?.threadId).toBeNull();
  });

  it('is none when two threads fit: a reply found in the wrong one would pause the wrong client', () => {
    const two = [message({}), message({ threadId: 't-other', reference: 'RL-BBBB' })];
    expect(withReminderThreads([rebuiltR1], two, addresses)[0]?.threadId).toBeNull();
  });
});
