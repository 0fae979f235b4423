/**
 * Why an invoice gets nothing today, as one sentence: the one wording of the status columns'
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

type Day = (day: string) => string;
type Plain = 'paid' | 'auto_pay' | 'cancelled' | 'disputed' | 'on_hold' | 'do_not_contact';

interface Sentences extends Readonly<Record<Plain, string>> {
  readonly sequence_done: string;
  readonly sequenceDoneInTest: string;
  readonly pending_unconfirmed: string;
  promise(until: string): string;
  clientReplied(on: string, until: string | null): string;
  clientPaused(on: string, until: string | null): string;
  manualEmail(on: string, until: string): string;
  minGap(last: string, until: string): string;
  maxReminders(count: number): string;
  heldByUser(until: string | null): string;
  oldDebt(days: number): string;
}

const SENTENCES: Readonly<Record<Language, Sentences>> = {
  fr: {
    paid: 'Payée.',
    auto_pay: 'Prélèvement automatique : rien à relancer.',
    cancelled: 'Annulée.',
    disputed: 'Contestée : traitez le litige.',
    on_hold: 'En attente (colonne statut).',
    do_not_contact: 'Le client ne veut pas être relancé par e-mail.',
    sequence_done: 'Toutes les étapes ont été faites.',
    sequenceDoneInTest:
      'Mode test : toutes les étapes vous ont été envoyées en [TEST], rien au client. En passant en réel, la vraie séquence commence.',
    pending_unconfirmed: "Envoi précédent non confirmé : vérification avant d'envoyer à nouveau.",
    promise: (until) => `Promesse de paiement jusqu'au ${until}.`,
    clientReplied: (on, until) =>
      `En pause : le client a répondu le ${on}${until ? `, jusqu'au ${until}` : ", jusqu'à reprise"}.`,
    clientPaused: (on, until) =>
      `En pause depuis le ${on}${until ? `, jusqu'au ${until}` : ", jusqu'à reprise"}.`,
    manualEmail: (on, until) => `En pause : vous avez écrit au client le ${on}, jusqu'au ${until}.`,
    minGap: (last, until) => `Dernière relance le ${last} : prochaine au plus tôt le ${until}.`,
    maxReminders: (n) => `Plafond atteint : ${n} relance${n === 1 ? '' : 's'}.`,
    heldByUser: (until) =>
      until ? `Suspendue par vous jusqu'au ${until}.` : 'Suspendue par vous.',
    oldDebt: (days) =>
      `Impayée depuis ${days} jours, jamais relancée : à vous de décider (relancer depuis la 1re relance, ou ignorer).`,
  },
  en: {
    paid: 'Paid.',
    auto_pay: 'Direct debit: nothing to chase.',
    cancelled: 'Cancelled.',
    disputed: 'Disputed: handle the dispute.',
    on_hold: 'On hold (status column).',
    do_not_contact: 'The client asked not to be reminded by e-mail.',
    sequence_done: 'Every stage has been done.',
    sequenceDoneInTest:
      'Test mode: every stage went to you as [TEST], nothing to the client. Going live starts the real sequence.',
    pending_unconfirmed: 'Previous send not confirmed: checking before sending again.',
    promise: (until) => `Promised to pay by ${until}.`,
    clientReplied: (on, until) =>
      `Paused: the client replied on ${on}${until ? `, until ${until}` : ', until resumed'}.`,
    clientPaused: (on, until) =>
      `Paused since ${on}${until ? `, until ${until}` : ', until resumed'}.`,
    manualEmail: (on, until) => `Paused: you wrote to the client on ${on}, until ${until}.`,
    minGap: (last, until) => `Last reminder on ${last}: next one on ${until} at the earliest.`,
    maxReminders: (n) => `Cap reached: ${n} reminder${n === 1 ? '' : 's'}.`,
    heldByUser: (until) => (until ? `Held by you until ${until}.` : 'Held by you.'),
    oldDebt: (days) =>
      `Unpaid for ${days} days and never reminded: your decision (chase it from the first reminder, or ignore it).`,
  },
};

export function skipReasonSentence(
  reason: SkipReason,
  language: Language,
  testMode: boolean,
  date: Day = (day) => day,
): string {
  const s = SENTENCES[language];
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
      // The message of a row error already names its row (core/messages/row-errors.ts).
      return reason.message;
    case 'held_by_user':
      return s.heldByUser(reason.until ? date(reason.until) : null);
    case 'old_debt':
      return s.oldDebt(reason.daysOverdue);
    default:
      return s[reason.code];
  }
}
