/**
 * Why an invoice gets nothing today, as one sentence: the one wording of the status columns'
 * note (dates as `YYYY-MM-DD`) and of the sidebar's Today view (dates as the sidebar shows them),
 * which reaches it through src/api. In test mode a finished sequence only went to the user as
 * [TEST] messages: the sentence says so, and that going live starts the real one (test sends stop
 * counting then, see src/core/history.ts).
 *
 * @example skipReasonSentence({ code: 'promise', until: '2026-03-15' }, 'en', false)
 * // → 'Promised to pay by 2026-03-15.'
 * @example skipReasonSentence({ code: 'held_by_user', until: null }, 'fr', false)
 * // → 'Suspendue par vous.'
 */
import type { Language } from '../invoice.ts';
import type { SkipReason } from '../plan.ts';
import { fill } from './fill.ts';
import { SKIP_REASONS_EN } from './skip-reasons-en.ts';
import { SKIP_REASONS_FR, type SkipReasonTable } from './skip-reasons-fr.ts';

export function skipReasonSentence(
  reason: SkipReason,
  language: Language,
  testMode: boolean,
  date: (day: string) => string = (day) => day,
): string {
  // The message of a row error already names its row (core/messages/row-errors.ts).
  if (reason.code === 'row_error') return reason.message;
  const values: Record<string, string | number | null> = { ...reason };
  for (const name of ['on', 'until', 'lastOn'])
    if (typeof values[name] === 'string') values[name] = date(values[name]);
  // A reason with an end date has its own sentence (`…_until`), as has a cap of one reminder.
  const key =
    reason.code === 'sequence_done' && testMode
      ? 'sequence_done_in_test'
      : values.count === 1
        ? 'max_reminders_one'
        : values.until
          ? `${reason.code}_until`
          : reason.code;
  const table: SkipReasonTable = language === 'fr' ? SKIP_REASONS_FR : SKIP_REASONS_EN;
  return fill(table[key as keyof SkipReasonTable], values as Record<string, string | number>);
}
