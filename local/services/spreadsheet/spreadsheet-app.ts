/**
 * SpreadsheetApp (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app).
 */
import {
  appsScriptEnumType,
  type ExecutionContext,
  type ServiceModule,
} from '../../service-module.ts';
import type { UiRecorder } from '../html.ts';
import { DATA_VALIDATION_CRITERIA, dataValidationBuilder } from './data-validation.ts';
import { DEVELOPER_METADATA_VISIBILITY } from './developer-metadata.ts';
import { PROTECTION_TYPE } from './protection.ts';
import { SheetsSession } from './session.ts';
import { SpreadsheetFacade } from './spreadsheet.ts';
import type { SpreadsheetStore } from './store.ts';
import { createUi } from './ui.ts';

export const BORDER_STYLE = appsScriptEnumType('BorderStyle', [
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]);
export const WRAP_STRATEGY = appsScriptEnumType('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);

/** Message for openById on an id that does not exist or cannot be opened (as commonly reported). */
export const OPEN_BY_ID_MESSAGE =
  'Unexpected error while getting the method or property openById on object SpreadsheetApp.';

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi() */
export const GET_UI_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';

export class SpreadsheetModule implements ServiceModule {
  constructor(
    private readonly store: SpreadsheetStore,
    private readonly ui: UiRecorder,
  ) {}

  /** The Spreadsheet object for `id` in an execution, without counting a call (trigger events' `source`). */
  spreadsheetFor(ctx: ExecutionContext, id: string): SpreadsheetFacade | null {
    const book = this.store.find(id);
    return book ? new SpreadsheetFacade(new SheetsSession(ctx, this.store, this.ui), book) : null;
  }

  globals(ctx: ExecutionContext): Record<string, unknown> {
    const { store, ui } = this;
    const s = new SheetsSession(ctx, store, ui);
    const active = (): SpreadsheetFacade | null => {
      const id = ctx.activeSpreadsheetId;
      const book = id === null ? null : store.find(id);
      return book ? new SpreadsheetFacade(s, book) : null;
    };
    const open = (id: string, message: string): SpreadsheetFacade => {
      const book = store.find(String(id));
      if (!book) throw ctx.newError(message);
      return new SpreadsheetFacade(s, book);
    };
    const SpreadsheetApp = {
      BorderStyle: BORDER_STYLE,
      DataValidationCriteria: DATA_VALIDATION_CRITERIA,
      DeveloperMetadataVisibility: DEVELOPER_METADATA_VISIBILITY,
      ProtectionType: PROTECTION_TYPE,
      WrapStrategy: WRAP_STRATEGY,
      /** null when the script has no active document (e.g. a time-driven trigger). */
      getActive() {
        s.call('SpreadsheetApp.getActive');
        return active();
      },
      getActiveSpreadsheet() {
        s.call('SpreadsheetApp.getActiveSpreadsheet');
        return active();
      },
      getActiveSheet() {
        s.call('SpreadsheetApp.getActiveSheet');
        return active()?.getActiveSheet() ?? null;
      },
      openById(id: string) {
        s.call('SpreadsheetApp.openById');
        return open(id, OPEN_BY_ID_MESSAGE);
      },
      openByUrl(url: string) {
        s.call('SpreadsheetApp.openByUrl');
        const id = /\/spreadsheets\/d\/([\w-]+)/.exec(String(url))?.[1] ?? '';
        return open(
          id,
          'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
        );
      },
      create(name: string) {
        s.call('SpreadsheetApp.create');
        const id = store.create({
          name: String(name),
          timeZone: ctx.scriptTimeZone,
          sheets: { Sheet1: [] },
        });
        return new SpreadsheetFacade(s, store.get(id));
      },
      /** Writes are applied at once in this runtime; flush only costs its latency. */
      flush() {
        s.call('SpreadsheetApp.flush');
      },
      getUi() {
        s.call('SpreadsheetApp.getUi');
        if (!ctx.hasUi) throw ctx.newError(GET_UI_MESSAGE);
        return createUi(ctx, ui);
      },
      newDataValidation() {
        s.call('SpreadsheetApp.newDataValidation');
        return dataValidationBuilder(ctx);
      },
      toString() {
        return 'SpreadsheetApp';
      },
    };
    return { SpreadsheetApp };
  }
}
