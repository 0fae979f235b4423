/**
 * Why an invoice gets nothing today, in English, with the keys and values to fill of the French
 * table (src/core/texts/skip-reasons-fr.ts).
 */
import type { SkipReasonTable } from './skip-reasons-fr.ts';

export const SKIP_REASONS_EN: SkipReasonTable = {
  paid: 'Paid.',
  auto_pay: 'Direct debit: nothing to chase.',
  cancelled: 'Cancelled.',
  disputed: 'Disputed: handle the dispute.',
  on_hold: 'On hold (status column).',
  do_not_contact: 'The client asked not to be reminded by e-mail.',
  sequence_done: 'Every stage has been done.',
  sequence_done_in_test:
    'Test mode: every stage went to you as [TEST], nothing to the client. Going live starts the real sequence.',
  pending_unconfirmed: 'Previous send not confirmed: checking before sending again.',
  promise_until: 'Promised to pay by %{until}.',
  client_replied: 'Paused: the client replied on %{on}, until resumed.',
  client_replied_until: 'Paused: the client replied on %{on}, until %{until}.',
  client_paused: 'Paused since %{on}, until resumed.',
  client_paused_until: 'Paused since %{on}, until %{until}.',
  manual_email_until: 'Paused: you wrote to the client on %{on}, until %{until}.',
  min_gap_until: 'Last reminder on %{lastOn}: next one on %{until} at the earliest.',
  max_reminders: 'Cap reached: %{count} reminders.',
  max_reminders_one: 'Cap reached: %{count} reminder.',
  held_by_user: 'Held by you.',
  held_by_user_until: 'Held by you until %{until}.',
  old_debt:
    'Unpaid for %{daysOverdue} days and never reminded: your decision (chase it from the first reminder, or ignore it).',
};
