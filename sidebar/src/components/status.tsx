import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/i18n.tsx';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label ?? t.loading}
    </p>
  );
}

/**
 * A message written for the user (the server's own bilingual refusals) as opposed to a raw
 * failure of Apps Script or the network ("TypeError: …", "Exception: …", "Unexpected token").
 */
export function isTechnical(message: string): boolean {
  return /(^|\s)[A-Z]\w*(Error|Exception)\b|Unexpected token|Unknown server function/.test(message);
}

/** What failed and what to do; a raw failure keeps its text behind a "details" toggle. */
export function ErrorNotice({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  const technical = isTechnical(error.message);
  return (
    <div class="notice error" role="alert">
      <p>
        <strong>{t.errorTitle}</strong> {technical ? t.serverFailed : error.message}
      </p>
      {technical && (
        <details class="error-details">
          <summary>{t.details}</summary>
          <code>{error.message}</code>
        </details>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

/** Shows an action's progress or failure next to its button, announced to screen readers. */
export function ActionStatus({ busy, error }: { busy: string | null; error: Error | null }) {
  const { t } = useI18n();
  if (error) return <ErrorNotice error={error} />;
  return (
    <p class="action-status" role="status" aria-live="polite">
      {busy ? t.working : ''}
    </p>
  );
}
