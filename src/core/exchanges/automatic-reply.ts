/**
 * Whether a message is an automatic reply (an out-of-office notice, a vacation responder, a
 * ticket acknowledgement) rather than a person's answer. Such a message says nobody read the
 * reminder: it must not pause the client as an answer does, but it is worth telling the user (an
 * absence until a date may explain a silence).
 *
 * What marks one, in the order the decision reads them (each read is a Gmail call: the subject
 * first, as it is also what the user is shown):
 *
 * 1. The subject starts with what responders write (auto-reply-words.ts): Outlook's
 *    « Réponse automatique : » / "Automatic reply:", older Exchange's « Absence du bureau : » /
 *    "Out of Office:", the words people give Gmail's vacation responder (« Absente jusqu'au
 *    4 janvier »), and a few other languages' equivalents.
 * 2. `Auto-Submitted: auto-replied` (or `auto-notified`), what responders set (RFC 3834 §5,
 *    https://www.rfc-editor.org/rfc/rfc3834#section-5). Not `auto-generated` alone: RFC 3834
 *    gives it to automatic mail that is not a response, and issue trackers and helpdesks put it
 *    on every mail they relay, a person's comment included; an Outlook or Exchange automatic
 *    reply that carries it is told by its subject (1.).
 * 3. `X-Autoreply` or `X-Autorespond` (what some responders older than the standard write), any
 *    value but `no`.
 * 4. `Precedence: auto_reply`. Not `bulk`, `junk` or `list`, although RFC 3834 §3.1.8 tells
 *    responders not to answer those: a person's answer can carry them (sent through a mailing
 *    list such as a Google Group accounts address, or a helpdesk), and taking a person's answer
 *    for a responder's would keep chasing a client who answered, the worse of the two mistakes.
 *
 * The lists are data (auto-reply-words.ts), shipped outside Code.js.
 *
 * Not a mark: Microsoft's `X-Auto-Response-Suppress`, which a sender sets on outgoing mail to ask
 * that no automatic reply be sent to it; a person's answer from Outlook may carry it
 * (https://github.com/sisimai/p5-sisimai/issues/491 dropped it from RFC 3834 detection for that
 * reason).
 *
 * Limits: an automatic reply with none of those headers and a subject not in the list (a
 * responder set to "Merci pour votre message") still counts as the client's answer.
 */
import { AUTO_REPLY_WORDS } from './auto-reply-words.ts';

/** A message's subject and headers, read on demand (each read is a Gmail call). */
export interface AutoReplySigns {
  subject(): string;
  /** The header's value, or '' when the message has none. */
  header(name: string): string;
}

/** The word lists as expressions, built on first use (the data file is read then). */
let compiled: { readonly opening: RegExp; readonly greeting: RegExp } | undefined;

function words(): { readonly opening: RegExp; readonly greeting: RegExp } {
  compiled ??= {
    opening: new RegExp(`^(?:${AUTO_REPLY_WORDS.openings.join('|')})`),
    greeting: new RegExp(AUTO_REPLY_WORDS.greetings, 'i'),
  };
  return compiled;
}

/** The `Auto-Submitted` values of responses made by a program (see 2. above). */
const RESPONDER_SUBMISSIONS: ReadonlySet<string> = new Set(['auto-replied', 'auto-notified']);

export function isAutomaticReply(signs: AutoReplySigns): boolean {
  if (hasAutoReplySubject(signs.subject())) return true;
  if (RESPONDER_SUBMISSIONS.has(firstToken(signs.header('Auto-Submitted')))) return true;
  if (marks(signs.header('X-Autoreply')) || marks(signs.header('X-Autorespond'))) return true;
  // The one `Precedence` value only responders set (see 4. above for those left out).
  return firstToken(signs.header('Precedence')) === 'auto_reply';
}

/** Whether `subject` opens as an automatic reply's does. */
export function hasAutoReplySubject(subject: string): boolean {
  return words().opening.test(fold(subject));
}

/** A header present with a value other than `no` (`Auto-Submitted: no` marks a person's mail). */
function marks(value: string): boolean {
  const token = firstToken(value);
  return token !== '' && token !== 'no' && token !== 'false';
}

/** The header's value without parameters or comments, lower case (`auto-replied; owner=…`). */
function firstToken(value: string): string {
  return (
    String(value ?? '')
      .toLowerCase()
      .split(/[;(\s]/)
      .find((part) => part !== '') ?? ''
  );
}

/** Lower case, accents dropped, curly apostrophes straightened, spaces collapsed. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’ʼ]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Longest quote of an automatic reply the user is shown. */
const QUOTE_LENGTH = 60;

/**
 * What to quote of an automatic reply for the user: its subject without the responder's opening
 * (« Absente jusqu'au 4 janvier »), or, when the subject only echoes the reminder's (Outlook's
 * « Réponse automatique : Relance facture F-2026-014 »), the body's first line that says
 * something (not a greeting); cut to 60 characters.
 *
 * @example autoReplyQuote("Réponse automatique : Absente jusqu'au 4 janvier", 'Relance facture F-1', '')
 * // → "Absente jusqu'au 4 janvier"
 */
export function autoReplyQuote(subject: string, reminderSubject: string, body: string): string {
  const rest = withoutOpenings(subject);
  const echoes = rest === '' || fold(withoutOpenings(reminderSubject)) === fold(rest);
  const said = echoes ? (firstStatement(body) ?? rest) : rest;
  return said.length <= QUOTE_LENGTH ? said : `${said.slice(0, QUOTE_LENGTH - 1).trimEnd()}…`;
}

/** `subject` without reply prefixes (Re:, TR:, Fwd:) and a responder's opening before « : ». */
function withoutOpenings(subject: string): string {
  let rest = subject.replace(/\s+/g, ' ').trim();
  for (;;) {
    const reply = /^(?:re|tr|fw|fwd|aw|sv|rv)\s*:\s*/i.exec(rest);
    const colon = rest.indexOf(':');
    if (reply) rest = rest.slice(reply[0].length);
    else if (colon > 0 && hasAutoReplySubject(rest.slice(0, colon)))
      rest = rest.slice(colon + 1).trim();
    else return rest;
  }
}

function firstStatement(body: string): string | null {
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '' || line.startsWith('>')) continue;
    if (words().greeting.test(line) && line.length < 40) continue;
    return line;
  }
  return null;
}
