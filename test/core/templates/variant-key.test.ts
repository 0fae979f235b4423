import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../local/seeded-random.ts';
import { SEGMENTS, type Segment } from '../../../src/core/segment.ts';
import type { Stage } from '../../../src/core/stage.ts';
import { chooseTemplate, type TemplateRow } from '../../../src/core/templates/index.ts';
import { variantKeyOf } from '../../../src/core/templates/variant-key.ts';

const LIBRARY: TemplateRow[] = ['r1', 'r2'].flatMap((stage) =>
  ['A', 'B'].map((variant) => ({
    id: `${stage}.all.fr.${variant}`,
    stage: stage as Stage,
    segment: 'all' as const,
    language: 'fr' as const,
    variant,
    subject: 's',
    body: 'b',
    active: true,
  })),
);

interface Drawn {
  readonly segment: Segment;
  readonly amountCents: number;
  readonly r1: string;
  readonly r2: string;
}

/** 3,000 invoices of a realistic book: numbered in sequence, segments and amounts at random. */
function draws(): Drawn[] {
  const next = seededRandom(14);
  return Array.from({ length: 3_000 }, (_, i) => {
    const number = `F-2026-${String(i + 1).padStart(4, '0')}`;
    const segment = SEGMENTS[Math.floor(next() * SEGMENTS.length)] as Segment;
    const variantAt = (stage: Stage) =>
      chooseTemplate(LIBRARY, {
        stage,
        segment,
        keyAccount: false,
        language: 'fr',
        defaultLanguage: 'fr',
        variantKey: variantKeyOf({
          stage,
          clientKey: `client ${i % 40}`,
          invoices: [{ invoice: { number }, stage }],
        }),
      })?.variant ?? '?';
    return {
      segment,
      amountCents: Math.round(10_000 + next() * 2_000_000),
      r1: variantAt('r1'),
      r2: variantAt('r2'),
    };
  });
}

function shareA(list: readonly Drawn[], stage: 'r1' | 'r2'): number {
  return list.filter((d) => d[stage] === 'A').length / list.length;
}

describe('A/B variant assignment is fair', () => {
  const all = draws();

  it('splits invoices evenly at each stage', () => {
    expect(shareA(all, 'r1')).toBeGreaterThan(0.47);
    expect(shareA(all, 'r1')).toBeLessThan(0.53);
    expect(shareA(all, 'r2')).toBeGreaterThan(0.47);
    expect(shareA(all, 'r2')).toBeLessThan(0.53);
  });

  it('evenly within every segment and every amount band (±7 points on ~600 invoices)', () => {
    for (const segment of SEGMENTS) {
      const mine = all.filter((d) => d.segment === segment);
      expect(Math.abs(shareA(mine, 'r1') - 0.5)).toBeLessThan(0.07);
    }
    const sorted = [...all].sort((a, b) => a.amountCents - b.amountCents);
    for (let band = 0; band < 5; band++) {
      const mine = sorted.slice(band * 600, (band + 1) * 600);
      expect(Math.abs(shareA(mine, 'r1') - 0.5)).toBeLessThan(0.07);
    }
  });

  it('draws again at each stage: the r2 variant does not follow the r1 variant', () => {
    const same = all.filter((d) => d.r1 === d.r2).length / all.length;
    expect(same).toBeGreaterThan(0.45);
    expect(same).toBeLessThan(0.55);
  });

  it('a grouped message takes its lead invoice’s draw: the smallest number at the message’s stage', () => {
    const key = variantKeyOf({
      stage: 'r2',
      clientKey: 'atelier moreau',
      invoices: [
        { invoice: { number: 'F-2026-020' }, stage: 'r2' },
        { invoice: { number: 'F-2026-009' }, stage: 'r1' },
        { invoice: { number: 'F-2026-014' }, stage: 'r2' },
      ],
    });
    expect(key).toBe('r2|F-2026-014');
  });
});
