import { CURRENCY_CODES, CURRENCY_NAMES } from './cell-words.ts';

/** The ISO codes, as a set, made on first use from the table of codes (cell-words.ts). */
let isoCodes: ReadonlySet<string> | null = null;
function isIsoCode(code: string): boolean {
  isoCodes ??= new Set(CURRENCY_CODES);
  return isoCodes.has(code);
}

const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD']);
const NOISE = /[\s.]+/g;

/**
 * A currency code, symbol or name → ISO 4217 code: `€`, `EUR`, `euros` → `EUR`; `CHF`, `Fr.` →
 * `CHF`; `£` → `GBP`; `CA$` → `CAD`. A bare `$` (or `dollars`) is `dollarCurrency` when that is a
 * dollar currency (a Canadian user's `$` means CAD), else USD. Null when not recognised.
 *
 * @example parseCurrency('euros') // → 'EUR'
 * @example parseCurrency('$', 'CAD') // → 'CAD'
 * @example parseCurrency('zloty?') // → null
 */
export function parseCurrency(text: string, dollarCurrency = 'USD'): string | null {
  const compact = text.replace(NOISE, '').toLowerCase();
  if (compact === '') return null;
  if (compact === '$' || compact === 'dollar' || compact === 'dollars') {
    const preferred = dollarCurrency.toUpperCase();
    return DOLLAR_CURRENCIES.has(preferred) ? preferred : 'USD';
  }
  const upper = compact.toUpperCase();
  if (upper.length === 3 && isIsoCode(upper)) return upper;
  return CURRENCY_NAMES[compact] ?? null;
}
