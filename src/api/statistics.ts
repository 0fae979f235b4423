/** The Statistics view: computed by the core, shown by the sidebar as it is. */

export type { QuoteStatistics } from '../core/quotes/quote-statistics.ts';
export { AGING_BUCKETS, type CurrencyStatistics, type Statistics } from '../core/statistics.ts';

import type { QuoteStatistics } from '../core/quotes/quote-statistics.ts';
import type { Statistics } from '../core/statistics.ts';

/** What getStatistics returns: the collection figures, and the quotes' when there is a quotes tab. */
export type StatisticsView = Statistics & { readonly quotes?: QuoteStatistics };
