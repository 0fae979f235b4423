import type { ForecastDay } from '../../../src/api/today.ts';
import { Empty } from '../components/status.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export function ForecastTable({ days }: { days: readonly ForecastDay[] }) {
  const { t, date } = useI18n();
  if (days.every((day) => day.emails === 0 && day.followUps === 0)) {
    return <Empty>{t.forecastEmpty}</Empty>;
  }
  return (
    <table class="data">
      <caption class="visually-hidden">{t.forecastTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{t.day}</th>
          <th scope="col">{t.emailsColumn}</th>
          <th scope="col">{t.clientsColumn}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.date}>
            <th scope="row">{date(day.date)}</th>
            <td class="num">{day.emails + day.followUps}</td>
            <td>{day.clients.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
