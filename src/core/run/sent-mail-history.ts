/**
 * What Relance's own messages in Gmail say was done, when the log cannot say it: a log tab
 * cleared or deleted after a run that was cut between its sends and its status columns (or
 * before its log rows settled) leaves the status columns one step behind, and the next run would
 * send that step again; quote follow-ups and instalment notes are not rebuilt from status
 * columns at all. Every message carries the reference of its message key (client, stage, day: see
 * message-reference.ts), so the run replays the planner and the notes on each day a referenced
 * message left, and logs the planned messages whose reference is in Gmail as done that day, with
 * each invoice or quote at its own stage, exactly as the run that sent them had logged them.
 */
import type { CalendarDate } from '../calendar-date.ts';
import { formatLogDetail } from '../history.ts';
import type { LogEntry } from '../log-entry.ts';
import type { Plan, PlannedEmail, PlannedFollowUp } from '../plan.ts';
import { actionRows } from '../plan-records.ts';
import type { PlannedNote } from '../planned-note.ts';
import { groupMessageKeys } from '../planner.ts';
import { messageReference } from './message-reference.ts';

/** One of the add-on's own messages found in Gmail by its reference. */
export interface FoundMessage {
  readonly reference: string;
  readonly threadId: string;
  /** When it left (or was drafted), and that instant's day in the user's calendar. */
  readonly at: string;
  readonly day: CalendarDate;
  /** Still among the drafts: a formal notice waiting for the user, or a send cut halfway. */
  readonly draft: boolean;
  readonly subject: string;
  /** Lower-cased recipients (To and Cc): whose invoices the day's replay plans. */
  readonly recipients: readonly string[];
}

/**
 * The messages planned for `day` to the clients of `clientKeys`, with `log` as the history:
 * reminder e-mails, drafted formal notices, quote follow-ups and instalment notes.
 */
export type PlanOn = (
  day: CalendarDate,
  clientKeys: ReadonlySet<string>,
  log: readonly LogEntry[],
) => readonly PlannedMessage[];

/** A message the run sends (an e-mail or a note) or drafts (a formal notice). */
export type PlannedMessage = PlannedEmail | PlannedNote | PlannedFollowUp;

/** The e-mails and notes of `plan` and `notes`, and its drafted follow-ups: what leaves Gmail. */
export function plannedMessages(
  plan: Pick<Plan, 'emails' | 'followUps'>,
  notes: readonly PlannedNote[],
): PlannedMessage[] {
  return [...plan.emails, ...notes, ...plan.followUps.filter((f) => f.kind === 'draft')];
}

/** What Sent mail and the drafts say: entries to log, and drafts of sends cut halfway. */
export interface SentMailHistory {
  readonly entries: readonly LogEntry[];
  /** References of reminders found only as drafts: they never left, and go with the draft. */
  readonly halfMade: readonly string[];
}

/**
 * Log entries (`rebuilt=sent_mail`) for the messages of `found` that the planner, replayed day by
 * day on `base` and the entries rebuilt before, plans with the same reference. An e-mail counts
 * only once it left (a draft holding a reminder's reference is a send cut halfway, listed in
 * `halfMade`); a formal notice counts as drafted whether it waits among the drafts or the user
 * sent it. `clientsOf` names the client keys a message's recipients belong to.
 *
 * @example
 * // Sent mail holds the second reminder of 9 March (RL-…) that the cleared log lost:
 * historyFromSentMail(found, statusEntries, planOn, clientsOf, 'run-1')
 * // → { entries: [{ outcome: 'sent', stage: 'r2', date: '2026-03-09',
 * //      invoiceNumbers: ['F-2026-451'], detail: 'rebuilt=sent_mail; ref=RL-…', … }], halfMade: [] }
 */
export function historyFromSentMail(
  found: readonly FoundMessage[],
  base: readonly LogEntry[],
  planOn: PlanOn,
  clientsOf: (recipients: readonly string[]) => readonly string[],
  runId: string,
): SentMailHistory {
  const byReference = firstOfEachReference(found);
  const clientsByDay = new Map<CalendarDate, Set<string>>();
  for (const message of found) {
    const clients = clientsByDay.get(message.day) ?? new Set<string>();
    for (const key of clientsOf(message.recipients)) clients.add(key);
    clientsByDay.set(message.day, clients);
  }
  const rebuilt: LogEntry[] = [];
  const halfMade: string[] = [];
  // The replay may plan one message twice (two readings of a day): it is logged once.
  const logged = new Set<string>();
  for (const day of [...clientsByDay.keys()].sort()) {
    const clients = clientsByDay.get(day) as Set<string>;
    if (clients.size === 0) continue;
    for (const action of planOn(day, clients, [...base, ...rebuilt])) {
      const message = messageOf(action, day, byReference);
      if (!message || logged.has(message.reference)) continue;
      logged.add(message.reference);
      const drafted = action.kind === 'draft';
      if (!drafted && message.draft) {
        halfMade.push(message.reference);
        continue;
      }
      rebuilt.push(
        ...actionRows(
          action,
          drafted ? 'drafted' : 'sent',
          { at: message.at, date: day, runId },
          {
            subject: message.subject,
            threadId: message.threadId,
            detail: formatLogDetail({ rebuilt: 'sent_mail', ref: message.reference }),
          },
        ),
      );
    }
  }
  return { entries: rebuilt, halfMade };
}

/**
 * The message Sent mail holds for `action`: by its own key's reference, else, for a client's
 * reminder or follow-up, by the reference of the key it had with one group more or less that day
 * (`groupMessageKeys`), provided the message went to the action's recipients: a message of the
 * client's other group is not this one.
 */
function messageOf(
  action: PlannedMessage,
  day: CalendarDate,
  byReference: ReadonlyMap<string, FoundMessage>,
): FoundMessage | undefined {
  const own = byReference.get(messageReference(action.messageKey));
  if (own || !isClientAction(action)) return own;
  const to = new Set(action.to.map((a) => a.toLowerCase()));
  return groupMessageKeys(action.clientKey, action.to, action.stage, day)
    .map((key) => byReference.get(messageReference(key)))
    .find((message) => message?.recipients.some((r) => to.has(r)));
}

function isClientAction(action: PlannedMessage): action is PlannedEmail | PlannedFollowUp {
  return (
    'kind' in action &&
    (action.kind === 'email' || action.kind === 'draft' || action.kind === 'task')
  );
}

/**
 * For each reference, the message that carries it first: a reply quoting a reminder carries its
 * reference too, later; a sent copy wins over a draft (a send cut halfway leaves both).
 */
function firstOfEachReference(found: readonly FoundMessage[]): Map<string, FoundMessage> {
  const first = new Map<string, FoundMessage>();
  for (const message of found) {
    const known = first.get(message.reference);
    const better =
      !known ||
      (known.draft && !message.draft) ||
      (known.draft === message.draft && message.at < known.at);
    if (better) first.set(message.reference, message);
  }
  return first;
}
