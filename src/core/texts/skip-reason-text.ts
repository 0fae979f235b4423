/**
 * Why an invoice gets nothing today, as one sentence of the server's catalogue (server-texts-fr.ts,
 * `skip_…` keys): the one wording of the status columns'
 * note (dates as `YYYY-MM-DD`) and of the sidebar's Today view (dates as the messages write them,
 * sent in both languages with each item, src/app/sidebar/today-presenter.ts). In test mode a finished sequence only went to the user as
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
import { text } from './server-texts.ts';

type Day = (day: string) => string;

export function skipReasonSentence(
  reason: SkipReason,
  language: Language,
  testMode: boolean,
  date: Day = (day) => day,
): string {
  switch (reason.code) {
    case 'sequence_done':
      return text(language, testMode ? 'skip_sequence_done_test' : 'skip_sequence_done');
    case 'promise':
      return text(language, 'skip_promise', { until: date(reason.until) });
    case 'client_replied':
      return reason.until
        ? text(language, 'skip_client_replied', {
            on: date(reason.on),
            until: date(reason.until),
          })
        : text(language, 'skip_client_replied_open', { on: date(reason.on) });
    case 'manual_email':
      // Not the day the user wrote: the log and the status column show only the pause's end.
      return text(language, 'skip_manual_email', { until: date(reason.until) });
    case 'bounced':
      return text(language, 'skip_bounced', { on: date(reason.on) });
    case 'min_gap':
      return text(language, 'skip_min_gap', {
        last: date(reason.lastOn),
        until: date(reason.until),
      });
    case 'max_reminders':
      return text(language, reason.count === 1 ? 'skip_max_reminders_one' : 'skip_max_reminders', {
        count: reason.count,
      });
    case 'client_paused':
      return reason.until
        ? text(language, 'skip_client_paused', { on: date(reason.on), until: date(reason.until) })
        : text(language, 'skip_client_paused_open', { on: date(reason.on) });
    case 'row_error':
      // The message of a row error already names its row (core/messages/row-errors.ts).
      return reason.message;
    case 'held_by_user':
      return reason.until
        ? text(language, 'skip_held_by_user', { until: date(reason.until) })
        : text(language, 'skip_held_by_user_open');
    case 'time_barred':
      return `${text(language, `skip_time_barred_${reason.rule}`, { since: date(reason.since) })} ${text(language, 'skip_time_barred_after')}`;
    case 'old_debt':
      return text(language, 'skip_old_debt', { days: reason.daysOverdue });
    default:
      return text(language, `skip_${reason.code}`);
  }
}
