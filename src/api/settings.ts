import type { Settings } from '../core/settings.ts';
import type { SettingsIssue } from '../core/settings-validation.ts';
import type { AutomationStatus, RunSummary } from './automation.ts';

export type { AttachmentPolicy, RatePoint, Settings } from '../core/settings.ts';

/** The Settings view: the stored settings and the state of the automation. */
export interface SettingsView {
  readonly settings: Settings;
  readonly automation: AutomationStatus;
  readonly lastRun: RunSummary | null;
}

/** A rejected value, by field path in Settings (e.g. `offsets.punctual.r1`, `cc[1]`). */
export type FieldError = SettingsIssue;

/** Settings are saved whole or not at all. */
export type SaveSettingsResult =
  | { readonly ok: true; readonly view: SettingsView }
  | { readonly ok: false; readonly errors: readonly FieldError[] };
