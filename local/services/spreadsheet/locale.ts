/**
 * Conventions of a spreadsheet locale (`fr_FR`, `en_US`, ... as Spreadsheet.getSpreadsheetLocale
 * returns them), read from Intl so any locale Node knows works.
 */

export interface LocaleConventions {
  readonly decimal: string;
  /** Characters accepted as thousands separators when parsing. */
  readonly groups: readonly string[];
  /** The separator used when displaying grouped numbers. */
  readonly group: string;
  /** Order of the day, month and year fields in a short date. */
  readonly dateOrder: 'DMY' | 'MDY' | 'YMD';
  /** Sheets' default pattern for a date typed in this locale. */
  readonly datePattern: string;
  readonly dateTimePattern: string;
}

const cache = new Map<string, LocaleConventions>();

export function bcp47(locale: string): string {
  return locale.replace('_', '-');
}

export function localeConventions(locale: string): LocaleConventions {
  const cached = cache.get(locale);
  if (cached) return cached;
  const tag = bcp47(locale);
  const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const spaceLike = /\s/.test(group) || group === '\u202f';
  const groups = spaceLike ? [' ', '\u00a0', '\u202f'] : [group];
  const order = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(Date.UTC(2026, 2, 12)))
    .map((p) => p.type)
    .filter((t) => t === 'day' || t === 'month' || t === 'year')
    .map((t) => t[0]?.toUpperCase())
    .join('');
  const dateOrder = order === 'MDY' || order === 'YMD' ? order : 'DMY';
  // Sheets' own defaults for en_US (M/d/yyyy) and fr_FR (dd/MM/yyyy); other locales follow the
  // same shape by field order. The exact default pattern per locale is not documented.
  const datePattern =
    dateOrder === 'MDY' ? 'M/d/yyyy' : dateOrder === 'YMD' ? 'yyyy/MM/dd' : 'dd/MM/yyyy';
  const result: LocaleConventions = {
    decimal,
    group: spaceLike ? '\u202f' : group,
    groups,
    dateOrder,
    datePattern,
    dateTimePattern: `${datePattern} H:mm:ss`,
  };
  cache.set(locale, result);
  return result;
}
