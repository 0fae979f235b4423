import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type {
  AttachmentPolicy,
  FieldError,
  RatePoint,
  Settings,
  SettingsView as View,
} from '../../../src/api/settings.ts';
import { type Language, SEGMENTS, type Segment, STAGES } from '../../../src/api/vocabulary.ts';
import type { Bridge } from '../bridge.ts';
import {
  CheckboxField,
  Fieldset,
  NumberField,
  SelectField,
  TextField,
} from '../components/fields.tsx';
import { ActionStatus } from '../components/status.tsx';
import { useAction } from '../components/use-remote.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { LastRun } from './last-run.tsx';
import { getIn, setIn } from './settings-path.ts';

const SHARE_PATHS = ['punctualMaxLateShare', 'chronicMinLateShare', 'keyAccountMinShare'];

/** Every setting in one form, saved whole: the server validates all of it or stores nothing. */
export function SettingsView(props: { bridge: Bridge; view: View; onSaved: (view: View) => void }) {
  const { t, text } = useI18n();
  const [draft, setDraft] = useState<Settings>(props.view.settings);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [segment, setSegment] = useState<Segment>('new');
  const summary = useRef<HTMLDivElement>(null);
  const { busy, error, run } = useAction();
  const automation = props.view.automation;

  const errorAt = (path: string) => {
    const found = errors.find((e) => e.path === path || e.path.startsWith(`${path}[`));
    return found ? text(found.message) : undefined;
  };
  const hasErrorUnder = (prefix: string) => errors.some((e) => e.path.startsWith(prefix));
  const update = (path: string, value: unknown) => {
    setDraft((current) => setIn(current, path, value));
    setSaved(false);
  };
  const text_ = (path: string, label: string, type: 'text' | 'email' = 'text') => (
    <TextField
      id={`s-${path}`}
      label={label}
      type={type}
      value={String(getIn(draft, path) ?? '')}
      error={errorAt(path)}
      onInput={(value) => update(path, value)}
    />
  );
  const list = (path: 'cc' | 'bcc', label: string) => (
    <TextField
      id={`s-${path}`}
      label={label}
      hint={t.commaSeparated}
      value={draft[path].join(', ')}
      error={errorAt(path)}
      onInput={(value) =>
        update(
          path,
          value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean),
        )
      }
    />
  );
  const number = (path: string, label: string, hint?: string) => (
    <NumberField
      id={`s-${path}`}
      label={label}
      hint={hint}
      value={getIn(draft, path) as number | null}
      error={errorAt(path)}
      onInput={(value) => update(path, value)}
    />
  );

  async function save(event: Event) {
    event.preventDefault();
    const result = await run('save', () => props.bridge.saveSettings(draft));
    if (!result) return;
    if (result.ok) {
      setErrors([]);
      setSaved(true);
      setDraft(result.view.settings);
      props.onSaved(result.view);
    } else {
      setErrors(result.errors);
      setSaved(false);
      requestAnimationFrame(() => summary.current?.focus());
    }
  }

  async function toggleAutomation() {
    const next = await run('automation', () => props.bridge.setAutomation(!automation.wanted));
    if (next) {
      props.onSaved(next);
      setDraft((current) => ({ ...current, automation: next.settings.automation }));
    }
  }

  return (
    <form onSubmit={save} noValidate aria-labelledby="settings-title">
      <h2 id="settings-title">{t.tabSettings}</h2>
      {errors.length > 0 && (
        <div class="notice error" tabIndex={-1} ref={summary} role="alert">
          <p>
            <strong>{t.settingsInvalid(errors.length)}</strong>
          </p>
          <ul>
            {errors.map((e) => (
              <li key={e.path}>
                <a href={`#s-${e.path}`}>{text(e.message)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <section class="card" aria-labelledby="automation-title">
        <h3 id="automation-title">{t.automationTitle}</h3>
        <p>
          {automation.installed
            ? t.automationOn(automation.sendHour, automation.timeZone)
            : t.automationOff}
        </p>
        {automation.wanted && !automation.installed && (
          <p class="field-error">{t.triggerMissing}</p>
        )}
        <button type="button" disabled={busy !== null} onClick={toggleAutomation}>
          {automation.wanted ? t.turnAutomationOff : t.turnAutomationOn}
        </button>
      </section>

      <Section
        title={t.sectionSender}
        open={
          hasErrorUnder('sender') ||
          hasErrorUnder('replyTo') ||
          hasErrorUnder('cc') ||
          hasErrorUnder('bcc')
        }
      >
        {text_('senderName', t.senderName)}
        {text_('senderContact', t.senderContact)}
        {text_('replyTo', t.replyTo, 'email')}
        {list('cc', t.cc)}
        {list('bcc', t.bcc)}
        <SelectField<Language>
          id="s-language"
          label={t.defaultLanguage}
          value={draft.language}
          options={[
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' },
          ]}
          onChange={(value) => update('language', value)}
        />
      </Section>

      <Section
        title={t.sectionSchedule}
        open={['sendHour', 'businessDays', 'country'].some(hasErrorUnder)}
      >
        <SelectField
          id="s-sendHour"
          label={t.sendHour}
          value={String(draft.sendHour)}
          error={errorAt('sendHour')}
          options={Array.from({ length: 24 }, (_, hour) => ({
            value: String(hour),
            label: `${hour} h`,
          }))}
          onChange={(value) => update('sendHour', Number(value))}
        />
        <Fieldset legend={t.businessDays}>
          <div class="days">
            {t.weekdays.map((label, index) => {
              const day = index + 1;
              return (
                <CheckboxField
                  key={label}
                  id={`s-day-${day}`}
                  label={label}
                  checked={draft.businessDays.includes(day)}
                  onChange={(on) =>
                    update(
                      'businessDays',
                      on
                        ? [...draft.businessDays, day].sort()
                        : draft.businessDays.filter((d) => d !== day),
                    )
                  }
                />
              );
            })}
          </div>
          {errorAt('businessDays') && <p class="field-error">{errorAt('businessDays')}</p>}
        </Fieldset>
        {text_('country', t.country)}
        <CheckboxField
          id="s-alsaceMoselle"
          label={t.alsaceMoselle}
          checked={draft.alsaceMoselle}
          onChange={(on) => update('alsaceMoselle', on)}
        />
      </Section>

      <Section
        title={t.sectionRules}
        open={['minGapDays', 'maxReminders', 'pauseDays', 'recentManual'].some(hasErrorUnder)}
      >
        {number('minGapDays', t.minGapDays)}
        {number('maxRemindersPerInvoice', t.maxReminders)}
        {number('pauseDaysAfterReply', t.pauseDays, t.pauseDaysHint)}
        {number('recentManualEmailDays', t.recentManualDays)}
        <SelectField<AttachmentPolicy>
          id="s-attachmentPolicy"
          label={t.attachmentPolicy}
          value={draft.attachmentPolicy}
          options={[
            { value: 'send_without', label: t.attachSendWithout },
            { value: 'hold', label: t.attachHold },
          ]}
          onChange={(value) => update('attachmentPolicy', value)}
        />
      </Section>

      <Section title={t.sectionOffsets} open={hasErrorUnder('offsets')}>
        <p class="hint">{t.offsetsHint}</p>
        <SelectField<Segment>
          id="s-offsets-segment"
          label={t.segmentLabel}
          value={segment}
          options={SEGMENTS.map((value) => ({ value, label: t.segment[value] }))}
          onChange={setSegment}
        />
        <div class="grid-2">
          {STAGES.map((stage) => number(`offsets.${segment}.${stage}`, t.stage[stage]))}
        </div>
      </Section>

      <Section title={t.sectionThresholds} open={hasErrorUnder('thresholds')}>
        {number('thresholds.lateGraceDays', t.threshold.lateGraceDays)}
        {(
          [
            'punctualMaxLateShare',
            'punctualMaxAverageDaysLate',
            'chronicMinLateShare',
            'chronicMinAverageDaysLate',
            'highRiskDaysOverdue',
            'keyAccountMinShare',
          ] as const
        ).map((key) =>
          SHARE_PATHS.includes(key) ? (
            <NumberField
              key={key}
              id={`s-thresholds.${key}`}
              label={t.threshold[key]}
              hint="%"
              value={Math.round(draft.thresholds[key] * 100)}
              error={errorAt(`thresholds.${key}`)}
              onInput={(value) => update(`thresholds.${key}`, value === null ? null : value / 100)}
            />
          ) : (
            number(`thresholds.${key}`, t.threshold[key])
          ),
        )}
      </Section>

      <Section title={t.sectionLateFees} open={hasErrorUnder('lateFees')}>
        {number('lateFees.contractRatePercent', t.contractRate, t.contractRateHint)}
        <RatesEditor
          rates={draft.lateFees.rates}
          errorAt={errorAt}
          onChange={(rates) => update('lateFees.rates', rates)}
        />
      </Section>

      <Section title={t.sectionTesting} open={false}>
        <CheckboxField
          id="s-testMode"
          label={t.testMode}
          hint={t.testModeHint}
          checked={draft.testMode}
          onChange={(on) => update('testMode', on)}
        />
        <CheckboxField
          id="s-failureDigest"
          label={t.failureDigest}
          checked={draft.failureDigest}
          onChange={(on) => update('failureDigest', on)}
        />
      </Section>

      <div class="sticky-actions">
        <button type="submit" class="action" disabled={busy !== null}>
          {t.save}
        </button>
        {saved && (
          <span role="status" class="ok">
            {t.saved}
          </span>
        )}
      </div>
      <ActionStatus busy={busy} error={error} />
      <LastRun summary={props.view.lastRun} />
    </form>
  );
}

function Section(props: { title: string; open: boolean; children: ComponentChildren }) {
  return (
    <details class="section" open={props.open || undefined}>
      <summary>{props.title}</summary>
      {props.children}
    </details>
  );
}

/** Reference rates with the day each applies from; the user keeps them up to date. */
function RatesEditor(props: {
  rates: readonly RatePoint[];
  errorAt: (path: string) => string | undefined;
  onChange: (rates: readonly RatePoint[]) => void;
}) {
  const { t } = useI18n();
  const { rates, errorAt, onChange } = props;
  const change = (index: number, patch: Partial<RatePoint>) =>
    onChange(rates.map((rate, i) => (i === index ? { ...rate, ...patch } : rate)));
  return (
    <Fieldset legend={t.rates}>
      {rates.map((rate, index) => {
        const path = `lateFees.rates[${index}]`;
        return (
          <div class="rate" key={`${rate.series}-${index}`}>
            <TextField
              id={`s-${path}.series`}
              label={t.rateSeries}
              value={rate.series}
              error={errorAt(`${path}.series`)}
              onInput={(series) => change(index, { series })}
            />
            <div class="grid-2">
              <TextField
                id={`s-${path}.from`}
                label={t.rateFrom}
                type="date"
                value={rate.from}
                error={errorAt(`${path}.from`)}
                onInput={(from) => change(index, { from })}
              />
              <NumberField
                id={`s-${path}.percent`}
                label={t.ratePercent}
                step={0.01}
                value={rate.percent}
                error={errorAt(`${path}.percent`)}
                onInput={(percent) => change(index, { percent: percent ?? Number.NaN })}
              />
            </div>
            <p class="hint">{rate.source}</p>
            <button
              type="button"
              class="small"
              onClick={() => onChange(rates.filter((_, i) => i !== index))}
            >
              {t.removeRate}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        class="small"
        onClick={() =>
          onChange([...rates, { series: 'ecb_mro', from: '', percent: 0, source: '' }])
        }
      >
        {t.addRate}
      </button>
    </Fieldset>
  );
}
