/**
 * The reminder ladder, in escalation order. `call` is a task for the user and `notice` a Gmail
 * draft the user reviews; neither is ever sent automatically.
 */
export const STAGES = ['pre_due', 'r1', 'r2', 'r3', 'call', 'notice'] as const;
export type Stage = (typeof STAGES)[number];

/** Stages that produce an e-mail sent by the daily run. */
export const EMAIL_STAGES: readonly Stage[] = ['pre_due', 'r1', 'r2', 'r3'];

export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/**
 * Messages outside the invoice ladder: a quote's follow-up before its acceptance deadline and its
 * note once expired, and a payment plan's note before an instalment and reminder after a missed
 * one. They share the log, the templates tab and the delivery of reminders, never the ladder.
 */
export const QUOTE_STAGES = ['q_follow', 'q_expired'] as const;
export type QuoteStage = (typeof QUOTE_STAGES)[number];
export const INSTALMENT_STAGES = ['plan_note', 'plan_reminder'] as const;
export type InstalmentStage = (typeof INSTALMENT_STAGES)[number];
export type NoteStage = QuoteStage | InstalmentStage;

/** Every stage a message, a template or a log row may carry. */
export type MessageStage = Stage | NoteStage;
export const MESSAGE_STAGES: readonly MessageStage[] = [
  ...STAGES,
  ...QUOTE_STAGES,
  ...INSTALMENT_STAGES,
];

export function isMessageStage(value: string): value is MessageStage {
  return (MESSAGE_STAGES as readonly string[]).includes(value);
}

export function isQuoteStage(value: string | null): value is QuoteStage {
  return value !== null && (QUOTE_STAGES as readonly string[]).includes(value);
}

export function isInstalmentStage(value: string | null): value is InstalmentStage {
  return value !== null && (INSTALMENT_STAGES as readonly string[]).includes(value);
}
