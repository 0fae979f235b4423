import type { SkipReason } from '../../../src/api/today.ts';
import type { I18n } from './i18n.tsx';

/**
 * Why an invoice gets nothing today, as one sentence. In test mode a finished sequence only went
 * to the user, which the sentence says.
 */
export function describeSkip(reason: SkipReason, { t, date }: I18n, testMode: boolean): string {
  const s = t.skip;
  switch (reason.code) {
    case 'sequence_done':
      return testMode ? s.sequenceDoneInTest : s.sequence_done;
    case 'promise':
      return s.promise(date(reason.until));
    case 'client_replied':
      return s.clientReplied(date(reason.on), reason.until ? date(reason.until) : null);
    case 'manual_email':
      return s.manualEmail(date(reason.on), date(reason.until));
    case 'min_gap':
      return s.minGap(date(reason.lastOn), date(reason.until));
    case 'max_reminders':
      return s.maxReminders(reason.count);
    case 'client_paused':
      return s.clientPaused(date(reason.on), reason.until ? date(reason.until) : null);
    case 'row_error':
      return reason.message;
    case 'held_by_user':
      return s.heldByUser(reason.until ? date(reason.until) : null);
    case 'old_debt':
      return s.oldDebt(reason.daysOverdue);
    default:
      return s[reason.code];
  }
}
