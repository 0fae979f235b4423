/**
 * Gmail's search syntax, the part an add-on uses, evaluated against the in-memory mailbox.
 *
 * Operators follow https://support.google.com/mail/answer/7190 (Gmail search operators):
 * `in:sent|inbox|drafts|anywhere`, `from:`, `to:`, `cc:`, `bcc:`, `subject:`, `"exact phrase"`,
 * plain words, `after:`/`before:` (YYYY/MM/DD or epoch seconds), `newer_than:`/`older_than:`
 * (`d`, `m`, `y`), `rfc822msgid:`, `has:attachment`, `OR`, `{a b}` (any of), `-term` (not) and
 * parentheses (all of).
 *
 * Dates in after:/before: are "interpreted as midnight on that date in the PST timezone"
 * (https://developers.google.com/workspace/gmail/api/guides/filtering), so a French user's
 * `after:2026/03/02` starts at 09:00 Paris time; epoch seconds are exact.
 *
 * Gmail evaluates a query per message and returns the threads holding a matching message
 * (https://developers.google.com/workspace/gmail/api/guides/filtering). Its tokenizer is not
 * documented: here words are runs of letters and digits, case and accents ignored, and a term
 * made of several words (`F-2026-014`) matches those words in sequence.
 */
import { instantOf } from '../spreadsheet/zoned-time.ts';

export interface SearchableMessage {
  readonly from: string;
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly subject: string;
  readonly plainBody: string;
  readonly htmlBody: string | null;
  readonly date: number;
  readonly messageIdHeader: string;
  readonly labels: ReadonlySet<string>;
  readonly hasAttachment: boolean;
}

export type Query =
  | { kind: 'and'; terms: Query[] }
  | { kind: 'or'; terms: Query[] }
  | { kind: 'not'; term: Query }
  | { kind: 'text'; words: string[] }
  | { kind: 'field'; field: 'from' | 'to' | 'cc' | 'bcc'; value: string }
  | { kind: 'subject'; words: string[] }
  | { kind: 'in'; label: string }
  | { kind: 'date'; op: 'after' | 'before'; at: number }
  | { kind: 'age'; op: 'newer' | 'older'; ms: number }
  | { kind: 'msgid'; id: string }
  | { kind: 'has'; what: string }
  | { kind: 'never' };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Words as the matcher sees them: lower case, accents dropped, split on non-alphanumerics. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return true;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Tokenizer

