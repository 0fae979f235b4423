import type { ForecastDay } from '../../../src/api/today.ts';
import { Empty } from '../components/status.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** The coming week in a few lines: only the days with something planned, one line each. */
export function ForecastTable({ days }: { days: readonly ForecastDay[] }) {
  const { t, day } = useI18n();
  const planned = days.filter((d) => d.emails + d.followUps > 0);
  if (planned.length === 0) return <Empty>{t.forecastEmpty}</Empty>;
  return (
    <ul class="plain forecast">
      {planned.map((d) => (
        <li key={d.date}>
          <strong class="forecast-day">{day(d.date)}</strong> ·{' '}
          {t.forecastCount(d.emails + d.followUps)}
          <span class="muted"> — {d.clients.join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}
