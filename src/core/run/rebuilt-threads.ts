/**
 * Rows rebuilt from the status columns (status/rebuilt-history.ts) know the day and the invoice
 * of the last reminder, not its Gmail thread, and a reply is looked for only in the threads the
 * log names (app/run/exchange-pauses.ts): after a cleared log, a client who answered the
 * reminder days ago would get the next one. The run that rebuilds the log has Relance's own
 * messages of the last weeks at hand (sent-mail-history.ts), so each rebuilt `sent` row takes
 * the thread of the message that left that day to one of its invoice's addresses, when exactly
 * one thread fits.
 *
 * @example
 * // F-2026-041's r1 went to jean.martin@orange.fr on 2 March, in thread t-1:
 * withReminderThreads([r1Row], [{ day: '2026-03-02', threadId: 't-1', draft: false,
 *   recipients: ['jean.martin@orange.fr'], … }], () => ['jean.martin@orange.fr'])
 * // → [{ …r1Row, threadId: 't-1' }]
 */
import type { LogEntry } from '../log-entry.ts';
import { foldedAddresses } from '../recipient-groups.ts';
import type { FoundMessage } from './sent-mail-history.ts';

export function withReminderThreads(
  entries: readonly LogEntry[],
  found: readonly FoundMessage[],
  addressesOf: (invoiceNumber: string) => readonly string[],
): LogEntry[] {
  const sent = found.filter((m) => !m.draft);
  return entries.map((entry) => {
    if (entry.outcome !== 'sent' || entry.threadId) return entry;
    const addresses = new Set(foldedAddresses(entry.invoiceNumbers.flatMap(addressesOf)));
    const threads = new Set(
      sent
        .filter((m) => m.day === entry.date && m.recipients.some((r) => addresses.has(r)))
        .map((m) => m.threadId),
    );
    const [threadId] = threads;
    return threads.size === 1 && threadId ? { ...entry, threadId } : entry;
  });
}
