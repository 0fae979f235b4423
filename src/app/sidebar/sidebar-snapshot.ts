/**
 * Everything the sidebar's server functions compute from, read once per call by the shell
 * (one batched read per tab, only of the tabs the call shows: see load-snapshot.ts). Handlers are pure functions of it, so they are tested without any
 * Apps Script service.
 */
import type { AutomationStatus, RunSummary } from '../../api/automation.ts';
import type { CalendarDate } from '../../core/calendar-date.ts';
import type { ColumnMapping } from '../../core/columns/column-mapping.ts';
import type { Invoice, Language, RowError } from '../../core/invoice.ts';
import type { LogEntry } from '../../core/log-entry.ts';
import type { FetchedRates } from '../../core/rates/rate-refresh.ts';
import type { BusinessCalendar } from '../../core/schedule.ts';
import type { Settings } from '../../core/settings.ts';
import type { ParsedTemplates } from '../../core/templates/index.ts';

export interface SidebarSnapshot {
  /** The business day in the spreadsheet's time zone. */
  readonly today: CalendarDate;
  readonly settings: Settings;
  /** Central-bank rates of the monthly refresh. */
  readonly fetchedRates: FetchedRates;
  /** Settings were saved at least once (the guide ran). */
  readonly configured: boolean;
  readonly calendar: BusinessCalendar;
  readonly sheetNames: readonly string[];
  /** The invoices tab in use (chosen in settings, or detected), null when none. */
  readonly invoicesSheet: string | null;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping | null;
  readonly invoices: readonly Invoice[];
  readonly rowErrors: readonly RowError[];
  readonly log: readonly LogEntry[];
  /** Null when the templates tab does not exist yet or was not read. */
  readonly templates: ParsedTemplates | null;
  readonly templatesTabExists: boolean;
  readonly logTabExists: boolean;
  readonly testSentAt: string | null;
  readonly automation: AutomationStatus;
  readonly lastRun: RunSummary | null;
  readonly userEmail: string;
  /** The interface language: the user's choice, else their locale. */
  readonly uiLanguage: Language;
}
