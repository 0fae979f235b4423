import { ALPHA2_CODES, COUNTRY_NAMES } from './country-names.ts';
import { PhraseTable } from './phrase-table.ts';

/** Built on first use: the tables are read from a project file in Apps Script. */
let alpha2: ReadonlySet<string> | null = null;
let names: PhraseTable<string> | null = null;

/**
 * A country as an ISO 3166-1 alpha-2 code (upper case): a code (`fr`, `GB`; `UK` is GB and `EL`
 * Greece), a few alpha-3 codes, or a French or English name (`Belgique`, `Royaume-Uni`,
 * `États-Unis`, `USA`). Null when not recognised.
 *
 * @example parseCountry('Royaume-Uni') // → 'GB'
 * @example parseCountry('uk') // → 'GB'
 * @example parseCountry('Atlantis') // → null
 */
export function parseCountry(cell: unknown): string | null {
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  names ??= new PhraseTable<string>(COUNTRY_NAMES);
  const named = names.lookup(text, false);
  if (named !== undefined) return named;
  const upper = text.toUpperCase();
  alpha2 ??= new Set(ALPHA2_CODES);
  return upper.length === 2 && alpha2.has(upper) ? upper : null;
}
