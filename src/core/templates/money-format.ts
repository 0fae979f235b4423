import type { Language } from '../invoice.ts';

/**
 * Money formatting written by hand rather than with Intl.NumberFormat: Apps Script's V8 and Node
 * ship different ICU data, and a reminder must read the same in the preview (Node or browser) and
 * in the e-mail actually sent (Apps Script).
 *
 * Rules (they match ICU's `fr-FR` / `en-US` output for EUR, checked against Node 20):
 * - French: `1 234,56 €`. Thousands are grouped with U+202F NARROW NO-BREAK SPACE (modern French
 *   typography and ICU since CLDR 34); the symbol follows the number after U+00A0 NO-BREAK SPACE,
 *   so a mail client never wraps `€` onto its own line.
 * - English: `€1,234.56`. Comma for thousands, point for decimals, the symbol stuck before the
 *   number; a symbol made of letters (`CHF`, or an unknown ISO code) is separated by U+00A0.
 * - Always two decimals: amounts are kept in cents, and every currency the table knows has two.
 * - Negative amounts take an ASCII hyphen-minus in front (`-1 234,56 €`, `-€1,234.56`).
 */
export const NARROW_NBSP = '\u202f';
export const NBSP = '\u00a0';

const SYMBOLS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  // fr: `$US` and `$CA` as in ICU fr; `£` alone (ICU says `£GB`, which French readers rarely see).
  fr: { EUR: '€', USD: '$US', GBP: '£', CHF: 'CHF', CAD: '$CA' },
  en: { EUR: '€', USD: '$', GBP: '£', CHF: 'CHF', CAD: 'CA$' },
};

/** The symbol shown for a currency in a language, or the ISO code when the table has none. */
export function currencySymbol(currency: string, language: Language): string {
  const code = currency.trim().toUpperCase();
  return SYMBOLS[language][code] ?? code;
}

/** `1234.56` EUR in `fr` → `1 234,56 €`; in `en` → `€1,234.56`. */
export function formatMoney(cents: number, currency: string, language: Language): string {
  const rounded = Math.round(cents);
  const sign = rounded < 0 ? '-' : '';
  const digits = formatDigits(Math.abs(rounded), language);
  const symbol = currencySymbol(currency, language);
  if (language === 'fr') return `${sign}${digits}${NBSP}${symbol}`;
  const isLetters = /^[A-Z]/.test(symbol) && /[A-Z]$/.test(symbol);
  return `${sign}${symbol}${isLetters ? NBSP : ''}${digits}`;
}

function formatDigits(absCents: number, language: Language): string {
  const units = Math.floor(absCents / 100);
  const decimals = String(absCents % 100).padStart(2, '0');
  const group = language === 'fr' ? NARROW_NBSP : ',';
  const point = language === 'fr' ? ',' : '.';
  return `${groupThousands(String(units), group)}${point}${decimals}`;
}

function groupThousands(integer: string, separator: string): string {
  const parts: string[] = [];
  for (let end = integer.length; end > 0; end -= 3) {
    parts.unshift(integer.slice(Math.max(0, end - 3), end));
  }
  return parts.join(separator);
}

export interface MoneyAmount {
  readonly cents: number;
  readonly currency: string;
}

/**
 * Sums amounts per currency, in order of first appearance. A client billed in two currencies gets
 * two totals rather than a meaningless sum.
 */
export function sumByCurrency(amounts: readonly MoneyAmount[]): MoneyAmount[] {
  const totals = new Map<string, number>();
  for (const { cents, currency } of amounts) {
    const code = currency.trim().toUpperCase();
    totals.set(code, (totals.get(code) ?? 0) + cents);
  }
  return [...totals].map(([currency, cents]) => ({ cents, currency }));
}

/** Several per-currency totals as one string: `1 200,00 € + 300,00 £`. */
export function formatMoneyTotals(
  amounts: readonly MoneyAmount[],
  language: Language,
  zeroCurrency: string,
): string {
  const totals = sumByCurrency(amounts);
  if (totals.length === 0) return formatMoney(0, zeroCurrency, language);
  return totals.map((t) => formatMoney(t.cents, t.currency, language)).join(' + ');
}
