import type { LocalizedText } from '../core/localized-text.ts';
import type { Settings } from '../core/settings.ts';
import type { SettingsIssue } from '../core/settings-validation.ts';
import type { AutomationStatus, RunSummary } from './automation.ts';

export type { CustomerKind } from '../core/invoice.ts';
export type { AttachmentPolicy, RatePoint, Settings } from '../core/settings.ts';

/**
 * Where the stored settings stand: `damaged` when the stored value is not what Relance wrote
 * (the run sends nothing until it is restored or saved again).
 */
export interface SettingsStorage {
  readonly state: 'ok' | 'absent' | 'damaged';
  /** ISO instant and author of the save in use, when known. */
  readonly savedAt: string | null;
  readonly savedBy: string | null;
  /** ISO instant of the last good copy that `restoreSettings` would bring back, when one exists. */
  readonly lastGoodAt: string | null;
}

/** The Settings view: the stored settings and the state of the automation. */
export interface SettingsView {
  readonly settings: Settings;
  readonly storage: SettingsStorage;
  readonly automation: AutomationStatus;
  readonly lastRun: RunSummary | null;
  readonly rates: RatesView;
}

/** How current the reference rates are: the monthly refresh and what the user must type in. */
export interface RatesView {
  /** Each fetched series and the day it was last fetched successfully (null: never yet). */
  readonly refreshed: readonly { readonly series: string; readonly on: string | null }[];
  /** Why the last refresh failed, series by series (empty when it worked). */
  readonly failures: readonly LocalizedText[];
  /** Half-yearly rates no data service gives: the user types them, from the official page. */
  readonly toAsk: readonly {
    readonly series: string;
    readonly halfYearStart: string;
    readonly link: string;
  }[];
}

/** A rejected value, by field path in Settings (e.g. `offsets.punctual.r1`, `cc[1]`). */
export type FieldError = SettingsIssue;

/** Settings are saved whole or not at all. */
export type SaveSettingsResult =
  | { readonly ok: true; readonly view: SettingsView }
  | { readonly ok: false; readonly errors: readonly FieldError[] };
