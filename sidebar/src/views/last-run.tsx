import type { RunSummary } from '../../../src/api/automation.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function LastRun({ summary }: { summary: RunSummary | null }) {
  const { t, instant } = useI18n();
  return (
    <section aria-labelledby="last-run-title">
      <h3 id="last-run-title">{t.lastRunTitle}</h3>
      {summary === null ? (
        <p class="empty">{t.neverRun}</p>
      ) : (
        <>
          <p>
            {instant(summary.at)} — {t.runCounts(summary)}
          </p>
          {summary.failures.length > 0 && (
            <ul class="plain">
              {summary.failures.map((failure) => (
                <li key={failure} class="field-error">
                  {failure}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
