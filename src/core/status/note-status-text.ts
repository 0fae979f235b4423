/**
 * What the status columns say of a quote (on the quotes tab) and of an invoice under a payment
 * plan (on the invoices tab, in place of its suspended sequence).
 */
import type { Language } from '../invoice.ts';
import type { NoteRecord } from '../note-history.ts';
import type { InstalmentDecision } from '../payment-plans/plan-instalment-notes.ts';
import type { PlanStanding } from '../payment-plans/plan-standing.ts';
import {
  QUOTE_NOTE_LATE_DAYS,
  type QuoteDecision,
  type QuoteSkipReason,
} from '../quotes/plan-quotes.ts';
import type { NoteStage } from '../stage.ts';
import { type ServerTextKey, text } from '../texts/server-texts.ts';
import { skipReasonSentence } from '../texts/skip-reason-text.ts';
import type { StatusCells } from './status-columns.ts';

const NOTE_LABELS: Readonly<Record<Language, Readonly<Record<NoteStage, string>>>> = {
  fr: {
    q_follow: 'Suivi de devis',
    q_expired: 'Devis expiré',
    plan_note: 'Rappel d’échéance',
    plan_reminder: 'Relance d’échéance',
  },
  en: {
    q_follow: 'Quote follow-up',
    q_expired: 'Quote expired',
    plan_note: 'Instalment note',
    plan_reminder: 'Instalment reminder',
  },
};

export function noteStageLabel(stage: NoteStage, language: Language): string {
  return NOTE_LABELS[language][stage];
}

const CLOSED = {
  accepted: 'quoteAccepted',
  signed: 'quoteSigned',
  refused: 'quoteRefused',
  expired: 'quoteExpired',
} as const satisfies Readonly<Record<string, ServerTextKey>>;

export function quoteReasonText(reason: QuoteSkipReason, language: Language): string {
  if (reason.code === 'quote_note_late') {
    return text(language, 'quoteNoteLate', {
      note: noteStageLabel(reason.stage, language),
      date: reason.due,
      days: QUOTE_NOTE_LATE_DAYS,
    });
  }
  if (reason.code === 'quote_closed') {
    const key = CLOSED[reason.status as keyof typeof CLOSED];
    return text(language, 'quoteClosed', {
      status: key ? text(language, key) : reason.status,
    });
  }
  return skipReasonSentence(reason, language, false);
}

/** The four status cells of a quote after the run. */
export function quoteStatusCells(
  decision: QuoteDecision,
  record: NoteRecord,
  language: Language,
  problem: string | null,
): StatusCells {
  const done = [...record.done.entries()].sort((a, b) => (a[1] < b[1] ? -1 : 1)).pop();
  const stage = done ? noteStageLabel(done[0], language) : '';
  const last = done ? done[1] : '';
  let next = '';
  let note = problem ?? '';
  if (decision.state === 'waiting')
    next = `${noteStageLabel(decision.nextStage, language)} · ${decision.nextDate}`;
  else if (decision.state === 'planned')
    next = `${noteStageLabel(decision.stage, language)} · ${text(language, 'dueNote')}`;
  else {
    if (decision.nextStage && decision.nextDate)
      next = `${noteStageLabel(decision.nextStage, language)} · ${decision.nextDate}`;
    if (note === '') note = quoteReasonText(decision.reason, language);
  }
  return [stage, last, next, note];
}

/**
 * The status cells of an invoice under a plan: kept, its instalments paid so far and the next
 * note; broken, the day and instalment (the ladder's cells are kept, with this note).
 */
export function planStatusNote(standing: PlanStanding, language: Language): string {
  const paid = standing.instalments.filter((i) => i.dueCents === 0).length;
  const count = standing.instalments.length;
  const { state } = standing;
  if (state.kind === 'broken')
    return text(language, 'planBroken', { on: state.on, instalment: state.index + 1 });
  if (state.kind === 'completed') return text(language, 'planCompleted');
  return text(language, 'planKept', { paid, count });
}

export function keptPlanStatusCells(
  standing: PlanStanding,
  decision: InstalmentDecision | undefined,
  last: string,
  language: Language,
  problem: string | null,
): StatusCells {
  const stage = text(language, 'planStage');
  let next = '';
  if (decision?.state === 'waiting')
    next = `${noteStageLabel(decision.stage, language)} ${decision.index + 1} · ${decision.date}`;
  else if (decision?.state === 'planned')
    next = `${noteStageLabel(decision.stage, language)} ${decision.index + 1} · ${text(language, 'dueNote')}`;
  return [stage, last, next, problem ?? planStatusNote(standing, language)];
}
