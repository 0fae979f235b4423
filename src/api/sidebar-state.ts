import type { Language } from '../core/invoice.ts';
import type { SettingsView } from './settings.ts';
import type { SetupStatus } from './setup.ts';
import type { TodayView } from './today.ts';

/** Views of the app; `statistics` and `templates` may also open in a larger dialog. */
export type ViewName = 'start' | 'today' | 'templates' | 'settings' | 'statistics';

/**
 * Everything the first view needs, in the one round trip made when the sidebar opens.
 * Templates and statistics load when the user opens them.
 */
export interface SidebarState {
  /** Interface language: the user's choice, else their Google locale. */
  readonly language: Language;
  /** The view to open first: the guide until setup is done, Today after. */
  readonly firstView: ViewName;
  readonly setup: SetupStatus;
  readonly settings: SettingsView;
  /** Null when there is no invoices tab to plan from yet. */
  readonly today: TodayView | null;
}
