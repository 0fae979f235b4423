/**
 * The demo's story told from what happened: each message is matched to its log row (client,
 * stage, invoices), and each event of the scenario is narrated against the messages the client
 * had really received before that day ("after the first reminder of 5 March", or "before any
 * reminder"), in French or English.
 */

import type { CalendarDate } from '../../src/core/calendar-date.ts';
import type { Language } from '../../src/core/invoice.ts';
import { STAGES, type Stage } from '../../src/core/stage.ts';
import { stageLabel } from '../../src/core/status/status-text.ts';
import type { MessageRecord } from '../services/gmail/mailbox.ts';
import type { DemoFact } from './scenario.ts';
import { DEMO_CLIENTS, type DemoClientId } from './workbook.ts';

/** One message of the demo with what the log says of it. */
export interface DemoMessage {
  readonly kind: 'sent' | 'draft';
  readonly day: CalendarDate;
  readonly client: DemoClientId | null;
  readonly stage: Stage | null;
  readonly invoices: readonly string[];
  readonly message: MessageRecord;
}

const isStage = (value: unknown): value is Stage =>
  typeof value === 'string' && (STAGES as readonly string[]).includes(value);

function clientOf(message: MessageRecord): DemoClientId | null {
  const to = message.to.join(' ').toLowerCase();
  const found = (Object.keys(DEMO_CLIENTS) as DemoClientId[]).find((id) =>
    to.includes(DEMO_CLIENTS[id].email.toLowerCase()),
  );
  return found ?? null;
}

/** Columns found by their header (French or English), so a column moved elsewhere is still read. */
function column(headers: readonly unknown[], fr: string, en: string): number {
  return headers.findIndex((h) => h === fr || h === en);
}

/** Each message with its client, stage and invoices, matched to the log by thread and day. */
export function describeMessages(
  messages: readonly MessageRecord[],
  drafts: readonly MessageRecord[],
  logRows: readonly (readonly unknown[])[],
): DemoMessage[] {
  const [headers = [], ...rows] = logRows;
  const at = {
    day: column(headers, 'Jour', 'Day'),
    outcome: column(headers, 'Résultat', 'Outcome'),
    stage: column(headers, 'Étape', 'Stage'),
    invoices: column(headers, 'Factures', 'Invoices'),
    thread: column(headers, 'Fil Gmail', 'Gmail thread'),
  };
  const dayOf = (cell: unknown) =>
    (cell instanceof Date ? cell.toISOString() : String(cell)).slice(0, 10);
  const describe = (message: MessageRecord, kind: DemoMessage['kind']): DemoMessage => {
    const day = message.date.toISOString().slice(0, 10) as CalendarDate;
    const outcome = kind === 'sent' ? 'sent' : 'drafted';
    const row = rows.find(
      (r) =>
        r[at.outcome] === outcome &&
        dayOf(r[at.day]) === day &&
        (kind === 'draft' || r[at.thread] === message.threadId),
    );
    const stage = row?.[at.stage];
    return {
      kind,
      day,
      client: clientOf(message),
      stage: isStage(stage) ? stage : null,
      invoices: String(row?.[at.invoices] ?? '')
        .split(/[,;\s]+/)
        .filter(Boolean),
      message,
    };
  };
  return [
    ...messages.map((m) => describe(m, 'sent')),
    ...drafts.map((m) => describe(m, 'draft')),
  ].sort((a, b) => a.message.date.getTime() - b.message.date.getTime());
}

const LOCALES: Readonly<Record<Language, string>> = { fr: 'fr-FR', en: 'en-GB' };

function longDate(day: CalendarDate, language: Language): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}

function list(items: readonly string[], language: Language): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'fr' ? 'et' : 'and'} ${items.at(-1)}`;
}

/** The event of `day` in one sentence, from the messages the client had received before it. */
export function narrate(
  fact: DemoFact,
  day: CalendarDate,
  messages: readonly DemoMessage[],
  language: Language,
): string {
  const fr = language === 'fr';
  const client = DEMO_CLIENTS[fact.client].name;
  const before = messages.filter((m) => m.client === fact.client && m.day < day);
  const last = (about: readonly DemoMessage[]) => about.at(-1);
  const reminder = (m: DemoMessage) =>
    m.stage
      ? fr
        ? `« ${stageLabel(m.stage, 'fr')} » du ${longDate(m.day, 'fr')}`
        : `“${stageLabel(m.stage, 'en')}” of ${longDate(m.day, 'en')}`
      : fr
        ? `le message du ${longDate(m.day, 'fr')}`
        : `the message of ${longDate(m.day, 'en')}`;
  switch (fact.kind) {
    case 'paid': {
      const invoices = list(fact.invoices, language);
      const about = before.filter((m) => m.invoices.some((n) => fact.invoices.includes(n)));
      const previous = last(about);
      const what = fact.balance
        ? fr
          ? `${client} paie le solde de ${invoices}`
          : `${client} pays the balance of ${invoices}`
        : fr
          ? `${client} paie ${invoices}`
          : `${client} pays ${invoices}`;
      if (!previous)
        return fr ? `${what}, sans avoir reçu de relance.` : `${what}, before any reminder.`;
      return fr
        ? `${what}, après la relance ${reminder(previous)}.`
        : `${what}, after the reminder ${reminder(previous)}.`;
    }
    case 'replied': {
      const previous = last(before);
      const to = previous ? reminder(previous) : fr ? 'un message' : 'a message';
      return fr
        ? `${client} répond à ${to} : « ${fact.words.fr} ».`
        : `${client} replies to ${to}: “${fact.words.en}”.`;
    }
    case 'wrote_by_hand':
      return fr
        ? `Camille écrit elle-même à ${client} au sujet de ${fact.about}.`
        : `Camille writes to ${client} herself about ${fact.about}.`;
  }
}
