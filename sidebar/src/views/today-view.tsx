import { useEffect, useState } from 'preact/hooks';
import type {
  TodayView as Today,
  TodayEmail,
  TodayFollowUp,
  TodayListName,
  TodaySkip,
} from '../../../src/api/today.ts';
import type { CalendarDate } from '../../../src/api/vocabulary.ts';
import type { Bridge } from '../bridge.ts';
import { ActionStatus, Empty } from '../components/status.tsx';
import { Term } from '../components/term.tsx';
import { useAction } from '../components/use-remote.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ForecastTable } from './forecast-table.tsx';
import { InvoiceList } from './invoice-list.tsx';
import { LastRun } from './last-run.tsx';
import { usePendingSkips } from './pending-skips.ts';
import { RunNow } from './run-now.tsx';
import { PlansSection, QuotesSection } from './today-notes.tsx';

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
  const pendingSkips = usePendingSkips((invoiceNumber) =>
    act('skip', () => bridge.skipInvoice({ invoiceNumber })).then(() => undefined),
  );
  const more = useMorePages(bridge, today, run);

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

  const { rowProblems, totals } = today;
  const emails = [...today.emails, ...more.emails];
  const followUps = [...today.followUps, ...more.followUps];
  const oldDebts = [...today.oldDebts, ...more.oldDebts];
  const skips = [...today.skips, ...more.skips];
  return (
    <>
      <section aria-labelledby="today-title">
        <h2 id="today-title">{t.todayTitle(date(today.today))}</h2>
        {today.testMode && (
          <p class="badge">
            {t.testModeOn} <Term label={t.testMode} explanation={t.testModeHelp} />
          </p>
        )}
        <div class="buttons">
          <RunNow
            bridge={bridge}
            testMode={today.testMode}
            busy={busy !== null}
            run={run}
            beforeRun={pendingSkips.flush}
            onToday={onToday}
          />
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => act('refresh', () => bridge.getToday())}
          >
            {t.refresh}
          </button>
        </div>
        <ActionStatus busy={busy} error={error} />
        {today.unknownClientKind > 0 && (
          <p class="notice" role="note">
            {t.unknownClientKind(today.unknownClientKind)}
          </p>
        )}
        {today.autoReplies.length > 0 && (
          <div class="notice" role="note">
            <p>{t.autoRepliesNote}</p>
            <ul class="plain">
              {today.autoReplies.map((reply) => (
                <li key={reply.clientKey}>{i18n.text(reply.text)}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="emails-title">
        <h3 id="emails-title">{t.toSend(totals.emails)}</h3>
        {emails.length === 0 && <Empty>{t.nothingToSend}</Empty>}
        {emails.map((email) => (
          <article
            class="card"
            key={`${email.clientKey} ${email.to.join()}`}
            aria-label={email.client}
          >
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
            <p class="muted">
              {t.why(
                t.stageNoun[email.stage],
                Math.max(...email.invoices.map((invoice) => invoice.daysOverdue)),
              )}{' '}
              {t.profile}{' '}
              <Term label={t.segment[email.segment]} explanation={t.segmentHelp[email.segment]} />
            </p>
            <InvoiceList
              invoices={email.invoices}
              actions={(invoice) =>
                pendingSkips.pending.includes(invoice.number) ? (
                  <span class="undo" role="status">
                    {t.skipPending(invoice.number)}{' '}
                    <button
                      type="button"
                      class="small"
                      onClick={() => pendingSkips.undo(invoice.number)}
                    >
                      {t.undo}
                      <span class="visually-hidden"> {invoice.number}</span>
                    </button>
                  </span>
                ) : (
                  <InvoiceActions
                    number={invoice.number}
                    disabled={busy !== null}
                    onSkip={() => pendingSkips.skip(invoice.number)}
                    onHold={(until) =>
                      act('hold', () =>
                        bridge.holdInvoice({ invoiceNumber: invoice.number, until }),
                      )
                    }
                  />
                )
              }
            />
          </article>
        ))}
        <ShowMore
          shown={emails.length}
          total={totals.emails}
          busy={busy}
          load={more.load('emails')}
        />
      </section>

      <section aria-labelledby="follow-title">
        <h3 id="follow-title">{t.followUps(totals.followUps)}</h3>
        {followUps.length === 0 && <Empty>{t.noFollowUps}</Empty>}
        {followUps.map((item) => (
          <article
            class="card"
            key={`${item.kind}-${item.clientKey} ${item.to.join()}`}
            aria-label={item.client}
          >
            <h4>
              {item.client} <span class="stage">{t.stage[item.stage]}</span>
            </h4>
            <p class="muted">{item.kind === 'task' ? t.callTask : t.noticeDraft}</p>
            {item.templateError !== null && <p class="field-error">{item.templateError}</p>}
            <InvoiceList invoices={item.invoices} />
            {item.kind === 'task' && (
              <button
                type="button"
                disabled={busy !== null}
                onClick={() =>
                  act('call', () =>
                    bridge.markCallDone({
                      clientKey: item.clientKey,
                      invoiceNumbers: item.invoices.map((i) => i.number),
                    }),
                  )
                }
              >
                {t.markCallDone}
              </button>
            )}
          </article>
        ))}
        <ShowMore
          shown={followUps.length}
          total={totals.followUps}
          busy={busy}
          load={more.load('followUps')}
        />
      </section>

      {totals.oldDebts > 0 && (
        <section aria-labelledby="old-debts-title">
          <h3 id="old-debts-title">{t.oldDebtsTitle(totals.oldDebts)}</h3>
          <p class="muted">{t.oldDebtsHelp(today.oldDebtDays)}</p>
          <ul class="plain">
            {oldDebts.map((skip) => (
              <li key={skip.number}>
                <strong>{skip.number}</strong> · {skip.client}
                <br />
                <span class="muted">{i18n.text(skip.reasonText)}</span>
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
          <ShowMore
            shown={oldDebts.length}
            total={totals.oldDebts}
            busy={busy}
            load={more.load('oldDebts')}
          />
        </section>
      )}

      <section aria-labelledby="skips-title">
        <h3 id="skips-title">{t.notToday(totals.skips)}</h3>
        {skips.length === 0 && <Empty>{t.noSkips}</Empty>}
        <ul class="plain">
          {skips.map((skip) => (
            <li key={skip.number}>
              <strong>{skip.number}</strong> · {skip.client}
              <br />
              <span class="muted">{i18n.text(skip.reasonText)}</span>
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
                    act('resume', () =>
                      bridge.resumeClient({
                        clientKey: skip.clientKey,
                        invoiceNumbers: [skip.number],
                      }),
                    )
                  }
                >
                  {t.resume(skip.client)}
                </button>
              )}
              {(skip.reason.code === 'held_by_user' || skip.reason.code === 'bounced') && (
                <button
                  type="button"
                  class="small"
                  disabled={busy !== null}
                  onClick={() =>
                    act('resume', () => bridge.resumeInvoice({ invoiceNumber: skip.number }))
                  }
                >
                  {t.resumeHold}
                  <span class="visually-hidden"> {skip.number}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        <ShowMore shown={skips.length} total={totals.skips} busy={busy} load={more.load('skips')} />
      </section>

      {today.quotes && <QuotesSection quotes={today.quotes} />}
      <PlansSection
        bridge={bridge}
        plans={today.plans ?? []}
        invoiceNumbers={overdueNumbers(today)}
        disabled={busy !== null}
        act={act}
      />

      <section aria-labelledby="rows-title">
        <h3 id="rows-title">{t.rowsToFix(rowProblems.length)}</h3>
        {rowProblems.length === 0 && <Empty>{t.noRowProblems}</Empty>}
        <ul class="plain">
          {rowProblems.map((problem) => (
            <li key={problem.message.en} class="field-error">
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

interface MorePages {
  readonly emails: readonly TodayEmail[];
  readonly followUps: readonly TodayFollowUp[];
  readonly oldDebts: readonly TodaySkip[];
  readonly skips: readonly TodaySkip[];
}

const NO_MORE: MorePages = { emails: [], followUps: [], oldDebts: [], skips: [] };

/**
 * Items of the long lists loaded after the first ones (the server sends the first page of each
 * with the view); a new view from the server starts again from its first pages.
 */
function useMorePages(
  bridge: Bridge,
  today: Today | null,
  run: ReturnType<typeof useAction>['run'],
): MorePages & { load: (list: TodayListName) => () => void } {
  const [pages, setPages] = useState<MorePages>(NO_MORE);
  useEffect(() => setPages(NO_MORE), [today]);
  const load = (list: TodayListName) => () => {
    if (!today) return;
    const offset = today[list].length + pages[list].length;
    run('more', () => bridge.getTodayPage({ list, offset })).then((page) => {
      if (page) setPages((current) => ({ ...current, [list]: [...current[list], ...page.items] }));
    });
  };
  return { ...pages, load };
}

/** "Show more" under a list the server sent only the first items of. */
function ShowMore(props: { shown: number; total: number; busy: string | null; load: () => void }) {
  const { t } = useI18n();
  if (props.shown >= props.total) return null;
  return (
    <button type="button" class="small" disabled={props.busy !== null} onClick={props.load}>
      {t.showMore(props.total - props.shown)}
    </button>
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

/** Invoices a payment plan may be offered for: the overdue ones the view lists. */
function overdueNumbers(today: Today): string[] {
  const listed = [...today.emails, ...today.followUps].flatMap((e) =>
    e.invoices.filter((i) => i.daysOverdue > 0).map((i) => i.number),
  );
  const waiting = today.skips
    .filter((s) => s.reason.code !== 'held_by_user' && s.reason.code !== 'bounced')
    .map((s) => s.number);
  return [...new Set([...listed, ...waiting])];
}
