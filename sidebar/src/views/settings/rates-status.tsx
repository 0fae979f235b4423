import type { RatesView } from '../../../../src/api/settings.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * How current the reference rates are: the last monthly refresh of each central bank, why the
 * last one failed, and the half-yearly rates to type in, each with its official page.
 */
export function RatesStatus(props: { view: RatesView }) {
  const { t, lang } = useI18n();
  const { refreshed, failures, toAsk } = props.view;
  return (
    <div class="rates-status">
      <ul class="plain">
        {refreshed.map((r) => (
          <li key={r.series}>
            {t.seriesName[r.series as keyof typeof t.seriesName] ?? r.series}
            {lang === 'fr' ? ' : ' : ': '}
            {r.on === null ? t.neverRefreshed : `${t.refreshedOn} ${r.on}`}
          </li>
        ))}
      </ul>
      {failures.length > 0 && (
        <div class="notice error" role="alert">
          <p>{t.refreshFailed}</p>
          <ul>
            {failures.map((f) => (
              <li key={f.en}>{f[lang]}</li>
            ))}
          </ul>
        </div>
      )}
      {toAsk.map((a) => (
        <p class="notice" key={a.series}>
          {t.rateToAsk(
            t.seriesName[a.series as keyof typeof t.seriesName] ?? a.series,
            a.halfYearStart,
          )}{' '}
          <a href={a.link} target="_blank" rel="noreferrer">
            {t.officialPage}
          </a>
        </p>
      ))}
      <p class="hint">{t.ratesHint}</p>
    </div>
  );
}
