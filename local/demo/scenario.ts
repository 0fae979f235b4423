/**
 * What happens in the demo's sixty days besides the daily run: clients pay, reply, promise; the
 * user writes to a client by hand. Each event is applied on its day before the trigger fires.
 */
import type { CalendarDate } from '../../src/core/calendar-date.ts';
import type { OfflineAddon } from '../offline-addon.ts';
import { DEMO_CLIENTS, DEMO_HEADERS, DEMO_SHEET } from './workbook.ts';

export interface DemoEvent {
  readonly day: number;
  readonly description: string;
  apply(addon: OfflineAddon, spreadsheetId: string, today: CalendarDate): void;
}

const column = (header: (typeof DEMO_HEADERS)[number]) => DEMO_HEADERS.indexOf(header) + 1;

function rowOf(addon: OfflineAddon, spreadsheetId: string, number: string): number {
  const values = addon.runtime.spreadsheets.sheetValues(spreadsheetId, DEMO_SHEET);
  const index = values.findIndex((r) => String(r[0]).trim() === number);
  if (index < 0) throw new Error(`demo: invoice ${number} not found`);
  return index + 1;
}

function markPaid(number: string, amount?: number): DemoEvent['apply'] {
  return (addon, id, today) => {
    const row = rowOf(addon, id, number);
    const sheets = addon.runtime.spreadsheets;
    sheets.setCells(id, DEMO_SHEET, row, column('Payée le'), [[{ date: today }]]);
    if (amount !== undefined)
      sheets.setCells(id, DEMO_SHEET, row, column('Montant payé'), [[amount]]);
    sheets.setCells(id, DEMO_SHEET, row, column('Statut'), [['Payée']]);
  };
}

/** The latest thread the add-on started with `email`, or null. */
function threadWith(addon: OfflineAddon, email: string): string | null {
  const sent = addon.mailbox.sentByAddon().filter((m) => m.to.some((t) => t.includes(email)));
  return sent[sent.length - 1]?.threadId ?? null;
}

export const DEMO_EVENTS: readonly DemoEvent[] = [
  {
    day: 4,
    description: 'Agence Papillon replies to the reminder: "the transfer leaves on Friday"',
    apply: (addon, _id, today) => {
      const thread = threadWith(addon, DEMO_CLIENTS.papillon.email);
      if (!thread) return;
      addon.mailbox.deliverReply(thread, {
        from: `Léa Fontaine <${DEMO_CLIENTS.papillon.email}>`,
        body: 'Bonjour Camille,\n\nDésolée pour le retard, le virement part vendredi.\n\nLéa',
        at: new Date(`${today}T07:30:00Z`),
      });
    },
  },
  {
    day: 6,
    description: 'Camille writes to Éditions Rivage by hand about the disputed days',
    apply: (addon, _id, today) => {
      addon.mailbox.userSentByHand({
        to: DEMO_CLIENTS.rivage.email,
        subject: 'Facture F-2026-010 : détail des jours',
        body: 'Bonjour Hugo,\n\nVoici le détail des jours facturés, comme convenu au téléphone.\n\nCamille',
        at: new Date(`${today}T07:15:00Z`),
      });
    },
  },
  {
    day: 11,
    description: 'Agence Papillon pays F-2026-015',
    apply: markPaid('F-2026-015'),
  },
  {
    day: 16,
    description: 'Librairie du Port pays F-2026-016 after the second reminder',
    apply: markPaid('F-2026-016'),
  },
  {
    day: 19,
    description: 'Blue Harbor pays F-2026-021 in the middle of the sequence',
    apply: markPaid('F-2026-021'),
  },
  {
    day: 9,
    description: 'Atelier Dupont pays F-2026-003 after the friendly reminder',
    apply: markPaid('F-2026-003'),
  },
  {
    day: 27,
    description: 'Menuiserie Girard pays the balance of F-2026-014',
    apply: markPaid('F-2026-014', 2000),
  },
  {
    day: 33,
    description: 'Studio Lumière pays both grouped invoices',
    apply: (addon, id, today) => {
      markPaid('F-2026-008')(addon, id, today);
      markPaid('F-2026-009')(addon, id, today);
    },
  },
];

export function eventsOn(day: number): DemoEvent[] {
  return DEMO_EVENTS.filter((e) => e.day === day);
}
