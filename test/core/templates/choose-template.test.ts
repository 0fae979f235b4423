import { describe, expect, it } from 'vitest';
import { chooseTemplate, type TemplateQuery } from '../../../src/core/templates/choose-template.ts';
import { stableHash } from '../../../src/core/templates/stable-hash.ts';
import type { TemplateRow } from '../../../src/core/templates/template-row.ts';
import { row } from './fixtures.ts';

const body = '{{greeting}}\n\nRappel.';
const t = (fields: Partial<TemplateRow>) => row({ subject: 'Rappel', body, ...fields });

const library: TemplateRow[] = [
  t({ stage: 'r1', segment: 'all', language: 'fr', variant: 'A' }),
  t({ stage: 'r1', segment: 'all', language: 'fr', variant: 'B' }),
  t({ stage: 'r1', segment: 'new', language: 'fr' }),
  t({ stage: 'r1', segment: 'key_account', language: 'fr' }),
  t({ stage: 'r1', segment: 'all', language: 'en' }),
  t({ stage: 'r2', segment: 'all', language: 'fr' }),
  t({ stage: 'r2', segment: 'chronic', language: 'fr', active: false }),
];

const query = (fields: Partial<TemplateQuery>): TemplateQuery =>
  ({
    stage: 'r1',
    segment: 'punctual',
    keyAccount: false,
    language: 'fr',
    defaultLanguage: 'fr',
    variantKey: 'atelier lumiere',
    ...fields,
  }) as TemplateQuery;

describe('chooseTemplate', () => {
  it('prefers the template written for the client’s segment', () => {
    expect(chooseTemplate(library, query({ segment: 'new' }))?.id).toBe('r1.new.fr.A');
  });

  it('prefers a key-account template over the segment for a key account', () => {
    const chosen = chooseTemplate(library, query({ segment: 'new', keyAccount: true }));
    expect(chosen?.id).toBe('r1.key_account.fr.A');
  });

  it('ignores key-account templates for other clients', () => {
    const chosen = chooseTemplate(library, query({ segment: 'occasional' }));
    expect(chosen?.segment).toBe('all');
  });

  it('falls back to the `all` segment, then to the default language', () => {
    expect(chooseTemplate(library, query({ stage: 'r2', segment: 'chronic' }))?.id).toBe(
      'r2.all.fr.A',
    );
    const english = query({ stage: 'r2', language: 'en', defaultLanguage: 'fr' });
    expect(chooseTemplate(library, english)?.id).toBe('r2.all.fr.A');
  });

  it('uses the client’s language before a more specific template in the default language', () => {
    const chosen = chooseTemplate(
      library,
      query({ segment: 'new', language: 'en', defaultLanguage: 'fr' }),
    );
    expect(chosen?.id).toBe('r1.all.en.A');
  });

  it('skips inactive templates and returns null when nothing is left', () => {
    expect(chooseTemplate(library, query({ stage: 'notice' }))).toBeNull();
    const allInactive = library.map((x) => ({ ...x, active: false }));
    expect(chooseTemplate(allInactive, query({}))).toBeNull();
  });

  it('accepts an invoice number as the variant key', () => {
    const byNumber = chooseTemplate(library, {
      stage: 'r1',
      segment: 'punctual',
      keyAccount: false,
      language: 'fr',
      defaultLanguage: 'fr',
      invoiceNumber: 'F-2026-014',
    });
    const byKey = chooseTemplate(library, query({ variantKey: 'F-2026-014' }));
    expect(byNumber?.id).toBe(byKey?.id);
  });
});

describe('A/B variants', () => {
  const keys = Array.from({ length: 2000 }, (_, i) => `F-2026-${String(i + 1).padStart(4, '0')}`);

  it('gives the same key the same variant on every run, whatever the order of the tab', () => {
    const reversed = [...library].reverse();
    for (const key of keys.slice(0, 200)) {
      const first = chooseTemplate(library, query({ variantKey: key }));
      expect(chooseTemplate(library, query({ variantKey: key }))).toBe(first);
      expect(chooseTemplate(reversed, query({ variantKey: key }))?.id).toBe(first?.id);
    }
  });

  it('splits many invoice numbers roughly evenly between A and B', () => {
    const counts = { A: 0, B: 0 } as Record<string, number>;
    for (const key of keys) {
      const variant = chooseTemplate(library, query({ variantKey: key }))?.variant ?? '?';
      counts[variant] = (counts[variant] ?? 0) + 1;
    }
    // Binomial(2000, 0.5): a 45–55 % split is over four standard deviations wide.
    expect(counts.A).toBeGreaterThan(900);
    expect(counts.B).toBeGreaterThan(900);
  });

  it('does not tie the variant to the parity of the last digit', () => {
    const evenA = keys
      .filter((k) => Number(k.at(-1)) % 2 === 0)
      .filter((k) => chooseTemplate(library, query({ variantKey: k }))?.variant === 'A').length;
    expect(evenA).toBeGreaterThan(400);
    expect(evenA).toBeLessThan(600);
  });

  it('hashes with fixed, documented values (FNV-1a 32-bit then fmix32)', () => {
    // Recomputed independently below so a change of algorithm shows.
    const reference = (s: string) => {
      let h = 2166136261;
      for (const ch of s) h = Number((BigInt(h ^ ch.charCodeAt(0)) * 16777619n) % 4294967296n);
      h = (h ^ (h >>> 16)) >>> 0;
      h = Number((BigInt(h) * 0x85ebca6bn) % 4294967296n);
      h = (h ^ (h >>> 13)) >>> 0;
      h = Number((BigInt(h) * 0xc2b2ae35n) % 4294967296n);
      return (h ^ (h >>> 16)) >>> 0;
    };
    for (const key of ['', 'F-2026-014', 'atelier lumière', keys[1234] ?? '']) {
      expect(stableHash(key)).toBe(reference(key));
    }
  });
});
