import { useState } from 'preact/hooks';
import {
  AGING_BUCKETS,
  type CurrencyStatistics,
  type Statistics,
} from '../../../src/api/statistics.ts';
import { STAGES } from '../../../src/api/vocabulary.ts';
import type { Bridge } from '../bridge.ts';
import { BarChart } from '../components/bar-chart.tsx';
import { Empty, ErrorNotice, Loading } from '../components/status.tsx';
import { useLoad } from '../components/use-remote.ts';
import { type I18n, useI18n } from '../i18n/i18n.tsx';

/** Collection figures computed on the server, as small charts or as tables. */
export function StatisticsView({
  bridge,
  inDialog = false,
}: {
  bridge: Bridge;
  inDialog?: boolean;
}) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const { remote, reload } = useLoad(() => bridge.getStatistics());
  const [asTable, setAsTable] = useState(false);

  if (remote.status === 'loading') return <Loading />;
  if (remote.status === 'error') return <ErrorNotice error={remote.error} onRetry={reload} />;
  const stats = remote.value;

  return (
    <section aria-labelledby="stats-title">
      <h2 id="stats-title">{t.tabStatistics}</h2>
      <p class="hint">
        {t.statsPeriod(stats.periodDays, date(stats.periodStart), date(stats.asOf))}
      </p>
      <div class="buttons">
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {t.showAsTable}
        </button>
        <button type="button" onClick={reload}>
          {t.refresh}
        </button>
        {!inDialog && (
          <button
            type="button"
            onClick={() => bridge.openDialog('statistics').catch(() => undefined)}
          >
            {t.openLarger}
          </button>
        )}
      </div>
      {stats.byCurrency.length === 0 && <Empty>{t.statsEmpty}</Empty>}
      {stats.byCurrency.map((line) => (
        <CurrencyBlock key={line.currency} line={line} asTable={asTable} i18n={i18n} />
      ))}
      <Behaviour stats={stats} asTable={asTable} i18n={i18n} />
    </section>
  );
}

function CurrencyBlock({
  line,
  asTable,
  i18n,
}: {
  line: CurrencyStatistics;
  asTable: boolean;
  i18n: I18n;
}) {
  const { t, money } = i18n;
  const m = (cents: number) => money({ cents, currency: line.currency });
  const bars = line.aging.map((a) => ({
    label: t.aging[a.bucket],
    value: a.cents,
    display: m(a.cents),
  }));
  return (
    <article class="card" aria-labelledby={`cur-${line.currency}`}>
      <h3 id={`cur-${line.currency}`}>{line.currency}</h3>
      <dl class="figures">
        <dt>{t.outstanding}</dt>
        <dd>{m(line.outstandingCents)}</dd>
        <dt>{t.overdue}</dt>
        <dd>{m(line.overdueCents)}</dd>
        <dt>{t.dso}</dt>
        <dd>{line.dsoDays === null ? '—' : t.days(line.dsoDays)}</dd>
      </dl>
      <h4>{t.agingTitle}</h4>
      {asTable ? (
        <table class="data">
          <caption class="visually-hidden">{`${t.agingTitle} ${line.currency}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t.bucketColumn}</th>
              <th scope="col">{t.invoicesColumn}</th>
              <th scope="col">{t.amountColumn}</th>
            </tr>
          </thead>
          <tbody>
            {AGING_BUCKETS.map((bucket, index) => (
              <tr key={bucket}>
                <th scope="row">{t.aging[bucket]}</th>
                <td class="num">{line.aging[index]?.count ?? 0}</td>
                <td class="num">{m(line.aging[index]?.cents ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <BarChart title={`${t.agingTitle} ${line.currency}`} bars={bars} />
      )}
    </article>
  );
}

function Behaviour({ stats, asTable, i18n }: { stats: Statistics; asTable: boolean; i18n: I18n }) {
  const { t, percent } = i18n;
  const { firstReminder } = stats;
  const bars = STAGES.map((stage) => ({
    label: t.stage[stage],
    value: stats.remindersByStage[stage],
    display: String(stats.remindersByStage[stage]),
  }));
  return (
    <article class="card" aria-labelledby="behaviour-title">
      <h3 id="behaviour-title">{t.behaviourTitle}</h3>
      <dl class="figures">
        <dt>{t.averageDaysLate}</dt>
        <dd>{stats.averageDaysLate === null ? '—' : t.days(stats.averageDaysLate)}</dd>
        <dt>{t.paidAfterFirst}</dt>
        <dd>
          {firstReminder.share === null
            ? '—'
            : `${percent(firstReminder.share)} (${firstReminder.paidAfter}/${firstReminder.reminded})`}
        </dd>
      </dl>
      <h4>{t.remindersPerStage}</h4>
      {asTable ? (
        <table class="data">
          <caption class="visually-hidden">{t.remindersPerStage}</caption>
          <thead>
            <tr>
              <th scope="col">{t.stageLabel}</th>
              <th scope="col">{t.countColumn}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td class="num">{bar.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <BarChart title={t.remindersPerStage} bars={bars} />
      )}
      <p class="hint">{t.statsDefinitions}</p>
    </article>
  );
}
