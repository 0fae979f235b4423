import type { MessageStage } from '../stage.ts';
import { REMINDER_CLAIM_WORDS } from './reminder-claim-words.ts';

/** A phrase of a template's own text that says reminders went out before this message. */
export interface ReminderClaim {
  /** As written in the template. */
  readonly phrase: string;
  /** Reminders that must have been sent for it to be true. */
  readonly needs: number;
}

/** The stages whose history the planner counts: the e-mails and the notice of the ladder. */
const CHECKED_STAGES: ReadonlySet<MessageStage> = new Set(['pre_due', 'r1', 'r2', 'r3', 'notice']);

/**
 * Only claims of the past are checked. A kept template's promise of a step ahead ("la procédure
 * suivra son cours") switched off since is not: the user can still carry it out by hand, and a
 * reminder held back for a nuance of wording costs more than it saves (README, templates).
 *
 * The claims of `text` (a template's literal words, placeholders left out) that `sent` reminders
 * do not make true; none for a stage outside the ladder.
 */
export function unsentReminderClaims(
  text: string,
  stage: MessageStage,
  sent: number,
): ReminderClaim[] {
  if (!CHECKED_STAGES.has(stage)) return [];
  const claims: ReminderClaim[] = [];
  for (const { words, needs } of REMINDER_CLAIM_WORDS) {
    const match = new RegExp(words, 'iu').exec(text);
    if (!match || needs <= sent) continue;
    // With the words before it on its line, so that the user finds it: "Malgré mes précédents rappels".
    const before = /(?:[^\s{}.!?:;]+[ \t\u00a0\u202f]+){0,2}$/u.exec(text.slice(0, match.index));
    const phrase = `${before?.[0] ?? ''}${match[0]}`;
    if (!claims.some((c) => c.phrase.includes(match[0]))) claims.push({ phrase, needs });
  }
  return claims;
}
