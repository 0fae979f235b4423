import type { I18n } from '../../i18n/i18n.tsx';

/** `2026-03` → "mars 2026" / "Mar 2026". */
export function monthLabel(i18n: I18n, month: string): string {
  const format = new Intl.DateTimeFormat(i18n.lang === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(new Date(`${month}-01T00:00:00Z`));
}

/** A share as a percentage, or a dash when there is none. */
export function share(i18n: I18n, value: number | null): string {
  return value === null ? '—' : i18n.percent(value);
}

export function moneyOf(i18n: I18n, currency: string): (cents: number) => string {
  return (cents) => i18n.money({ cents, currency });
}
