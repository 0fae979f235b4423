import type { CalendarDate } from './calendar-date.ts';
import type { MessageStage } from './stage.ts';

/** FNV-1a, 32 bits: short, stable across runtimes, enough to tell one user's clients apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The idempotency key of one action: one client, one stage, one day. It goes into the log before
 * the send and into the message, so a crashed run can find what it already sent. Letters, digits
 * and dashes only, so it survives a Gmail search as a single token.
 */
export function messageKey(clientKey: string, stage: MessageStage, today: CalendarDate): string {
  return `rl-${today.replace(/-/g, '')}-${stage.replace('_', '')}-${fnv1a(clientKey)}`;
}

/**
 * The key of a message sent in test mode (to the user, `[TEST]` in its subject): the live key
 * with `-test`. The test message carries its own reference, so it is never taken for the live
 * one: after a test run, going live the same day sends the live message (its key is not in the
 * log), a pending live row is settled only by the live message found in Sent mail, and a log
 * rebuilt from Sent mail never counts a test message as the client's.
 *
 * @example testMessageKey('rl-20260302-r1-1a2b3c4d') // → 'rl-20260302-r1-1a2b3c4d-test'
 */
export function testMessageKey(key: string): string {
  return `${key}-test`;
}
