import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ColumnMapping, SetupStatus } from '../../../src/api/setup.ts';
import { CUSTOMER_KINDS, type CustomerKind } from '../../../src/api/vocabulary.ts';
import type { Bridge } from '../bridge.ts';
import { SelectField, TextField } from '../components/fields.tsx';
import { ActionStatus } from '../components/status.tsx';
import { useAction } from '../components/use-remote.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The first-run guide: invoices tab and columns, the add-on's tabs, who signs the reminders, a
 * test sent to oneself, then live sending with the daily automation (refused without a name). Each step says what it will do before doing it.
 */
export function StartView(props: {
  bridge: Bridge;
  setup: SetupStatus;
  onSetup: (setup: SetupStatus) => void;
  onDone: () => void;
}) {
  const { t, instant, text } = useI18n();
  const { bridge, setup, onSetup } = props;
  const { busy, error, run } = useAction();
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [sheet, setSheet] = useState(setup.invoicesSheet ?? setup.sheetNames[0] ?? '');
  const { quotes } = setup;
  const [quoteOverrides, setQuoteOverrides] = useState<Record<string, string>>({});
  const [customerKind, setCustomerKind] = useState<CustomerKind>(setup.defaultCustomerKind);
  const [quotesSheet, setQuotesSheet] = useState((quotes.chosen && quotes.sheet) || '');
  const sheetOptions = setup.sheetNames.map((name) => ({ value: name, label: name }));
  const [testNotice, setTestNotice] = useState<string | null>(null);
  const saved = setup.signature;
  const [signature, setSignature] = useState({
    senderName: saved.senderName || saved.suggestedName,
    senderContact: saved.senderContact,
    senderCompany: saved.senderCompany,
  });
  const signed = saved.senderName.trim() !== '';
  const [confirmLive, setConfirmLive] = useState(false);

  const missing = setup.columns.filter((c) => c.required && c.header === null);
  const columnsOk = setup.invoicesSheet !== null && missing.length === 0;
  const testSent = setup.testSentAt !== null || testNotice !== null;
  const live = !setup.testMode && setup.automation.installed;
  const step = (next: Promise<SetupStatus | null>) => next.then((s) => s && onSetup(s));

  return (
    <>
      <h2>{t.startTitle}</h2>
      <p>{t.startIntro}</p>
      <ol class="steps">
        <Step n={1} title={t.stepColumns} done={columnsOk}>
          <p class="hint">{t.stepColumnsWhat}</p>
          <SelectField
            id="setup-sheet"
            label={t.invoicesTab}
            value={sheet}
            options={sheetOptions}
            onChange={setSheet}
          />
          {setup.invoicesSheet !== null && (
            <p>{t.rowsRead(setup.invoiceCount, setup.rowErrorCount)}</p>
          )}
          <MappingTable
            id="map"
            columns={setup.columns}
            headers={setup.headers}
            overrides={overrides}
            onChange={setOverrides}
          />
          {missing.length > 0 && (
            <p class="field-error">
              {t.missingColumns(
                missing.map((c) => t.field[c.field as keyof typeof t.field] ?? c.field).join(', '),
              )}
            </p>
          )}
          <SelectField<CustomerKind>
            id="setup-customer-kind"
            label={t.defaultCustomerKind}
            hint={t.defaultCustomerKindHint}
            value={customerKind}
            options={CUSTOMER_KINDS.map((kind) => ({
              value: kind,
              label: t.customerKindOption[kind],
            }))}
            onChange={setCustomerKind}
          />
          <SelectField
            id="setup-quotes"
            label={t.quotesTab}
            value={quotesSheet}
            options={[{ value: '', label: t.quotesAuto }, ...sheetOptions]}
            onChange={setQuotesSheet}
          />
          {quotes.read && <p>{text(quotes.read)}</p>}
          <MappingTable
            id="quote"
            columns={quotes.columns}
            headers={quotes.headers}
            overrides={quoteOverrides}
            onChange={setQuoteOverrides}
          />
          {quotes.problem && <p class="field-error">{text(quotes.problem)}</p>}
          <button
            type="button"
            disabled={busy !== null}
            onClick={() =>
              step(
                run('mapping', () =>
                  bridge.saveColumnMapping({
                    invoicesSheet: sheet || null,
                    overrides,
                    quotes: { sheet: quotesSheet || null, overrides: quoteOverrides },
                    defaultCustomerKind: customerKind,
                  }),
                ),
              ).then(() => {
                setOverrides({});
                setQuoteOverrides({});
              })
            }
          >
            {t.saveMapping}
          </button>
        </Step>

        <Step n={2} title={t.stepTabs} done={setup.tabsReady}>
          <p class="hint">{t.stepTabsWhat}</p>
          {!setup.tabsReady && (
            <button
              type="button"
              disabled={busy !== null || !columnsOk}
              onClick={() => step(run('tabs', () => bridge.createTabs()))}
            >
              {t.createTabs}
            </button>
          )}
        </Step>

        <Step n={3} title={t.stepSignature} done={signed}>
          <p class="hint">{t.stepSignatureWhat}</p>
          <TextField
            id="signature-name"
            label={t.senderNameLabel}
            value={signature.senderName}
            onInput={(senderName) => setSignature({ ...signature, senderName })}
          />
          <TextField
            id="signature-contact"
            label={t.senderContactLabel}
            value={signature.senderContact}
            onInput={(senderContact) => setSignature({ ...signature, senderContact })}
          />
          <TextField
            id="signature-company"
            label={t.senderCompanyLabel}
            value={signature.senderCompany}
            onInput={(senderCompany) => setSignature({ ...signature, senderCompany })}
          />
          <button
            type="button"
            disabled={busy !== null || signature.senderName.trim() === ''}
            onClick={() => step(run('signature', () => bridge.saveSignature(signature)))}
          >
            {t.saveSignature}
          </button>
        </Step>

        <Step n={4} title={t.stepTest} done={testSent}>
          <p class="hint">{t.stepTestWhat(setup.userEmail)}</p>
          {setup.testMode && <p class="badge">{t.testModeOn}</p>}
          {setup.testSentAt && <p>{t.lastTestAt(instant(setup.testSentAt))}</p>}
          <button
            type="button"
            disabled={busy !== null || !setup.tabsReady}
            onClick={() =>
              run('test', () => bridge.sendSetupTest()).then(
                (result) => result && setTestNotice(t.testSent(result.sentTo)),
              )
            }
          >
            {t.sendTestToMe}
          </button>
          {testNotice && (
            <p role="status" class="ok">
              {testNotice}
            </p>
          )}
        </Step>

        <Step n={5} title={t.stepLive} done={live}>
          <p class="hint">{t.stepLiveWhat(setup.automation.sendHour, setup.automation.timeZone)}</p>
          {!live && !signed && <p class="field-error">{t.signatureMissing}</p>}
          {live ? (
            <button type="button" class="action" onClick={props.onDone}>
              {t.seeToday}
            </button>
          ) : confirmLive ? (
            <div class="confirm" role="alertdialog" aria-labelledby="live-confirm-title">
              <p id="live-confirm-title">
                <strong>
                  {t.goLiveConfirm(setup.automation.sendHour, setup.automation.timeZone)}
                </strong>
              </p>
              <div class="buttons">
                <button
                  type="button"
                  class="action"
                  disabled={busy !== null}
                  onClick={() =>
                    run('live', () => bridge.goLive()).then((next) => {
                      setConfirmLive(false);
                      if (next) {
                        onSetup(next);
                        props.onDone();
                      }
                    })
                  }
                >
                  {t.goLiveYes}
                </button>
                <button type="button" onClick={() => setConfirmLive(false)}>
                  {t.cancel}
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              class="action"
              disabled={busy !== null || !testSent || !signed}
              onClick={() => setConfirmLive(true)}
            >
              {t.goLive}
            </button>
          )}
        </Step>
      </ol>
      <ActionStatus busy={busy} error={error} />
    </>
  );
}

