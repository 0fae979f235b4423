/** The words written in the status columns, in the user's language. */
import type { InvoiceHistory } from '../history.ts';
import type { Language, RowError } from '../invoice.ts';
import type { InvoiceDecision, SkipReason } from '../plan.ts';
import { STAGES, type Stage } from '../stage.ts';
import type { StatusCells } from './status-columns.ts';

const STAGE_LABELS: Readonly<Record<Language, Readonly<Record<Stage, string>>>> = {
  fr: {
    pre_due: 'Rappel avant échéance',
    r1: 'Relance 1',
    r2: 'Relance 2',
    r3: 'Relance 3',
    call: 'Appel',
    notice: 'Mise en demeure',
  },
  en: {
    pre_due: 'Pre-due reminder',
    r1: 'Reminder 1',
    r2: 'Reminder 2',
    r3: 'Reminder 3',
    call: 'Phone call',
    notice: 'Formal notice',
  },
};

export function stageLabel(stage: Stage, language: Language): string {
  return STAGE_LABELS[language][stage];
}

/** The stage column: the most advanced stage done, saying when the user skipped it (not sent). */
function doneStageText(stage: Stage, history: InvoiceHistory, language: Language): string {
  const label = stageLabel(stage, language);
  if (!history.skippedByUser.has(stage)) return label;
  return language === 'fr' ? `${label} · sautée par vous` : `${label} · skipped by you`;
}

/**
 * A skip reason as a short sentence for the sheet's note column. In test mode a finished
 * sequence only went to the user as [TEST] messages: the note says so, and that going live
 * starts the real one (test sends stop counting then, see src/core/history.ts).
 */
export function skipReasonText(reason: SkipReason, language: Language, testMode: boolean): string {
  const fr = language === 'fr';
  switch (reason.code) {
    case 'paid':
      return fr ? 'Payée' : 'Paid';
    case 'auto_pay':
      return fr ? 'Prélèvement automatique' : 'Paid automatically';
    case 'cancelled':
      return fr ? 'Annulée' : 'Cancelled';
    case 'disputed':
      return fr ? 'En litige : pas de relance' : 'Disputed: no reminder';
    case 'on_hold':
      return fr ? 'En attente (colonne statut)' : 'On hold (status column)';
    case 'promise':
      return fr
        ? `Promesse de paiement jusqu’au ${reason.until}`
        : `Promised to pay by ${reason.until}`;
    case 'client_replied':
      return reason.until
        ? fr
          ? `Le client a répondu le ${reason.on} : pause jusqu’au ${reason.until}`
          : `Client replied on ${reason.on}: paused until ${reason.until}`
        : fr
          ? `Le client a répondu le ${reason.on} : en pause jusqu’à reprise`
          : `Client replied on ${reason.on}: paused until resumed`;
    case 'manual_email':
      return fr
        ? `Vous avez écrit au client le ${reason.on} : pause jusqu’au ${reason.until}`
        : `You e-mailed the client on ${reason.on}: paused until ${reason.until}`;
    case 'client_paused':
      return reason.until
        ? fr
          ? `Client en pause jusqu’au ${reason.until}`
          : `Client paused until ${reason.until}`
        : fr
          ? 'Client en pause jusqu’à reprise'
          : 'Client paused until resumed';
    case 'do_not_contact':
      return fr ? 'Ne pas relancer' : 'Do not remind';
    case 'min_gap':
      return fr
        ? `Dernière relance au client le ${reason.lastOn} : attente jusqu’au ${reason.until}`
        : `Client last reminded on ${reason.lastOn}: waiting until ${reason.until}`;
    case 'max_reminders':
      return fr
        ? `Nombre maximal de relances atteint (${reason.count})`
        : `Maximum number of reminders reached (${reason.count})`;
    case 'sequence_done':
      if (testMode)
        return fr
          ? 'Mode test : chaque étape vous a été envoyée en [TEST], rien au client. En réel, la séquence recommence.'
          : 'Test mode: every stage went to you as [TEST], nothing to the client. Going live starts the real sequence.';
      return fr ? 'Séquence terminée' : 'Sequence finished';
    case 'held_by_user':
      return reason.until
        ? fr
          ? `Suspendue jusqu’au ${reason.until}`
          : `Held until ${reason.until}`
        : fr
          ? 'Suspendue jusqu’à reprise'
          : 'Held until resumed';
    case 'pending_unconfirmed':
      return fr
        ? 'Envoi interrompu en cours de vérification dans Gmail'
        : 'Interrupted send being checked in Gmail';
    case 'old_debt':
      return fr
        ? `Ancienne créance (${reason.daysOverdue} jours de retard) : à décider dans la barre latérale`
        : `Old unpaid invoice (${reason.daysOverdue} days overdue): decide in the sidebar`;
    case 'row_error':
      // The message already names its row (row-errors.ts).
      return reason.message;
    default:
      return '';
  }
}

function highestStage(history: InvoiceHistory): Stage | null {
  return history.highestRank >= 0 ? (STAGES[history.highestRank] ?? null) : null;
}

/**
 * The four status cells of one invoice after a run: most advanced stage done, day of the last
 * reminder e-mail, next step, and a note (why it is skipped, or what went wrong today).
 */
export function statusCellsFor(
  decision: InvoiceDecision,
  history: InvoiceHistory,
  language: Language,
  problem: string | null,
  testMode: boolean,
): StatusCells {
  const done = highestStage(history);
  const stage =
    decision.state === 'skipped' && decision.reason.code === 'paid'
      ? skipReasonText(decision.reason, language, testMode)
      : done
        ? doneStageText(done, history, language)
        : '';
  const last = history.lastEmailOn ?? '';
  let next = '';
  let note = problem ?? '';
  if (decision.state === 'waiting')
    next = `${stageLabel(decision.nextStage, language)} · ${decision.nextDate}`;
  else if (decision.state === 'planned')
    next = `${stageLabel(decision.stage, language)} · ${language === 'fr' ? 'prévue' : 'due'}`;
  else {
    if (decision.nextStage && decision.nextDate)
      next = `${stageLabel(decision.nextStage, language)} · ${decision.nextDate}`;
    if (decision.reason.code !== 'paid' && note === '')
      note = skipReasonText(decision.reason, language, testMode);
  }
  return [stage, last, next, note];
}

/** The status cells of a row that could not be read: only the note, with the reason. */
export function statusCellsForError(error: RowError): StatusCells {
  return ['', '', '', error.message];
}
