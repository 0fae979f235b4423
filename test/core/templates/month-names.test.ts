import type { Month } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import { describe, expect, it } from 'vitest';
import { MONTH_NAMES } from '../../../src/core/templates/month-names.ts';

const months = Array.from({ length: 12 }, (_, i) => i as Month);

describe('MONTH_NAMES', () => {
  it('are date-fns’ French month names, as written inside a date', () => {
    expect(MONTH_NAMES.fr).toEqual(
      months.map((m) => fr.localize.month(m, { width: 'wide', context: 'formatting' })),
    );
  });

  it('are date-fns’ English month names, the same in British and American English', () => {
    const american = months.map((m) => enUS.localize.month(m, { width: 'wide' }));
    const british = months.map((m) => enGB.localize.month(m, { width: 'wide' }));
    expect(MONTH_NAMES.en).toEqual(american);
    expect(MONTH_NAMES.en).toEqual(british);
  });
});
