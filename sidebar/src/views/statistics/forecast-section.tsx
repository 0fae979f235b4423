import type { CurrencyForecast } from '../../../../src/api/statistics.ts';
import { type Bar, BarChart } from '../../components/bar-chart.tsx';
import type { I18n } from '../../i18n/i18n.tsx';
import { moneyOf, share } from './format.ts';

/** "When will the money come in?": 8 weeks of expected payments and how wrong it used to be. */
export function ForecastSection({
  figures,
  asTable,
  i18n,
}: {
  figures: CurrencyForecast;
  asTable: boolean;
  i18n: I18n;
}) {
  const { t, date } = i18n;
  const o = t.outcomes;
  const m = moneyOf(i18n, figures.currency);
  const { forecast } = figures;
  const bars: Bar[] = forecast.weeks.map((week) => ({
    label: o.weekOf(date(week.start)),
    value: week.likelyCents + week.atRiskCents,
    parts: [week.likelyCents, week.atRiskCents],
    display: m(week.likelyCents + week.atRiskCents),
  }));
  return (
    <section class="card" aria-labelledby="forecast-title">
      <h3 id="forecast-title">{o.forecastTitle}</h3>
      <h4>{o.forecastChart}</h4>
      {asTable ? (
        <table class="data">
          <caption class="visually-hidden">{o.forecastChart}</caption>
          <thead>
            <tr>
              <th scope="col">{o.week}</th>
              <th scope="col">{o.likely}</th>
              <th scope="col">{o.atRisk}</th>
            </tr>
          </thead>
          <tbody>
            {forecast.weeks.map((week) => (
              <tr key={week.start}>
                <th scope="row">{o.weekOf(date(week.start))}</th>
                <td class="num">{m(week.likelyCents)}</td>
                <td class="num">{m(week.atRiskCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <BarChart title={o.forecastChart} bars={bars} legend={[o.likely, o.atRisk]} risky />
      )}
      {forecast.weeks
        .filter((week) => week.paymentCount > 0)
        .map((week) => (
          <details key={week.start} class="week">
            <summary>{o.weekDetails(o.weekOf(date(week.start)), week.paymentCount)}</summary>
            <ul class="plain">
              {week.payments.map((p) => (
                <li key={`${p.invoiceNumber}-${p.expected}`}>
                  <strong>{p.invoiceNumber}</strong> {p.client} — {m(p.cents)},{' '}
                  {o.expectedOn(date(p.expected))} ({o.basis[p.basis]}
                  {p.risk ? `; ${o.atRisk}: ${o.risk[p.risk]}` : ''})
                </li>
              ))}
              {week.paymentCount > week.payments.length && (
                <li class="hint">{o.largestOf(week.payments.length, week.paymentCount)}</li>
              )}
            </ul>
          </details>
        ))}
      <ul class="plain hint">
        {forecast.laterCount > 0 && <li>{o.later(m(forecast.laterCents), forecast.laterCount)}</li>}
        {forecast.doubtfulCount > 0 && (
          <li>{o.doubtful(m(forecast.doubtfulCents), forecast.doubtfulCount)}</li>
        )}
        {forecast.disputedCount > 0 && (
          <li>{o.disputed(m(forecast.disputedCents), forecast.disputedCount)}</li>
        )}
      </ul>
      <h4>{o.backtestTitle}</h4>
      <ul class="plain">
        {figures.backtests.map((test) => (
          <li key={test.weeks}>
            {test.error === null
              ? o.backtestNone(test.weeks)
              : o.backtest(
                  test.weeks,
                  share(i18n, test.error),
                  m(test.forecastCents),
                  m(test.actualCents),
                )}
          </li>
        ))}
      </ul>
      <p class="hint">{o.forecastHint}</p>
    </section>
  );
}
