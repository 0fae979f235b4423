import type { ColumnOverrides } from '../settings.ts';

/**
 * The column overrides after the user's changes in the Start guide: a header fixes the field's
 * column, an empty header returns the field to automatic detection, other fields keep theirs.
 *
 * @example
 * withOverrideChanges({ amount: 'Total', dueDate: 'Date' }, { amount: '', client: 'Société' })
 * // → { dueDate: 'Date', client: 'Société' }
 */
export function withOverrideChanges(
  current: ColumnOverrides,
  changes: Readonly<Record<string, string>>,
): ColumnOverrides {
  const overrides: Record<string, string> = { ...current };
  for (const [field, header] of Object.entries(changes)) {
    if (header === '') delete overrides[field];
    else overrides[field] = header;
  }
  return overrides;
}
