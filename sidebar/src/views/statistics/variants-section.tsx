import type { StageComparison } from '../../../../src/api/statistics.ts';
import { BarChart } from '../../components/bar-chart.tsx';
import type { I18n } from '../../i18n/i18n.tsx';
import { share } from './format.ts';

/** Reminders each variant needs before the comparison says anything (as the server's rule). */
const MIN_PER_VARIANT = 30;

/** "Which wording gets paid faster?": one block per stage with two or more active variants. */
export function VariantsSection({
  comparisons,
  i18n,
  busy,
  onKeep,
}: {
  comparisons: readonly StageComparison[];
  i18n: I18n;
  busy: boolean;
  onKeep: (comparison: StageComparison, variant: string) => void;
}) {
  const { t } = i18n;
  const o = t.outcomes;
  const p = (value: number | null) => (value === null ? '—' : value.toFixed(3));
  return (
    <section class="card" aria-labelledby="variants-title">
      <h3 id="variants-title">{o.variantsTitle}</h3>
      {comparisons.length === 0 && <p class="hint">{o.variantsNone}</p>}
      {comparisons.map((comparison) => {
        const title = o.variantStage(t.stage[comparison.stage]);
        const waiting = comparison.variants.reduce((sum, v) => sum + v.waiting, 0);
        return (
          <div key={comparison.stage} class="variant-block">
            <h4>{title}</h4>
            <BarChart
              title={`${title} — ${o.paidWithin}`}
              max={1}
              bars={comparison.variants.map((v) => ({
                label: `${o.variant} ${v.variant}`,
                value: v.share ?? 0,
                display: `${share(i18n, v.share)} (${v.paidWithin}/${v.reminded})`,
              }))}
            />
            <table class="data">
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{o.variant}</th>
                  <th scope="col">{o.reminded}</th>
                  <th scope="col">{o.paidWithin}</th>
                  <th scope="col">{o.medianDays}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.variants.map((v) => (
                  <tr key={v.variant}>
                    <th scope="row">{v.variant}</th>
                    <td class="num">{v.reminded}</td>
                    <td class="num">{share(i18n, v.share)}</td>
                    <td class="num">
                      {v.medianDaysToPayment === null ? '—' : t.days(v.medianDaysToPayment)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              {comparison.verdict === 'not_enough_data'
                ? o.notEnough(MIN_PER_VARIANT)
                : comparison.verdict === 'winner'
                  ? o.winner(comparison.winner ?? '', p(comparison.pValue))
                  : o.noWinner(p(comparison.pValue))}
            </p>
            {waiting > 0 && <p class="hint">{o.waiting(waiting)}</p>}
            {comparison.verdict === 'winner' && comparison.winner !== null && (
              <button
                type="button"
                disabled={busy}
                onClick={() => onKeep(comparison, comparison.winner ?? '')}
              >
                {o.keepWinner(comparison.winner)}
              </button>
            )}
          </div>
        );
      })}
      <p class="hint">{o.variantsHint}</p>
    </section>
  );
}
