import type { QuoteStatistics } from '../../../src/api/statistics.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { QUOTE_STATS_MESSAGES } from '../i18n/notes-messages.ts';

/**
 * Acceptance of quotes: rate, median delay, and acceptance after a follow-up. A card like the
 * three questions' sections, so it stacks with them in the 300 px sidebar.
 */
export function QuoteFigures({ stats }: { stats: QuoteStatistics | undefined }) {
  const { lang, percent } = useI18n();
  if (!stats) return null;
  const m = QUOTE_STATS_MESSAGES[lang];
  return (
    <section class="card" aria-labelledby="quote-stats-title">
      <h3 id="quote-stats-title">{m.title}</h3>
      <dl class="figures">
        <dt>{m.rate}</dt>
        <dd>{stats.acceptanceRate === null ? m.none : percent(stats.acceptanceRate)}</dd>
        <dt>{m.median}</dt>
        <dd>
          {stats.medianDaysToAcceptance === null ? m.none : m.days(stats.medianDaysToAcceptance)}
        </dd>
        <dt>{m.afterFollowUpLabel}</dt>
        <dd>{m.afterFollowUp(stats.acceptedAfterFollowUp, stats.followedUp)}</dd>
      </dl>
    </section>
  );
}
