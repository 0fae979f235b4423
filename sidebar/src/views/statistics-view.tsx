import { useState } from 'preact/hooks';
import type {
  CurrencyStatisticsLine,
  SegmentFilter,
  StageComparison,
  StatisticsView as Stats,
} from '../../../src/api/statistics.ts';
import type { Bridge } from '../bridge.ts';
import { BarChart } from '../components/bar-chart.tsx';
import { ActionStatus, Empty, ErrorNotice, Loading } from '../components/status.tsx';
import { useAction, useLoad } from '../components/use-remote.ts';
import { type I18n, useI18n } from '../i18n/i18n.tsx';
import { ChasingSection } from './statistics/chasing-section.tsx';
import { ForecastSection } from './statistics/forecast-section.tsx';
import { VariantsSection } from './statistics/variants-section.tsx';

/**
 * Collection figures computed on the server in one call, answering three questions — is chasing
 * working, when will the money come in, which wording gets paid faster — each with a chart and
 * the numbers behind it, then the summary of what is outstanding.
 */
export function StatisticsView({
  bridge,
  inDialog = false,
}: {
  bridge: Bridge;
  inDialog?: boolean;
}) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const o = t.outcomes;
  const { remote, reload, set } = useLoad(() => bridge.getStatistics());
  const [asTable, setAsTable] = useState(false);
  const [currency, setCurrency] = useState<string | null>(null);
  const [segment, setSegment] = useState<SegmentFilter>('all');
  /** The last action and what it did, shown next to where it was asked. */
  const [last, setLast] = useState<'keep' | 'export' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();

  if (remote.status === 'loading') return <Loading />;
  if (remote.status === 'error') return <ErrorNotice error={remote.error} onRetry={reload} />;
  const stats = remote.value;
  const { outcomes } = stats;
  const currencies = outcomes.forecasts.map((f) => f.currency);
  const chosen = currency !== null && currencies.includes(currency) ? currency : currencies[0];
  const segments = outcomes.chasing.filter((c) => c.currency === chosen).map((c) => c.segment);
  // A profile absent from the chosen currency falls back to all profiles.
  const shownSegment = segments.includes(segment) ? segment : 'all';
  const chasing = outcomes.chasing.find((c) => c.currency === chosen && c.segment === shownSegment);
  const forecast = outcomes.forecasts.find((f) => f.currency === chosen);

  const keep = async (comparison: StageComparison, variant: string) => {
    setLast('keep');
    setDone(null);
    const result = await action.run('keep', () =>
      bridge.keepVariantOnly({ stage: comparison.stage, variant }),
    );
    if (result) {
      setDone(o.kept(result.deactivated.join(', ')));
      set(result.statistics);
    }
  };

  const exportTab = async () => {
    setLast('export');
    setDone(null);
    const result = await action.run('export', () => bridge.exportStatistics());
    if (result) setDone(o.exported(result.tab, result.rows));
  };

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
        <button type="button" disabled={action.busy !== null} onClick={exportTab}>
          {o.exportTab}
        </button>
      </div>
      {last === 'export' && <Outcome busy={action.busy} error={action.error} text={done} />}
      {currencies.length === 0 && <Empty>{t.statsEmpty}</Empty>}
      {currencies.length > 0 && (
        <div class="filters">
          {currencies.length > 1 && (
            <label class="filter">
              {o.currency}
              <select
                value={chosen}
                onChange={(e) => setCurrency((e.target as HTMLSelectElement).value)}
              >
                {currencies.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label class="filter">
            {o.segment}
            <select
              value={shownSegment}
              onChange={(e) => setSegment((e.target as HTMLSelectElement).value as SegmentFilter)}
            >
              {segments.map((s) => (
                <option key={s} value={s}>
                  {s === 'all' ? o.allSegments : t.segment[s]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {chasing && <ChasingSection figures={chasing} asTable={asTable} i18n={i18n} />}
      {forecast && <ForecastSection figures={forecast} asTable={asTable} i18n={i18n} />}
      <VariantsSection
        comparisons={outcomes.variants}
        i18n={i18n}
        busy={action.busy !== null}
        onKeep={keep}
      />
      {last === 'keep' && <Outcome busy={action.busy} error={action.error} text={done} />}
      {outcomes.undatedPayments > 0 && <p class="hint">{o.undated(outcomes.undatedPayments)}</p>}
      {stats.byCurrency.map((line) => (
        <CurrencyBlock key={line.currency} line={line} asTable={asTable} i18n={i18n} />
      ))}
      <Behaviour stats={stats} asTable={asTable} i18n={i18n} />
    </section>
  );
}

/** An action's progress, failure or result, announced to screen readers. */
function Outcome({
  busy,
  error,
  text,
}: {
  busy: string | null;
  error: Error | null;
  text: string | null;
}) {
  return (
    <>
      <ActionStatus busy={busy} error={error} />
      {text && !busy && !error && (
        <p class="notice" role="status">
          {text}
        </p>
      )}
    </>
  );
}

function CurrencyBlock({
  line,
  asTable,
  i18n,
}: {
  line: CurrencyStatisticsLine;
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
            {line.aging.map((a) => (
              <tr key={a.bucket}>
                <th scope="row">{t.aging[a.bucket]}</th>
                <td class="num">{a.count}</td>
                <td class="num">{m(a.cents)}</td>
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

function Behaviour({ stats, asTable, i18n }: { stats: Stats; asTable: boolean; i18n: I18n }) {
  const { t, percent } = i18n;
  const { firstReminder } = stats;
  const bars = Object.entries(stats.remindersByStage).map(([stage, count]) => ({
    label: t.stage[stage as keyof typeof t.stage],
    value: count,
    display: String(count),
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
