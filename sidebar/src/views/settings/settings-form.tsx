import type { ComponentChildren } from 'preact';
import type { RatesView, Settings } from '../../../../src/api/settings.ts';
import { NumberField, TextField } from '../../components/fields.tsx';
import { getIn, type SettingsPath } from './settings-path.ts';

/** What every section of the settings form works on: the draft, its errors, and a way to edit. */
export interface SettingsForm {
  readonly draft: Settings;
  /** How current the reference rates are (refreshes, failures, rates to type in). */
  readonly rates: RatesView;
  /** The error of this field (or of something inside it), in the interface language. */
  errorAt(path: SettingsPath): string | undefined;
  update(path: SettingsPath, value: unknown): void;
}

/** Input ids follow the field path, so the error summary links straight to the field. */
export const fieldId = (path: SettingsPath) => `s-${path}`;

export function TextSetting(props: {
  form: SettingsForm;
  path: SettingsPath;
  label: string;
  type?: 'text' | 'email';
  hint?: string;
}) {
  const { form, path } = props;
  return (
    <TextField
      id={fieldId(path)}
      label={props.label}
      type={props.type ?? 'text'}
      hint={props.hint}
      value={String(getIn(form.draft, path) ?? '')}
      error={form.errorAt(path)}
      onInput={(value) => form.update(path, value)}
    />
  );
}

export function NumberSetting(props: {
  form: SettingsForm;
  path: SettingsPath;
  label: string;
  hint?: string;
}) {
  const { form, path } = props;
  return (
    <NumberField
      id={fieldId(path)}
      label={props.label}
      hint={props.hint}
      value={getIn(form.draft, path) as number | null}
      error={form.errorAt(path)}
      onInput={(value) => form.update(path, value)}
    />
  );
}

/** A share kept as 0–1 in the settings, typed and shown in percent. */
export function PercentSetting(props: { form: SettingsForm; path: SettingsPath; label: string }) {
  const { form, path } = props;
  const share = getIn(form.draft, path) as number | null;
  return (
    <NumberField
      id={fieldId(path)}
      label={props.label}
      hint="%"
      value={share === null || Number.isNaN(share) ? null : Math.round(share * 1000) / 10}
      error={form.errorAt(path)}
      onInput={(value) => form.update(path, value === null ? null : value / 100)}
    />
  );
}

/** Addresses typed as one comma-separated line, kept as a list. */
export function ListSetting(props: {
  form: SettingsForm;
  path: 'cc' | 'bcc';
  label: string;
  hint: string;
}) {
  const { form, path } = props;
  return (
    <TextField
      id={fieldId(path)}
      label={props.label}
      hint={props.hint}
      value={form.draft[path].join(', ')}
      error={form.errorAt(path)}
      onInput={(value) =>
        form.update(
          path,
          value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean),
        )
      }
    />
  );
}

/** A folding section; it stays as the user left it, and opens by itself when it has an error. */
export function Section(props: {
  title: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <details
      class="section"
      open={props.open}
      onToggle={(event) => {
        const open = (event.currentTarget as HTMLDetailsElement).open;
        if (open !== props.open) props.onToggle(open);
      }}
    >
      <summary>{props.title}</summary>
      {props.children}
    </details>
  );
}
