/** The Statistics view: computed by the core, shown by the sidebar as it is. */
export { AGING_BUCKETS, type CurrencyStatistics, type Statistics } from '../core/statistics.ts';
