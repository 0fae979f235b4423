import type { MessageStage } from '../stage.ts';

/** A phrase of a template's own text that says reminders went out before this message. */
export interface ReminderClaim {
  /** As written in the template. */
  readonly phrase: string;
  /** Reminders that must have been sent for it to be true. */
  readonly needs: number;
}

/**
 * The usual ways to say so in French and English, each with how many reminders it takes: the
 * default texts of earlier versions ("Malgré mes précédents rappels", "Deuxième rappel", "Malgré
 * mes relances", "Despite my previous reminder", "Final reminder") and their common variants. The
 * plural takes two, "troisième" / "third" two, any other one. Words only, case and accents as
 * typed by the user, any spacing.
 */
const CLAIMS: readonly { readonly pattern: RegExp; readonly needs: number }[] = [
  { pattern: /\bprécédents\s+(rappels|relances)\b/iu, needs: 2 },
  { pattern: /\b(rappels|relances)\s+précédent(e)?s\b/iu, needs: 2 },
  { pattern: /\bmes\s+(différent(e)?s\s+)?(rappels|relances)\b/iu, needs: 2 },
  { pattern: /\b(troisième|3e)\s+(rappel|relance)\b/iu, needs: 2 },
  { pattern: /\bprécédent(e)?\s+(rappel|relance)\b/iu, needs: 1 },
  { pattern: /\b(rappel|relance)\s+précédent(e)?\b/iu, needs: 1 },
  {
    pattern: /\b(deuxième|seconde?|2e|nouveau|nouvelle|dernier|dernière)\s+(rappel|relance)\b/iu,
    needs: 1,
  },
  { pattern: /\b(previous|earlier|prior)\s+reminders\b/iu, needs: 2 },
  { pattern: /\bmy\s+reminders\b/iu, needs: 2 },
  { pattern: /\bthird\s+reminder\b/iu, needs: 2 },
  { pattern: /\b(previous|earlier|prior)\s+reminder\b/iu, needs: 1 },
  { pattern: /\b(second|another|final|last)\s+reminder\b/iu, needs: 1 },
];

/** The stages whose history the planner counts: the e-mails and the notice of the ladder. */
const CHECKED_STAGES: ReadonlySet<MessageStage> = new Set(['pre_due', 'r1', 'r2', 'r3', 'notice']);

/**
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
  for (const { pattern, needs } of CLAIMS) {
    const match = pattern.exec(text);
    if (!match || needs <= sent) continue;
    // With the words before it on its line, so that the user finds it: "Malgré mes précédents rappels".
    const before = /(?:[^\s{}.!?:;]+[ \t\u00a0\u202f]+){0,2}$/u.exec(text.slice(0, match.index));
    const phrase = `${before?.[0] ?? ''}${match[0]}`;
    if (!claims.some((c) => c.phrase.includes(match[0]))) claims.push({ phrase, needs });
  }
  return claims;
}
