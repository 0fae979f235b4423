/**
 * The middle value of `values` (the mean of the two middle ones for an even count), or null for
 * none. Example: `median([9, 2, 4])` → 4; `median([2, 4, 9, 11])` → 6.5; `median([])` → null.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
