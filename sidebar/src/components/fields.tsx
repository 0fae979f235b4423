import type { ComponentChildren } from 'preact';

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
}

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldNotes({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} class="field-error">
          {error}
        </span>
      )}
    </>
  );
}

export function TextField(
  props: FieldProps & {
    value: string;
    onInput: (value: string) => void;
    type?: 'text' | 'email' | 'date';
    placeholder?: string;
  },
) {
  const { id, label, error, hint } = props;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        placeholder={props.placeholder}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

/** A number input; an empty box gives null (e.g. a stage turned off). */
export function NumberField(
  props: FieldProps & {
    value: number | null;
    onInput: (value: number | null) => void;
    min?: number;
    max?: number;
    step?: number;
  },
) {
  const { id, label, error, hint } = props;
  return (
    <div class="field number">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={props.value === null ? '' : String(props.value)}
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onInput={(event) => {
          const text = event.currentTarget.value.trim();
          props.onInput(text === '' ? null : Number(text));
        }}
      />
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxField(
  props: FieldProps & { checked: boolean; onChange: (checked: boolean) => void },
) {
  const { id, label, error, hint } = props;
  return (
    <div class="field checkbox">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField<T extends string>(
  props: FieldProps & {
    value: T;
    options: readonly { value: T; label: string }[];
    onChange: (value: T) => void;
  },
) {
  const { id, label, error, hint } = props;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => props.onChange(event.currentTarget.value as T)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
