import { PhraseTable } from './phrase-table.ts';

const CHECK_MARKS = new Set(['✓', '✔', '☑', '✅', '☒', '×']);
const CROSS_MARKS = new Set(['✗', '✘', '☐', '❌', '-', '—']);

const TABLE = new PhraseTable<boolean>([
  [true, ['oui', 'o', 'yes', 'y', 'x', 'vrai', 'true', '1', 'ok', 'stop', 'ne pas relancer']],
  [false, ['non', 'n', 'no', 'faux', 'false', '0']],
]);

/**
 * A yes/no cell: a checkbox (boolean), `oui`/`non`, `yes`/`no`, `x`, `VRAI`/`FAUX`, `TRUE`,
 * `1`/`0`, `✓`. Blank is no. Null when the text says neither.
 *
 * @example parseYesNo('oui') // → true
 * @example parseYesNo('FAUX') // → false
 * @example parseYesNo('') // → false
 * @example parseYesNo('bof') // → null
 */
export function parseYesNo(cell: unknown): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (text === '') return false;
  if (CHECK_MARKS.has(text)) return true;
  if (CROSS_MARKS.has(text)) return false;
  return TABLE.lookup(text) ?? null;
}