/** Which column holds each field of a tab; the user picks another header, or none. */
function MappingTable(props: {
  id: string;
  columns: readonly ColumnMapping[];
  headers: readonly string[];
  overrides: Record<string, string>;
  onChange: (overrides: Record<string, string>) => void;
}) {
  const { t, text } = useI18n();
  const { overrides } = props;
  if (props.columns.length === 0) return null;
  return (
    <table class="data mapping">
      <caption class="visually-hidden">{t.columnMapping}</caption>
      <thead>
        <tr>
          <th scope="col">{t.fieldColumn}</th>
          <th scope="col">{t.headerColumn}</th>
        </tr>
      </thead>
      <tbody>
        {props.columns.map((column) => {
          const id = `${props.id}-${column.field}`;
          return (
            <tr key={column.field}>
              <th scope="row">
                <label for={id}>
                  {column.label
                    ? text(column.label)
                    : (t.field[column.field as keyof typeof t.field] ?? column.field)}
                  {column.required && <span aria-hidden="true"> *</span>}
                  {column.required && <span class="visually-hidden"> ({t.required})</span>}
                </label>
              </th>
              <td>
                <select
                  id={id}
                  value={overrides[column.field] ?? column.header ?? ''}
                  aria-invalid={column.required && column.header === null ? 'true' : undefined}
                  onChange={(event) =>
                    props.onChange({ ...overrides, [column.field]: event.currentTarget.value })
                  }
                >
                  <option value="">{t.notFound}</option>
                  {props.headers.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </select>
                {column.header === null && column.ambiguous.length > 0 && (
                  <p class="hint">{t.ambiguousColumn(column.ambiguous.join(', '))}</p>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Step(props: { n: number; title: string; done: boolean; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <li class={props.done ? 'step done' : 'step'}>
      <h3>
        <span class="step-mark" aria-hidden="true">
          {props.done ? '✓' : props.n}
        </span>{' '}
        {props.title}
        <span class="visually-hidden"> — {props.done ? t.stepDone : t.stepTodo}</span>
      </h3>
      {props.children}
    </li>
  );
}
