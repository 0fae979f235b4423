/**
 * Checks of the arguments the sidebar sends (google.script.run passes any JSON the page built:
 * https://developers.google.com/apps-script/guides/html/reference/run). Each check returns the
 * typed value or throws a RequestError whose message is French then English, so a malformed call
 * ends in a sentence a person understands instead of a TypeError, and nothing is written.
 */
import { type CalendarDate, parseCalendarDate } from './calendar-date.ts';
import type { LocalizedText } from './localized-text.ts';

export class RequestError extends Error {
  constructor(readonly text: LocalizedText) {
    super(`${text.fr} / ${text.en}`);
  }
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return '—';
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '—');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function fail(fr: string, en: string): never {
  throw new RequestError({ fr, en });
}

export function requestObject(value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  return fail('Demande mal formée.', 'Malformed request.');
}

/** Text of at most `max` characters, not blank. */
export function requiredText(value: unknown, what: LocalizedText, max = 200): string {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= max) return value;
  return fail(
    `${what.fr} manquant ou invalide (${shown(value)}).`,
    `Missing or invalid ${what.en} (${shown(value)}).`,
  );
}

export function flag(value: unknown, what: LocalizedText): boolean {
  if (typeof value === 'boolean') return value;
  return fail(`${what.fr} : vrai ou faux attendu.`, `${what.en}: true or false expected.`);
}

/** A calendar date that exists (`2026-13-45` does not), or null when `null` is allowed. */
export function dateOrNull(value: unknown, what: LocalizedText): CalendarDate | null {
  if (value === null || value === undefined) return null;
  const date = typeof value === 'string' ? parseCalendarDate(value) : null;
  if (date !== null) return date;
  return fail(
    `${what.fr} : « ${shown(value)} » n'est pas une date AAAA-MM-JJ qui existe.`,
    `${what.en}: '${shown(value)}' is not an existing YYYY-MM-DD date.`,
  );
}

export function oneOf<T extends string>(
  value: unknown,
  values: readonly T[],
  what: LocalizedText,
): T {
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  return fail(
    `${what.fr} « ${shown(value)} » inconnu ; attendu : ${values.join(', ')}.`,
    `Unknown ${what.en} '${shown(value)}'; expected ${values.join(', ')}.`,
  );
}
