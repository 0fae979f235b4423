import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { FieldError, Settings, SettingsView as View } from '../../../../src/api/settings.ts';
import type { Bridge } from '../../bridge.ts';
import { ActionStatus } from '../../components/status.tsx';
import { useAction } from '../../components/use-remote.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Messages } from '../../i18n/messages-fr.ts';
import { LastRun } from '../last-run.tsx';
import { fieldLabel } from './field-labels.ts';
import { LATE_FEES_FIELDS, LateFeesSection } from './late-fees-section.tsx';
import { OFFSETS_FIELDS, OffsetsSection } from './offsets-section.tsx';
import { RULES_FIELDS, RulesSection } from './rules-section.tsx';
import { SCHEDULE_FIELDS, ScheduleSection } from './schedule-section.tsx';
import { SENDER_FIELDS, SenderSection } from './sender-section.tsx';
import { Section, type SettingsForm } from './settings-form.tsx';
import { getIn, isWithin, type SettingsPath, setIn } from './settings-path.ts';
import { TESTING_FIELDS, TestingSection } from './testing-section.tsx';
import { PERCENT_FIELDS, THRESHOLDS_FIELDS, ThresholdsSection } from './thresholds-section.tsx';

type SectionName =
  | 'sender'
  | 'schedule'
  | 'rules'
  | 'offsets'
  | 'thresholds'
  | 'lateFees'
  | 'testing';

interface SectionSpec {
  readonly name: SectionName;
  readonly title: (t: Messages) => string;
  readonly fields: readonly SettingsPath[];
  readonly Body: (props: { form: SettingsForm }) => ComponentChildren;
}

const SECTIONS: readonly SectionSpec[] = [
  { name: 'sender', title: (t) => t.sectionSender, fields: SENDER_FIELDS, Body: SenderSection },
  {
    name: 'schedule',
    title: (t) => t.sectionSchedule,
    fields: SCHEDULE_FIELDS,
    Body: ScheduleSection,
  },
  { name: 'rules', title: (t) => t.sectionRules, fields: RULES_FIELDS, Body: RulesSection },
  { name: 'offsets', title: (t) => t.sectionOffsets, fields: OFFSETS_FIELDS, Body: OffsetsSection },
  {
    name: 'thresholds',
    title: (t) => t.sectionThresholds,
    fields: THRESHOLDS_FIELDS,
    Body: ThresholdsSection,
  },
  {
    name: 'lateFees',
    title: (t) => t.sectionLateFees,
    fields: LATE_FEES_FIELDS,
    Body: LateFeesSection,
  },
  { name: 'testing', title: (t) => t.sectionTesting, fields: TESTING_FIELDS, Body: TestingSection },
];

/** Every setting in one form, saved whole: the server validates all of it or stores nothing. */
export function SettingsView(props: { bridge: Bridge; view: View; onSaved: (view: View) => void }) {
  const { t, text } = useI18n();
  const [draft, setDraft] = useState<Settings>(props.view.settings);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [opened, setOpened] = useState<ReadonlySet<SectionName>>(new Set());
  const summary = useRef<HTMLDivElement>(null);
  const { busy, error, run } = useAction();
  const automation = props.view.automation;

  /** The server speaks of shares as 0–1; the form shows them in percent, and so do its errors. */
  const messageOf = (e: FieldError) => {
    const percentField = PERCENT_FIELDS.find((path) => e.path === path);
    if (!percentField) return text(e.message);
    const received = getIn(draft, percentField);
    return t.percentError(typeof received === 'number' ? received * 100 : null);
  };
  const form: SettingsForm = {
    draft,
    rates: props.view.rates,
    errorAt: (path) => {
      const found = errors.find((e) => isWithin(e.path, path));
      return found ? messageOf(found) : undefined;
    },
    update: (path, value) => {
      setDraft((current) => setIn(current, path, value));
      setSaved(false);
    },
  };
  const hasError = (fields: readonly SettingsPath[]) =>
    errors.some((e) => fields.some((path) => isWithin(e.path, path)));

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
      // Sections with an error open, and stay open once fixed, as if the user had opened them.
      setOpened(
        (current) =>
          new Set([
            ...current,
            ...SECTIONS.filter((s) =>
              result.errors.some((e) => s.fields.some((path) => isWithin(e.path, path))),
            ).map((s) => s.name),
          ]),
      );
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
                <a href={`#s-${e.path}`}>{t.fieldError(fieldLabel(e.path, t), messageOf(e))}</a>
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

      {SECTIONS.map(({ name, title, fields, Body }) => (
        <Section
          key={name}
          title={title(t)}
          open={
            opened.has(name) ||
            hasError(fields) ||
            (name === 'lateFees' &&
              (props.view.rates.toAsk.length > 0 || props.view.rates.failures.length > 0))
          }
          onToggle={(open) =>
            setOpened((current) => {
              const next = new Set(current);
              if (open) next.add(name);
              else next.delete(name);
              return next;
            })
          }
        >
          <Body form={form} />
        </Section>
      ))}

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
