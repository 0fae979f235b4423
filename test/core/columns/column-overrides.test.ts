import { describe, expect, it } from 'vitest';
import { withOverrideChanges } from '../../../src/core/columns/column-overrides.ts';

describe('column overrides chosen in the Start guide', () => {
  it('fixes a field to the header the user picked, keeping the other choices', () => {
    expect(withOverrideChanges({ dueDate: 'Date' }, { client: 'Société' })).toEqual({
      dueDate: 'Date',
      client: 'Société',
    });
  });

  it('returns a field to automatic detection when its header is cleared', () => {
    expect(withOverrideChanges({ amount: 'Total', dueDate: 'Date' }, { amount: '' })).toEqual({
      dueDate: 'Date',
    });
  });

  it('leaves the stored overrides untouched', () => {
    const stored = { amount: 'Total' };
    withOverrideChanges(stored, { amount: 'Montant TTC' });
    expect(stored).toEqual({ amount: 'Total' });
  });
});
