import type { Segment } from '../segment.ts';
import { PhraseTable } from './phrase-table.ts';

/** `auto` means no override: the segment comes from the client's history. */
export type SegmentOverride = Segment | 'auto';

const TABLE = new PhraseTable<SegmentOverride>([
  ['auto', ['auto', 'automatique', 'automatic', 'défaut', 'default']],
  ['new', ['new', 'nouveau', 'nouvelle', 'nouveau client', 'new client']],
  ['punctual', ['punctual', 'ponctuel', 'ponctuelle', 'bon payeur', 'good payer', 'on time']],
  [
    'occasional',
    [
      'occasional',
      'occasionnel',
      'occasionnellement en retard',
      'occasionally late',
      'parfois en retard',
    ],
  ],
  [
    'chronic',
    [
      'chronic',
      'chronique',
      'chronically late',
      'mauvais payeur',
      'toujours en retard',
      'retardataire',
    ],
  ],
  ['high_risk', ['high_risk', 'high risk', 'risque', 'à risque', 'risque élevé', 'risky']],
]);

/**
 * A per-row segment, French or English names or the internal ones. Null when unknown.
 *
 * @example parseSegmentOverride('à risque') // → 'high_risk'
 * @example parseSegmentOverride('ponctuel') // → 'punctual'
 */
export function parseSegmentOverride(cell: unknown): SegmentOverride | null {
  if (typeof cell !== 'string') return null;
  return TABLE.lookup(cell, false) ?? null;
}
