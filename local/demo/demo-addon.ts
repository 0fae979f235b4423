/**
 * The demo workbook opened in the offline runtime: Camille Martin's invoices tab, the invoice PDFs
 * in Drive, a French user. Shared by `npm run demo` (which then fires the daily trigger day after
 * day) and `npm run dev` (which serves the sidebar over it).
 */
import type { CalendarDate } from '../../src/core/calendar-date.ts';
import { createOfflineAddon, type OfflineAddon } from '../offline-addon.ts';
import { DEMO_QUOTES_SHEET, demoQuotesGrid } from './quotes.ts';
import { DEMO_FILES, DEMO_SHEET, demoInvoicesGrid } from './workbook.ts';

export const DEMO_USER = 'camille.martin@gmail.com';

export interface DemoAddonOptions {
  readonly distDir: string;
  readonly spreadsheetId: string;
  /** The workbook's first day: the invoices' dates are relative to it (a Monday works best). */
  readonly day0: CalendarDate;
  /** When the clock starts, on day0 (UTC time of day, e.g. `06:30`). */
  readonly startTime: string;
  readonly userLocale?: string;
}

export interface DemoAddon {
  readonly addon: OfflineAddon;
  readonly spreadsheetId: string;
}

/** A tiny valid-looking PDF: enough for a mail client to show an attachment. */
function pdf(name: string): string {
  return `%PDF-1.4\n% ${name}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
}

export function openDemoAddon(options: DemoAddonOptions): DemoAddon {
  const addon = createOfflineAddon({
    distDir: options.distDir,
    start: new Date(`${options.day0}T${options.startTime}:00Z`),
    userEmail: DEMO_USER,
    userLocale: options.userLocale ?? 'fr',
  });
  for (const file of DEMO_FILES) {
    addon.drive.addFile({
      id: file.id,
      name: file.name,
      mimeType: 'application/pdf',
      bytes: pdf(file.name),
    });
  }
  const spreadsheetId = addon.runtime.spreadsheets.create({
    id: options.spreadsheetId,
    name: 'Factures 2026 — Camille Martin',
    timeZone: 'Europe/Paris',
    locale: 'fr_FR',
    sheets: {
      [DEMO_SHEET]: demoInvoicesGrid(options.day0),
      [DEMO_QUOTES_SHEET]: demoQuotesGrid(options.day0),
    },
  });
  return { addon, spreadsheetId };
}
