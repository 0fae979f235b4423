import { parseCurrency } from './currency.ts';

export interface ParsedAmount {
  /** Minor units (cents), negative for a negative amount. */
  readonly cents: number;
  /** ISO 4217 code when the cell says one (`€`, `EUR`, `$`), else null. */
  readonly currency: string | null;
}

/** Largest amount accepted, in currency units: beyond it, cents lose integer precision. */
const MAX_UNITS = 1e13;
const DIGITS = /[0-9]/;
const GROUP_SPACES = /[\s\u00a0\u202f\u2009'’]/g;
const NUMBER_CHARS = /^[0-9.,]+$/;
const MINUS_SIGNS = /^[-−–]|[-−–]$/;
const TAX_SUFFIX = /\s*\b(?:TTC|HT|HTVA|TVAC|incl\.?\s*VAT)\s*$/i;
const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;
/** `1 200.-` or `1.200,--`: Swiss and German ways of writing no cents. */
const NO_CENTS = /[.,]-{1,2}$/;

/**
 * Reads an amount as people type it: `1 234,56 €` (with ordinary or no-break spaces),
 * `1,234.56`, `1.234,56`, `1'234.50 CHF`, `CHF 1 200.-`, `EUR 1234`, `€1,234.56`, `$1,200`, `-120`, `(120,00)`
 * (negative), or a number cell. A single `,` or `.` followed by exactly three digits is a
 * thousands separator (`1,200` is twelve hundred): money is never written with three decimals.
 * Returns null when the text is not an amount.
 *
 * @example parseAmount('1 234,56 €') // → { cents: 123456, currency: 'EUR' }
 * @example parseAmount('$1,200', 'CAD') // → { cents: 120000, currency: 'CAD' }
 * @example parseAmount('(120,00)') // → { cents: -12000, currency: null }
 * @example parseAmount('environ 100') // → null
 */
export function parseAmount(cell: unknown, dollarCurrency?: string): ParsedAmount | null {
  if (typeof cell === 'number') return fromUnits(cell, null);
  if (typeof cell !== 'string') return null;
  let text = cell.trim().replace(TAX_SUFFIX, '').replace(NO_CENTS, '');
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  const first = text.search(DIGITS);
  if (first < 0) return null;
  let last = text.length - 1;
  while (last >= 0 && !DIGITS.test(text.charAt(last))) last--;

  const affixes = [text.slice(0, first), text.slice(last + 1)];
  let currency: string | null = null;
  for (const raw of affixes) {
    let affix = raw.trim();
    while (MINUS_SIGNS.test(affix)) {
      if (negative) return null;
      negative = true;
      affix = affix.replace(MINUS_SIGNS, '').trim();
    }
    if (affix.startsWith('+')) affix = affix.slice(1).trim();
    if (affix === '') continue;
    const code = parseCurrency(affix, dollarCurrency);
    if (code === null || (currency !== null && currency !== code)) return null;
    currency = code;
  }
  const units = parseDigits(text.slice(first, last + 1).replace(GROUP_SPACES, ''));
  if (units === null) return null;
  return fromUnits(negative ? -units : units, currency);
}

function parseDigits(digits: string): number | null {
  if (!NUMBER_CHARS.test(digits)) return null;
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole = '', fraction = ''] = splitOnce(digits, decimal === ',' ? lastComma : lastDot);
    if (fraction.includes(group) || fraction.includes(decimal)) return null;
    if (!GROUPED.test(whole) && whole.includes(group)) return null;
    return Number(`${whole.split(group).join('')}.${fraction}`);
  }
  const separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
  if (separator === null) return Number(digits);
  const parts = digits.split(separator);
  if (parts.length > 2 || (parts.length === 2 && isThousands(digits))) {
    return GROUPED.test(digits) ? Number(parts.join('')) : null;
  }
  const [whole = '', fraction = ''] = parts;
  if (whole === '' && fraction === '') return null;
  return Number(`${whole || '0'}.${fraction || '0'}`);
}

/** `1,234` or `12.500`: one separator followed by three digits, with a non-zero whole part. */
function isThousands(digits: string): boolean {
  return GROUPED.test(digits) && !digits.startsWith('0');
}

function splitOnce(text: string, at: number): [string, string] {
  return [text.slice(0, at), text.slice(at + 1)];
}

function fromUnits(units: number, currency: string | null): ParsedAmount | null {
  if (!Number.isFinite(units) || Math.abs(units) > MAX_UNITS) return null;
  // A relative nudge undoes binary noise (1234.565 * 100 = 123456.49999…) before rounding.
  const scaled = units * 100;
  const cents = Math.round(scaled + scaled * 1e-12);
  return { cents: cents === 0 ? 0 : cents, currency };
}
