import type { Language } from '../invoice.ts';
import type { Segment } from '../segment.ts';
import type { Stage } from '../stage.ts';
import { uniq } from '../uniq.ts';
import { stableHash } from './stable-hash.ts';
import type { TemplateAudience, TemplateRow } from './template-row.ts';

interface TemplateQueryBase {
  readonly stage: Stage;
  readonly segment: Segment;
  readonly keyAccount: boolean;
  /** The client's language. */
  readonly language: Language;
  /** The settings' language, tried when no template exists in the client's. */
  readonly defaultLanguage: Language;
}

/**
 * The key that assigns an A/B variant: the daily run and the preview pass `variantKeyOf(message)`
 * (stage and lead invoice, see variant-key.ts); an invoice number alone also works.
 */
export type TemplateQuery = TemplateQueryBase &
  ({ readonly variantKey: string } | { readonly invoiceNumber: string });

/**
 * The template to use, or null when none is active for this stage in either language.
 *
 * Most specific first, in the client's language then in the default language: key-account
 * templates (for a key account), then the client's segment, then `all`. Among the active variants
 * at the first level that has any, one is picked by a stable hash of the variant key, over the
 * variants sorted by name, so sorting the tab or running elsewhere never moves a client between
 * A and B groups.
 */
export function chooseTemplate(
  templates: readonly TemplateRow[],
  query: TemplateQuery,
): TemplateRow | null {
  const key = 'variantKey' in query ? query.variantKey : query.invoiceNumber;
  for (const language of uniq([query.language, query.defaultLanguage])) {
    for (const audience of audiences(query)) {
      const candidates = templates
        .filter(
          (t) =>
            t.active &&
            t.stage === query.stage &&
            t.language === language &&
            t.segment === audience,
        )
        .sort((a, b) => compareVariants(a.variant, b.variant));
      if (candidates.length > 0) {
        return candidates[stableHash(key) % candidates.length] ?? null;
      }
    }
  }
  return null;
}

function audiences(query: TemplateQueryBase): TemplateAudience[] {
  return query.keyAccount ? ['key_account', query.segment, 'all'] : [query.segment, 'all'];
}

/** Code-unit order, not localeCompare: the same in every runtime. */
function compareVariants(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
