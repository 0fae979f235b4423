/**
 * The values without repeats, in the order they first appear.
 *
 * @example uniq(['F-001', 'F-002', 'F-001']) // → ['F-001', 'F-002']
 */
export function uniq<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
