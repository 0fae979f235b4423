import { useState } from 'preact/hooks';
import type { RunSummary } from '../../../src/api/automation.ts';
import type { RunNowPreview, TodayView } from '../../../src/api/today.ts';
import type { Bridge } from '../bridge.ts';
import { useI18n } from '../i18n/i18n.tsx';

type Run = <T>(name: string, action: () => Promise<T>) => Promise<T | null>;

/**
 * "Run now". In live mode it first asks, listing what will leave (a sent e-mail cannot be called
 * back); in test mode everything goes to the user, so it runs at once. The result shows here, at
 * the top, where the button was pressed.
 */
export function RunNow(props: {
  bridge: Bridge;
  testMode: boolean;
  busy: boolean;
  run: Run;
  /** Settles what the user asked just before (a skip still in its undo delay) first. */
  beforeRun: () => Promise<void>;
  onToday: (today: TodayView) => void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<RunNowPreview | null>(null);
  const [result, setResult] = useState<RunSummary | null>(null);
  const { bridge, run } = props;

  async function start() {
    setResult(null);
    await props.beforeRun();
    if (props.testMode) return execute();
    const preview = await run('preview', () => bridge.previewRunNow());
    if (!preview) return;
    // Nothing leaves for a client (test mode switched on meanwhile, or no e-mail due): no question.
    if (preview.emails.length + preview.notes.length === 0 || preview.testMode) return execute();
    setConfirming(preview);
  }

  async function execute() {
    setConfirming(null);
    const done = await run('run', () => bridge.runNow());
    if (!done) return;
    setResult(done.summary);
    props.onToday(done.today);
  }

  return (
    <>
      <button type="button" class="action" disabled={props.busy} onClick={start}>
        {t.runNow}
      </button>
      {confirming && (
        <RunConfirmation
          preview={confirming}
          busy={props.busy}
          onSend={execute}
          onCancel={() => setConfirming(null)}
        />
      )}
      {result && (
        <p class="notice done" role="status">
          <strong>{t.runDone}</strong> {t.runCounts(result)}
        </p>
      )}
    </>
  );
}

function RunConfirmation(props: {
  preview: RunNowPreview;
  busy: boolean;
  onSend: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { emails, notes, followUps } = props.preview;
  const clients = new Set([...emails, ...notes].map((message) => message.clientKey)).size;
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="run-confirm-title">
      <p id="run-confirm-title">
        <strong>{t.runConfirmTitle(emails.length + notes.length, clients)}</strong>
      </p>
      <ul class="plain">
        {emails.map((email) => (
          <li key={`${email.clientKey} ${email.to.join()}`}>
            <strong>{email.client}</strong> · {t.stage[email.stage]}
            <br />
            <span class="muted">{t.toRecipients(email.to.join(', '))}</span>
          </li>
        ))}
        {notes.map((note) => (
          <li key={`${note.clientKey} ${note.documents.join()}`}>
            <strong>{note.client}</strong> · {t.stage[note.stage]} · {note.documents.join(', ')}
            <br />
            <span class="muted">{t.toRecipients(note.to.join(', '))}</span>
          </li>
        ))}
      </ul>
      {followUps.length > 0 && <p class="muted">{t.runConfirmFollowUps(followUps.length)}</p>}
      <div class="buttons">
        <button type="button" class="action" disabled={props.busy} onClick={props.onSend}>
          {t.runConfirmSend}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
