import { useState } from 'preact/hooks';
import type { TodayView as Today } from '../../../src/api/today.ts';
import type { CalendarDate } from '../../../src/api/vocabulary.ts';
import type { Bridge } from '../bridge.ts';
import { ActionStatus, Empty } from '../components/status.tsx';
import { useAction } from '../components/use-remote.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { describeSkip } from '../i18n/skip-reason.ts';
import { ForecastTable } from './forecast-table.tsx';
import { InvoiceList } from './invoice-list.tsx';
import { LastRun } from './last-run.tsx';

/** What the next run will do, and the actions a person takes on it. */
export function TodayView(props: {
  bridge: Bridge;
  today: Today | null;
  onToday: (today: Today) => void;
  onStart: () => void;
}) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const { busy, error, run } = useAction();
  const { bridge, today, onToday } = props;
  const act = (name: string, call: () => Promise<Today>) =>
    run(name, call).then((next) => next && onToday(next));

  if (!today) {
    return (
      <section aria-labelledby="today-title">
        <h2 id="today-title">{t.tabToday}</h2>
        <Empty>{t.todayNoSheet}</Empty>
        <button type="button" class="action" onClick={props.onStart}>
          {t.openGuide}
        </button>
      </section>
    );
  }

  const { emails, followUps, rowProblems } = today;
  const oldDebts = today.skips.filter((skip) => skip.reason.code === 'old_debt');
  const skips = today.skips.filter((skip) => skip.reason.code !== 'old_debt');
  return (
    <>
      <section aria-labelledby="today-title">
        <h2 id="today-title">{t.todayTitle(date(today.today))}</h2>
        {today.testMode && <p class="badge">{t.testModeOn}</p>}
        <div class="buttons">
          <button
            type="button"
            class="action"
            disabled={busy !== null}
            onClick={() =>
              run('run', () => bridge.runNow()).then((result) => result && onToday(result.today))
            }
          >
            {t.runNow}
          </button>
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => act('refresh', () => bridge.getToday())}
          >
            {t.refresh}
          </button>
        </div>
        <ActionStatus busy={busy} error={error} />
      </section>

      <section aria-labelledby="emails-title">
        <h3 id="emails-title">{t.toSend(emails.length)}</h3>
        {emails.length === 0 && <Empty>{t.nothingToSend}</Empty>}
        {emails.map((email) => (
          <article class="card" key={email.clientKey} aria-label={email.client}>
            <h4>
              {email.client} <span class="stage">{t.stage[email.stage]}</span>
            </h4>
            <p class="muted">{t.toRecipients(email.to.join(', '))}</p>
            {email.subject !== null ? (
              <p class="subject">{email.subject}</p>
            ) : (
              <p class="field-error">{email.templateError ?? t.templateMissing}</p>
            )}
            {email.sentIn !== null && (
              <p class="field-error">
                {t.languageFallback(t.stage[email.stage], email.language, email.sentIn)}
              </p>
            )}
            <p class="muted">{t.why.stageDue(t.stage[email.stage], t.segment[email.segment])}</p>
            <InvoiceList
              invoices={email.invoices}
              actions={(invoice) => (
                <InvoiceActions
                  number={invoice.number}
                  disabled={busy !== null}
                  onSkip={() =>
                    act('skip', () => bridge.skipInvoice({ invoiceNumber: invoice.number }))
                  }
                  onHold={(until) =>
                    act('hold', () => bridge.holdInvoice({ invoiceNumber: invoice.number, until }))
                  }
                />
              )}
            />
          </article>
        ))}
      </section>

      <section aria-labelledby="follow-title">
        <h3 id="follow-title">{t.followUps(followUps.length)}</h3>
        {followUps.length === 0 && <Empty>{t.noFollowUps}</Empty>}
        {followUps.map((item) => (
          <article class="card" key={`${item.kind}-${item.clientKey}`} aria-label={item.client}>
            <h4>
              {item.client} <span class="stage">{t.stage[item.stage]}</span>
            </h4>
            <p class="muted">{item.kind === 'task' ? t.callTask : t.noticeDraft}</p>
            <InvoiceList invoices={item.invoices} />
            {item.kind === 'task' && (
              <button
                type="button"
                disabled={busy !== null}
                onClick={() =>
                  act('call', () => bridge.markCallDone({ clientKey: item.clientKey }))
                }
              >
                {t.markCallDone}
              </button>
            )}
          </article>
        ))}
      </section>

      {oldDebts.length > 0 && (
        <section aria-labelledby="old-debts-title">
          <h3 id="old-debts-title">{t.oldDebtsTitle(oldDebts.length)}</h3>
          <p class="muted">{t.oldDebtsHelp(today.oldDebtDays)}</p>
          <ul class="plain">
            {oldDebts.map((skip) => (
              <li key={skip.number}>
                <strong>{skip.number}</strong> · {skip.client}
                <br />
                <span class="muted">{describeSkip(skip.reason, i18n)}</span>
                <span class="buttons">
                  <button
                    type="button"
                    class="small"
                    disabled={busy !== null}
                    onClick={() =>
                      act('chase', () =>
                        bridge.decideOldDebt({ invoiceNumber: skip.number, decision: 'chase' }),
                      )
                    }
                  >
                    {t.chaseOldDebt}
                    <span class="visually-hidden"> {skip.number}</span>
                  </button>
                  <button
                    type="button"
                    class="small"
                    disabled={busy !== null}
                    onClick={() =>
                      act('ignore', () =>
                        bridge.decideOldDebt({ invoiceNumber: skip.number, decision: 'ignore' }),
                      )
                    }
                  >
                    {t.ignoreOldDebt}
                    <span class="visually-hidden"> {skip.number}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="skips-title">
        <h3 id="skips-title">{t.notToday(skips.length)}</h3>
        {skips.length === 0 && <Empty>{t.noSkips}</Empty>}
        <ul class="plain">
          {skips.map((skip) => (
            <li key={skip.number}>
              <strong>{skip.number}</strong> · {skip.client}
              <br />
              <span class="muted">{describeSkip(skip.reason, i18n)}</span>
              {skip.nextStage && skip.nextDate && (
                <span class="muted">
                  {' '}
                  {t.nextStep(t.stage[skip.nextStage], date(skip.nextDate))}
                </span>
              )}
              {skip.reason.code === 'client_replied' && (
                <button
                  type="button"
                  class="small"
                  disabled={busy !== null}
                  onClick={() =>
                    act('resume', () => bridge.resumeClient({ clientKey: skip.clientKey }))
                  }
                >
                  {t.resume(skip.client)}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rows-title">
        <h3 id="rows-title">{t.rowsToFix(rowProblems.length)}</h3>
        {rowProblems.length === 0 && <Empty>{t.noRowProblems}</Empty>}
        <ul class="plain">
          {rowProblems.map((problem) => (
            <li key={problem.row} class="field-error">
              {i18n.text(problem.message)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="forecast-title">
        <h3 id="forecast-title">{t.forecastTitle}</h3>
        <ForecastTable days={today.forecast} />
      </section>

      <LastRun summary={today.lastRun} />
    </>
  );
}

/** Skip this stage, or hold the invoice until a day (or until resumed). */
function InvoiceActions(props: {
  number: string;
  disabled: boolean;
  onSkip: () => void;
  onHold: (until: CalendarDate | null) => void;
}) {
  const { t } = useI18n();
  const [holding, setHolding] = useState(false);
  const [until, setUntil] = useState('');
  const id = `hold-${props.number}`;
  if (!holding) {
    return (
      <span class="buttons">
        <button type="button" class="small" disabled={props.disabled} onClick={props.onSkip}>
          {t.skipInvoice}
          <span class="visually-hidden"> {props.number}</span>
        </button>
        <button
          type="button"
          class="small"
          disabled={props.disabled}
          onClick={() => setHolding(true)}
        >
          {t.holdInvoice}
          <span class="visually-hidden"> {props.number}</span>
        </button>
      </span>
    );
  }
  return (
    <form
      class="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        setHolding(false);
        props.onHold(until ? (until as CalendarDate) : null);
      }}
    >
      <label for={id}>{t.holdUntil}</label>
      <input id={id} type="date" value={until} onInput={(e) => setUntil(e.currentTarget.value)} />
      <button type="submit" class="small" disabled={props.disabled}>
        {t.holdConfirm}
      </button>
      <button type="button" class="small" onClick={() => setHolding(false)}>
        {t.cancel}
      </button>
    </form>
  );
}