type Token =
  | { t: 'open' | 'close' | 'lbrace' | 'rbrace' | 'or' | 'minus' }
  | { t: 'term'; op: string | null; value: string; quoted: boolean };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const readQuoted = (): string => {
    const end = query.indexOf('"', i + 1);
    const value = end === -1 ? query.slice(i + 1) : query.slice(i + 1, end);
    i = end === -1 ? query.length : end + 1;
    return value;
  };
  while (i < query.length) {
    const ch = query[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === '{' || ch === '}') {
      tokens.push({
        t: ({ '(': 'open', ')': 'close', '{': 'lbrace', '}': 'rbrace' } as const)[ch],
      });
      i++;
    } else if (ch === '-' && i + 1 < query.length && !/\s/.test(query[i + 1] as string)) {
      tokens.push({ t: 'minus' });
      i++;
    } else if (ch === '"') {
      tokens.push({ t: 'term', op: null, value: readQuoted(), quoted: true });
    } else {
      let word = '';
      while (i < query.length && !/[\s(){}"]/.test(query[i] as string)) word += query[i++];
      const colon = word.indexOf(':');
      const op = colon > 0 ? word.slice(0, colon).toLowerCase() : null;
      if (op !== null && word.length === colon + 1 && query[i] === '"') {
        tokens.push({ t: 'term', op, value: readQuoted(), quoted: true });
      } else if (word === 'OR') {
        tokens.push({ t: 'or' });
      } else if (op !== null && KNOWN_OPERATORS.has(op)) {
        tokens.push({ t: 'term', op, value: word.slice(colon + 1), quoted: false });
      } else {
        tokens.push({ t: 'term', op: null, value: word, quoted: false });
      }
    }
  }
  return tokens;
}

const KNOWN_OPERATORS = new Set([
  'in',
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'after',
  'before',
  'newer_than',
  'older_than',
  'rfc822msgid',
  'has',
  'is',
  'label',
]);

// ---------------------------------------------------------------------------------------------
// Parser: sequence = AND, OR binds tighter than juxtaposition (as in Gmail: `a OR b c` is
// `(a OR b) c`), `{...}` = OR of its items, `(...)` = AND of its items, `-x` = NOT x.

class Parser {
  #pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly now: number,
  ) {}

  parseAll(): Query {
    return this.#sequence(null);
  }

  #sequence(closer: 'close' | 'rbrace' | null): Query {
    const items: Query[] = [];
    while (this.#pos < this.tokens.length) {
      const tok = this.tokens[this.#pos] as Token;
      if (closer !== null && tok.t === closer) {
        this.#pos++;
        break;
      }
      if (tok.t === 'close' || tok.t === 'rbrace') {
        this.#pos++; // stray closer: Gmail ignores it
        continue;
      }
      items.push(this.#orChain());
    }
    if (closer === 'rbrace') return { kind: 'or', terms: items };
    return items.length === 1 ? (items[0] as Query) : { kind: 'and', terms: items };
  }

  #orChain(): Query {
    const terms = [this.#unary()];
    while (this.tokens[this.#pos]?.t === 'or') {
      this.#pos++;
      if (this.#pos >= this.tokens.length) break;
      terms.push(this.#unary());
    }
    return terms.length === 1 ? (terms[0] as Query) : { kind: 'or', terms };
  }

  #unary(): Query {
    const tok = this.tokens[this.#pos++] as Token;
    switch (tok.t) {
      case 'minus':
        return { kind: 'not', term: this.#unary() };
      case 'open':
        return this.#sequence('close');
      case 'lbrace':
        return this.#sequence('rbrace');
      case 'term':
        return this.#term(tok.op, tok.value, tok.quoted);
      default:
        return { kind: 'and', terms: [] };
    }
  }

  #term(op: string | null, value: string, quoted: boolean): Query {
    switch (op) {
      case null:
        return { kind: 'text', words: words(value) };
      case 'from':
      case 'to':
      case 'cc':
      case 'bcc':
        return { kind: 'field', field: op, value: value.toLowerCase() };
      case 'subject':
        return { kind: 'subject', words: words(value) };
      case 'in':
      case 'is':
      case 'label':
        return { kind: 'in', label: value.toLowerCase() };
      case 'after':
      case 'before': {
        const at = parseSearchDate(value);
        return at === null ? { kind: 'never' } : { kind: 'date', op, at };
      }
      case 'newer_than':
      case 'older_than': {
        const ms = parseAge(value, this.now);
        return ms === null
          ? { kind: 'never' }
          : { kind: 'age', op: op === 'newer_than' ? 'newer' : 'older', ms };
      }
      case 'rfc822msgid':
        return { kind: 'msgid', id: value.replace(/^<|>$/g, '').toLowerCase() };
      case 'has':
        return { kind: 'has', what: value.toLowerCase() };
      default:
        return { kind: 'text', words: words(quoted ? value : `${op}:${value}`) };
    }
  }
}

/** Midnight in America/Los_Angeles of a calendar date, as epoch ms. */
function pacificMidnight(year: number, month: number, day: number): number {
  return instantOf('America/Los_Angeles', year, month, day);
}

/** `2026/03/02`, `2026-03-02`, `03/02/2026` (month first, as in Gmail's examples) or seconds. */
export function parseSearchDate(value: string): number | null {
  if (/^\d{9,}$/.test(value)) return Number(value) * 1000;
  let m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (m) return pacificMidnight(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (m) return pacificMidnight(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

/** `2d`, `3m`, `1y` (https://support.google.com/mail/answer/7190: d, m, y). */
function parseAge(value: string, now: number): number | null {
  const m = /^(\d+)([dmy])$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] as string).toLowerCase();
  if (unit === 'd') return n * DAY_MS;
  const then = new Date(now);
  if (unit === 'm') then.setUTCMonth(then.getUTCMonth() - n);
  else then.setUTCFullYear(then.getUTCFullYear() - n);
  return now - then.getTime();
}

export function parseQuery(query: string, now: number): Query {
  return new Parser(tokenize(query), now).parseAll();
}

// ---------------------------------------------------------------------------------------------
// Evaluation

const LABEL_ALIASES: Readonly<Record<string, string>> = {
  sent: 'SENT',
  inbox: 'INBOX',
  drafts: 'DRAFT',
  draft: 'DRAFT',
  trash: 'TRASH',
  spam: 'SPAM',
};

export function matches(query: Query, message: SearchableMessage, now: number): boolean {
  switch (query.kind) {
    case 'and':
      return query.terms.every((q) => matches(q, message, now));
    case 'or':
      return query.terms.some((q) => matches(q, message, now));
    case 'not':
      return !matches(query.term, message, now);
    case 'never':
      return false;
    case 'text':
      return [message.subject, message.plainBody, message.from, message.to, message.cc].some((t) =>
        containsSequence(words(t), query.words),
      );
    case 'subject':
      return containsSequence(words(message.subject), query.words);
    case 'field':
      return message[query.field].toLowerCase().includes(query.value);
    case 'in': {
      if (query.label === 'anywhere') return true;
      const label = LABEL_ALIASES[query.label] ?? query.label.toUpperCase();
      return message.labels.has(label);
    }
    case 'date':
      return query.op === 'after' ? message.date >= query.at : message.date < query.at;
    case 'age':
      return query.op === 'newer' ? now - message.date < query.ms : now - message.date >= query.ms;
    case 'msgid':
      return message.messageIdHeader.replace(/^<|>$/g, '').toLowerCase() === query.id;
    case 'has':
      return query.what === 'attachment' ? message.hasAttachment : false;
  }
}

/** Gmail leaves Trash and Spam out unless the query names them (support.google.com/mail/answer/7190). */
export function mentionsTrashOrSpam(query: Query): boolean {
  switch (query.kind) {
    case 'and':
    case 'or':
      return query.terms.some(mentionsTrashOrSpam);
    case 'not':
      return mentionsTrashOrSpam(query.term);
    case 'in':
      return ['trash', 'spam', 'anywhere'].includes(query.label);
    default:
      return false;
  }
}
