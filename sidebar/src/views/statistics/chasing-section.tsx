import type { ChasingFigures } from '../../../../src/api/statistics.ts';
import { type Bar, BarChart } from '../../components/bar-chart.tsx';
import type { I18n } from '../../i18n/i18n.tsx';
import { moneyOf, monthLabel, share } from './format.ts';

/** "Is chasing working?": recovery by month, DSO split, CEI, reminders needed, replies. */
export function ChasingSection({
  figures,
  asTable,
  i18n,
}: {
  figures: ChasingFigures;
  asTable: boolean;
  i18n: I18n;
}) {
  const { t } = i18n;
  const o = t.outcomes;
  const m = moneyOf(i18n, figures.currency);
  const months = figures.recovery.filter((month) => month.overdueCount > 0);
  const recoveryBars: Bar[] = months.map((month) => {
    const [r30, r60, r90] = month.windows.map((w) => w.rate);
    const known = [r30, r60, r90].filter((r): r is number => r !== null);
    const parts = known.map((rate, index) => rate - (index === 0 ? 0 : (known[index - 1] ?? 0)));
    return {
      label: monthLabel(i18n, month.month),
      value: known[known.length - 1] ?? 0,
      parts,
      display:
        known.length === 0
          ? o.notYet
          : o.recoveryBar(
              share(i18n, r30 ?? null),
              share(i18n, r60 ?? null),
              share(i18n, r90 ?? null),
            ),
    };
  });
  const ceiBars: Bar[] = figures.cei
    .filter((month) => month.cei !== null)
    .map((month) => ({
      label: `${monthLabel(i18n, month.month)}${month.partial ? ' *' : ''}`,
      value: (month.cei ?? 0) / 100,
      display: `${month.cei?.toLocaleString(i18n.lang === 'fr' ? 'fr-FR' : 'en-GB')} %`,
    }));
  const replyBars: Bar[] = figures.replies.map((line) => ({
    label: t.stage[line.stage],
    value: line.rate ?? 0,
    display:
      line.rate === null ? '—' : o.replyValue(share(i18n, line.rate), line.replied, line.messages),
  }));
  const { dso, remindersPerPaid } = figures;
  return (
    <section class="card" aria-labelledby="chasing-title">
      <h3 id="chasing-title">{o.chasingTitle}</h3>
      <h4>{o.recoveryTitle}</h4>
      {months.length === 0 ? (
        <p class="hint">{o.recoveryNone}</p>
      ) : asTable ? (
        <table class="data">
          <caption class="visually-hidden">{o.recoveryTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{o.month}</th>
              <th scope="col">{o.overdueAtDue}</th>
              {months[0]?.windows.map((w) => (
                <th scope="col" key={w.days}>
                  {o.within(w.days)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{monthLabel(i18n, month.month)}</th>
                <td class="num">
                  {m(month.overdueCents)} ({month.overdueCount})
                </td>
                {month.windows.map((w) => (
                  <td class="num" key={w.days}>
                    {w.rate === null ? o.notYet : `${share(i18n, w.rate)} (${w.collectedCount})`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <BarChart title={o.recoveryTitle} bars={recoveryBars} max={1} legend={o.recoveryLegend} />
      )}
      <dl class="figures">
        <dt>{o.dsoShort}</dt>
        <dd>{dso.dso === null ? '—' : t.days(dso.dso)}</dd>
        <dt>{o.bestDso}</dt>
        <dd>{dso.bestPossibleDso === null ? '—' : t.days(dso.bestPossibleDso)}</dd>
        <dt>{o.add}</dt>
        <dd>{dso.averageDaysDelinquent === null ? '—' : t.days(dso.averageDaysDelinquent)}</dd>
        <dt>{o.remindersPerPaid}</dt>
        <dd>
          {remindersPerPaid.average === null
            ? '—'
            : remindersPerPaid.average.toLocaleString(i18n.lang === 'fr' ? 'fr-FR' : 'en-GB')}
        </dd>
      </dl>
      <p class="hint">
        {o.dsoHint} {o.remindersPerPaidHint(remindersPerPaid.paidCount)}
      </p>
      <h4>{o.ceiTitle}</h4>
      {asTable ? (
        <table class="data">
          <caption class="visually-hidden">{o.ceiTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{o.month}</th>
              <th scope="col">CEI</th>
              <th scope="col">{t.outstanding}</th>
            </tr>
          </thead>
          <tbody>
            {figures.cei.map((month) => (
              <tr key={month.month}>
                <th scope="row">
                  {monthLabel(i18n, month.month)} {month.partial ? o.ceiPartial : ''}
                </th>
                <td class="num">{month.cei === null ? '—' : `${month.cei} %`}</td>
                <td class="num">{m(month.endingCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <BarChart title={o.ceiTitle} bars={ceiBars} max={1} />
      )}
      <h4>{o.replyTitle}</h4>
      <BarChart title={o.replyTitle} bars={replyBars} max={1} />
      <p class="hint">{o.counts(figures.invoiceCount)}</p>
    </section>
  );
}
