/**
 * Public surface of the offline Apps Script runtime, for the tests, the demo and the sidebar's
 * local preview. See local/runtime.ts for how executions are run.
 */

export type { CallHook, ExecutionInfo, LatencyTable } from './kernel.ts';
export {
  Clock,
  DEFAULT_LATENCY_MS,
  EXECUTION_LIMIT_MESSAGE,
  EXECUTION_LIMIT_MS,
  ExecutionCut,
  Kernel,
} from './kernel.ts';
export {
  AppsScriptRuntime,
  DEFAULT_LATENCY,
  type RunOptions,
  type RuntimeOptions,
  SidebarTransferError,
} from './runtime.ts';
export { type PreviewServer, type PreviewServerOptions, startPreviewServer } from './server.ts';
export {
  type AppsScriptEnumValue,
  AUTH_MODE,
  type AuthMode,
  appsScriptEnum,
  appsScriptEnumType,
  type ExecutionContext,
  type ExecutionKind,
  type Realm,
  type ServiceModule,
} from './service-module.ts';
export { type BlobContent, blobContent, createBlob } from './services/blob.ts';
export { CacheStore } from './services/cache.ts';
export { DRIVE_LATENCY, DriveModule, DriveStore } from './services/drive.ts';
// Mail, Drive, locks, triggers and the preview server.
export { GMAIL_LATENCY, GmailModule } from './services/gmail/gmail-app.ts';
export { Mailbox, type MailboxOptions } from './services/gmail/mailbox.ts';
export {
  type AddedMenu,
  type MenuEntry,
  type ShownAlert,
  type ShownHtml,
  type ShownToast,
  UiRecorder,
} from './services/html.ts';
export { LOCK_LATENCY, LockModule, LockStore } from './services/lock.ts';
export { type LogEntry, LogRecorder } from './services/logger.ts';
export { MAIL_LATENCY, MailModule } from './services/mail.ts';
// Other stores and records of what the script did.
export {
  PropertiesStore,
  STORE_FULL_MESSAGE,
  STORE_LIMIT_BYTES,
  VALUE_LIMIT_BYTES,
  VALUE_TOO_LARGE_MESSAGE,
} from './services/properties.ts';
export {
  Authorization,
  SCRIPT_APP_LATENCY,
  ScriptAppModule,
  TriggerStore,
  timeDrivenEvent,
} from './services/script-app.ts';
export { formatJavaDate } from './services/simple-date-format.ts';
// Spreadsheets: the store tests and the demo fill, and the cell input types.
export { type CellInput, type CellValue, DateCell } from './services/spreadsheet/cell.ts';
export { CELL_CHARACTER_LIMIT, CELL_LIMIT_MESSAGE } from './services/spreadsheet/cell-io.ts';
export { GET_UI_MESSAGE, OPEN_BY_ID_MESSAGE } from './services/spreadsheet/spreadsheet-app.ts';
export {
  type CreateSpreadsheetOptions,
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  type RawCell,
  SpreadsheetStore,
} from './services/spreadsheet/store.ts';
export { parseUserInput } from './services/spreadsheet/user-input.ts';
