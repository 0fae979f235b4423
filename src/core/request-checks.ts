/**
 * Checks of the arguments the sidebar sends (google.script.run passes any JSON the page built:
 * https://developers.google.com/apps-script/guides/html/reference/run). Each check returns the
 * typed value or throws a RequestError whose message is French then English, so a malformed call
 * ends in a sentence a person understands instead of a TypeError, and nothing is written.
 */
import { type CalendarDate, parseCalendarDate } from './calendar-date.ts';
import type { Language } from './invoice.ts';
import { frenchThenEnglish, type LocalizedText } from './localized-text.ts';
import {
  localized,
  type ServerTextKey,
  type TextValuesArgument,
  text,
} from './texts/server-texts.ts';

/** The name of a checked field, as the server texts spell it in each language. */
export type FieldLabel = Extract<ServerTextKey, `field_${string}`>;

export class RequestError extends Error {
  constructor(readonly text: LocalizedText) {
    super(frenchThenEnglish(text));
  }
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return '—';
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '—');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function fail<Key extends ServerTextKey>(
  key: Key,
  ...values: TextValuesArgument<Key>
): never {
  throw new RequestError(localized(key, ...values));
}

/** The values of a sentence about a field: its name in the language, and the value received. */
function about(
  what: FieldLabel,
  value: unknown,
): (language: Language) => { what: string; value: string } {
  return (language: Language) => ({ what: text(language, what), value: shown(value) });
}

export function requestObject(value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  return fail('requestMalformed');
}

/** Text of at most `max` characters, not blank. */
export function requiredText(value: unknown, what: FieldLabel, max = 200): string {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= max) return value;
  return fail('requestTextInvalid', about(what, value));
}

/** A list of one text or more, each as `requiredText` takes it. */
export function requiredTexts(value: unknown, what: FieldLabel, max = 200): string[] {
  if (!Array.isArray(value) || value.length === 0)
    return fail('requestTextInvalid', about(what, value));
  return value.map((item: unknown) => requiredText(item, what, max));
}

export function flag(value: unknown, what: FieldLabel): boolean {
  if (typeof value === 'boolean') return value;
  return fail('requestFlagInvalid', about(what, value));
}

/** A calendar date that exists (`2026-13-45` does not), or null when `null` is allowed. */
export function dateOrNull(value: unknown, what: FieldLabel): CalendarDate | null {
  if (value === null || value === undefined) return null;
  const date = typeof value === 'string' ? parseCalendarDate(value) : null;
  if (date !== null) return date;
  return fail('requestDateInvalid', about(what, value));
}

export function oneOf<T extends string>(value: unknown, values: readonly T[], what: FieldLabel): T {
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  return fail('requestOneOfInvalid', (language) => ({
    ...about(what, value)(language),
    values: values.join(', '),
  }));
}
