/**
 * Client profiles computed from the sheet's own payment history. They select the offsets and the
 * tone of reminders. `key_account` is not exclusive: it is a flag on top of a segment.
 */
export const SEGMENTS = ['new', 'punctual', 'occasional', 'chronic', 'high_risk'] as const;
export type Segment = (typeof SEGMENTS)[number];

export function isSegment(value: string): value is Segment {
  return (SEGMENTS as readonly string[]).includes(value);
}
