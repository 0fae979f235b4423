/**
 * Whether a parsed JSON value is an object with fields (not null, not an array).
 *
 * @example isRecord({ version: 1 }) // → true
 * @example isRecord([1, 2]) // → false
 * @example isRecord(null) // → false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
