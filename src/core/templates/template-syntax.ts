import { type PlaceholderName, resolvePlaceholder } from './placeholders.ts';

/** A piece of a parsed subject or body. */
export type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly name: PlaceholderName; readonly source: string }
  | {
      readonly kind: 'plural';
      readonly one: string;
      readonly many: string;
      readonly source: string;
    }
  /**
   * An optional section, `{{#name}}…{{/name}}`: what it encloses is rendered only when the
   * placeholder `name` has a value, so a sentence about a missing value disappears whole. An
   * inverted one, `{{^name}}…{{/name}}`, is rendered only when `name` has none: the wording to use
   * instead ("Malgré mon précédent rappel, la facture…" / "La facture…").
   */
  | {
      readonly kind: 'section_open';
      readonly name: PlaceholderName;
      readonly source: string;
      readonly inverted: boolean;
    }
  | { readonly kind: 'section_close'; readonly name: PlaceholderName; readonly source: string };

export type SyntaxProblem =
  | { readonly code: 'unbalanced_braces'; readonly fragment: string }
  | { readonly code: 'empty_placeholder'; readonly fragment: string }
  | { readonly code: 'bad_plural'; readonly fragment: string }
  | { readonly code: 'unbalanced_section'; readonly fragment: string }
  | { readonly code: 'unknown_placeholder'; readonly fragment: string; readonly name: string };

export interface ParsedText {
  readonly tokens: readonly Token[];
  readonly problems: readonly SyntaxProblem[];
}

const PLURAL_PREFIX = 'plural:';
const SECTION_OPEN = '#';
const INVERTED_OPEN = '^';
const SECTION_CLOSE = '/';

/**
 * Splits `text` into literal text and `{{...}}` placeholders. Every `{{` must close with `}}`
 * before the next `{{`, and every `}}` must close a `{{`; anything else is an unbalanced-braces
 * problem. Single braces are ordinary text.
 */
export function parseTemplateText(text: string): ParsedText {
  const tokens: Token[] = [];
  const problems: SyntaxProblem[] = [];
  let i = 0;
  let literal = '';
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    const close = text.indexOf('}}', i);
    if (close !== -1 && (open === -1 || close < open)) {
      problems.push({ code: 'unbalanced_braces', fragment: fragmentBefore(text, close + 2) });
      literal += text.slice(i, close + 2);
      i = close + 2;
      continue;
    }
    if (open === -1) {
      literal += text.slice(i);
      break;
    }
    literal += text.slice(i, open);
    const end = text.indexOf('}}', open + 2);
    const nextOpen = text.indexOf('{{', open + 2);
    if (end === -1 || (nextOpen !== -1 && nextOpen < end)) {
      problems.push({ code: 'unbalanced_braces', fragment: fragmentAfter(text, open) });
      literal += '{{';
      i = open + 2;
      continue;
    }
    const source = text.slice(open, end + 2);
    const token = readPlaceholder(text.slice(open + 2, end).trim(), source, problems);
    if (token) {
      if (literal) tokens.push({ kind: 'text', text: literal });
      literal = '';
      tokens.push(token);
    } else {
      literal += source;
    }
    i = end + 2;
  }
  if (literal) tokens.push({ kind: 'text', text: literal });
  checkSections(tokens, problems);
  return { tokens, problems };
}

/** Every `{{#name}}` closes with its own `{{/name}}`, innermost first. */
function checkSections(tokens: readonly Token[], problems: SyntaxProblem[]): void {
  const open: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'section_open') open.push(token);
    if (token.kind !== 'section_close') continue;
    const last = open.pop();
    if (last?.kind !== 'section_open' || last.name !== token.name) {
      problems.push({ code: 'unbalanced_section', fragment: token.source });
      if (last) open.push(last);
    }
  }
  for (const token of open) {
    if (token.kind === 'section_open') {
      problems.push({ code: 'unbalanced_section', fragment: token.source });
    }
  }
}

function readPlaceholder(inner: string, source: string, problems: SyntaxProblem[]): Token | null {
  if (inner === '') {
    problems.push({ code: 'empty_placeholder', fragment: source });
    return null;
  }
  const mark = inner.charAt(0);
  if (mark === SECTION_OPEN || mark === INVERTED_OPEN || mark === SECTION_CLOSE) {
    const raw = inner.slice(1).trim();
    const name = resolvePlaceholder(raw);
    if (name === null) {
      problems.push({ code: 'unknown_placeholder', fragment: source, name: raw });
      return null;
    }
    return mark === SECTION_CLOSE
      ? { kind: 'section_close', name, source }
      : { kind: 'section_open', name, source, inverted: mark === INVERTED_OPEN };
  }
  if (inner.startsWith(PLURAL_PREFIX)) {
    const options = inner.slice(PLURAL_PREFIX.length).split('|');
    if (options.length !== 2) {
      problems.push({ code: 'bad_plural', fragment: source });
      return null;
    }
    return {
      kind: 'plural',
      one: (options[0] ?? '').trim(),
      many: (options[1] ?? '').trim(),
      source,
    };
  }
  const name = resolvePlaceholder(inner);
  if (name === null) {
    problems.push({ code: 'unknown_placeholder', fragment: source, name: inner });
    return null;
  }
  return { kind: 'placeholder', name, source };
}

/** Up to 30 characters of the line ending at `end`, for a message about a stray `}}`. */
function fragmentBefore(text: string, end: number): string {
  const line = text.slice(Math.max(0, end - 30), end);
  const previousClose = line.lastIndexOf('}}', line.length - 3);
  const from = Math.max(line.lastIndexOf('\n') + 1, previousClose === -1 ? 0 : previousClose + 2);
  return line.slice(from).trimStart();
}

/** Up to 30 characters of the line starting at `start`, for a message about an unclosed `{{`. */
function fragmentAfter(text: string, start: number): string {
  const line = text.slice(start, start + 30);
  const cut = [line.indexOf('\n'), line.indexOf('{{', 2)].filter((n) => n !== -1);
  return line.slice(0, cut.length > 0 ? Math.min(...cut) : line.length).trimEnd();
}
