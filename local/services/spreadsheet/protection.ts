/**
 * Sheet protection (https://developers.google.com/apps-script/reference/spreadsheet/protection,
 * https://developers.google.com/apps-script/reference/spreadsheet/protection-type).
 *
 * Documented semantics reproduced here: `Sheet.protect()` returns the sheet's existing protection
 * when there is one, else a new one whose editors mirror the spreadsheet's, which "effectively
 * means that the sheet remains unprotected" until the editors change
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()). A
 * warning-only protection lets every editor edit after confirming a warning in the Sheets
 * interface (https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean));
 * scripts are never asked. Editors lists and range protections are not modelled: this runtime's
 * only user is an editor of every book, so no protection ever refuses a script's write.
 */
import { appsScriptEnumType } from '../../service-module.ts';
import type { SheetsSession } from './session.ts';
import type { SheetData } from './store.ts';

export const PROTECTION_TYPE = appsScriptEnumType('ProtectionType', ['RANGE', 'SHEET']);

export interface ProtectionData {
  description: string;
  warningOnly: boolean;
}

export class ProtectionFacade {
  readonly #s: SheetsSession;
  readonly #sheet: SheetData;
  readonly #data: ProtectionData;

  constructor(s: SheetsSession, sheet: SheetData, data: ProtectionData) {
    this.#s = s;
    this.#sheet = sheet;
    this.#data = data;
  }

  #call(method: string): void {
    this.#s.call(`Protection.${method}`);
  }

  getProtectionType(): unknown {
    this.#call('getProtectionType');
    return PROTECTION_TYPE.SHEET;
  }
  getDescription(): string {
    this.#call('getDescription');
    return this.#data.description;
  }
  setDescription(description: string): ProtectionFacade {
    this.#call('setDescription');
    this.#data.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    this.#call('isWarningOnly');
    return this.#data.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): ProtectionFacade {
    this.#call('setWarningOnly');
    this.#data.warningOnly = warningOnly === true;
    return this;
  }
  canEdit(): boolean {
    this.#call('canEdit');
    return true;
  }
  remove(): void {
    this.#call('remove');
    if (this.#sheet.protection === this.#data) delete this.#sheet.protection;
  }
  toString(): string {
    return 'Protection';
  }
}

/** The sheet's protection, created on first use as `Sheet.protect()` does. */
export function protectSheet(s: SheetsSession, sheet: SheetData): ProtectionFacade {
  sheet.protection ??= { description: '', warningOnly: false };
  return new ProtectionFacade(s, sheet, sheet.protection);
}

/** `Sheet.getProtections(type)`: the sheet's own protection for SHEET; ranges are not modelled. */
export function sheetProtections(
  s: SheetsSession,
  sheet: SheetData,
  type: unknown,
): ProtectionFacade[] {
  if (String(type) !== 'SHEET' || !sheet.protection) return [];
  return [new ProtectionFacade(s, sheet, sheet.protection)];
}
