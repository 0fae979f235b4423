import { describe, expect, it } from 'vitest';
import { groupBySharedRecipient, recipientsKey } from '../../src/core/recipient-groups.ts';

interface Row {
  readonly number: string;
  readonly emails: readonly string[];
}
const numbers = (groups: readonly (readonly Row[])[]) => groups.map((g) => g.map((r) => r.number));

describe('one client’s invoices that may share a message', () => {
  it('are those whose rows share an address, whatever its case', () => {
    const rows: Row[] = [
      { number: 'F-031', emails: ['paul.martin@gmail.com'] },
      { number: 'F-032', emails: ['sophie.martin@orange.fr'] },
      { number: 'F-035', emails: ['Paul.Martin@gmail.com'] },
    ];
    expect(numbers(groupBySharedRecipient(rows, (r) => r.emails))).toEqual([
      ['F-031', 'F-035'],
      ['F-032'],
    ]);
  });

  it('joins through a row addressed to both (a company that changed its billing address)', () => {
    const rows: Row[] = [
      { number: 'F-003', emails: ['compta@agence-horizon.fr'] },
      { number: 'F-011', emails: ['factures@agence-horizon.fr'] },
      { number: 'F-007', emails: ['compta@agence-horizon.fr', 'factures@agence-horizon.fr'] },
    ];
    expect(numbers(groupBySharedRecipient(rows, (r) => r.emails))).toEqual([
      ['F-003', 'F-011', 'F-007'],
    ]);
  });

  it('names a group by its sorted, lower-cased addresses', () => {
    expect(recipientsKey(['Sophie.Martin@orange.fr', 'paul.martin@gmail.com'])).toBe(
      'paul.martin@gmail.com,sophie.martin@orange.fr',
    );
  });
});
