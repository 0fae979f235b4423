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
