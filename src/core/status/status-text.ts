/** The words written in the status columns, in the user's language. */
import type { InvoiceHistory } from '../history.ts';
import type { Language, RowError } from '../invoice.ts';
import type { InvoiceDecision, SkipReason } from '../plan.ts';
import { STAGES, type Stage } from '../stage.ts';
import { type ServerTextKey, text } from '../texts/server-texts.ts';
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
  return text(language, 'skippedByYou', { stage: label });
}

/** The sentence of each skip reason with nothing to fill in. */
const PLAIN_SKIPS = {
  paid: 'skipPaid',
  auto_pay: 'skipAutoPay',
  cancelled: 'skipCancelled',
  disputed: 'skipDisputed',
  on_hold: 'skipOnHold',
  do_not_contact: 'skipDoNotContact',
  pending_unconfirmed: 'skipPendingUnconfirmed',
} as const satisfies Partial<Record<SkipReason['code'], ServerTextKey>>;

/**
 * A skip reason as a short sentence for the sheet's note column. In test mode a finished
 * sequence only went to the user as [TEST] messages: the note says so, and that going live
 * starts the real one (test sends stop counting then, see src/core/history.ts).
 *
 * @example skipReasonText({ code: 'promise', until: '2026-03-15' }, 'en', false)
 * // → 'Promised to pay by 2026-03-15'
 * @example skipReasonText({ code: 'held_by_user', until: null }, 'fr', false)
 * // → 'Suspendue jusqu’à reprise'
 */
export function skipReasonText(reason: SkipReason, language: Language, testMode: boolean): string {
  switch (reason.code) {
    case 'promise':
      return text(language, 'skipPromise', reason);
    case 'client_replied':
      return reason.until
        ? text(language, 'skipClientRepliedUntil', { on: reason.on, until: reason.until })
        : text(language, 'skipClientReplied', reason);
    case 'manual_email':
      return text(language, 'skipManualEmail', reason);
    case 'client_paused':
      return reason.until
        ? text(language, 'skipClientPausedUntil', { until: reason.until })
        : text(language, 'skipClientPaused');
    case 'min_gap':
      return text(language, 'skipMinGap', reason);
    case 'max_reminders':
      return text(language, 'skipMaxReminders', reason);
    case 'sequence_done':
      return text(language, testMode ? 'skipSequenceDoneInTest' : 'skipSequenceDone');
    case 'held_by_user':
      return reason.until
        ? text(language, 'skipHeldUntil', { until: reason.until })
        : text(language, 'skipHeld');
    case 'old_debt':
      return text(language, 'skipOldDebt', reason);
    case 'row_error':
      // The message already names its row (row-errors.ts).
      return reason.message;
    default: {
      const key = PLAIN_SKIPS[reason.code as keyof typeof PLAIN_SKIPS];
      return key ? text(language, key) : '';
    }
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
    next = `${stageLabel(decision.stage, language)} · ${text(language, 'due')}`;
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
