/** The words written in the status columns, in the user's language. */
import type { InvoiceHistory } from '../history.ts';
import type { Language, RowError } from '../invoice.ts';
import type { InvoiceDecision } from '../plan.ts';
import { STAGES, type Stage } from '../stage.ts';
import { text } from '../texts/server-texts.ts';
import { skipReasonSentence } from '../texts/skip-reason-text.ts';
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
      ? skipReasonSentence(decision.reason, language, testMode)
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
      note = skipReasonSentence(decision.reason, language, testMode);
  }
  return [stage, last, next, note];
}

/** The status cells of a row that could not be read: only the note, with the reason. */
export function statusCellsForError(error: RowError): StatusCells {
  return ['', '', '', error.message];
}
