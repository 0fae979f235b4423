import type { Segment } from '../segment.ts';
import { SEGMENT_WORDS } from './cell-words.ts';
import { PhraseTable } from './phrase-table.ts';

/** `auto` means no override: the segment comes from the client's history. */
export type SegmentOverride = Segment | 'auto';

const TABLE = new PhraseTable<SegmentOverride>(SEGMENT_WORDS);

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
