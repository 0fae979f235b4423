/**
 * What happens in the demo's sixty days besides the daily run: clients pay, reply, promise; the
 * user writes to a client by hand. Each event is applied on its day before the trigger fires.
 */
import type { CalendarDate } from '../../src/core/calendar-date.ts';
import type { OfflineAddon } from '../offline-addon.ts';
import { DEMO_CLIENTS, DEMO_HEADERS, DEMO_SHEET, type DemoClientId } from './workbook.ts';

/** What happens on a day, as data: the page and the console narrate it from what happened. */
export type DemoFact =
  | {
      readonly kind: 'paid';
      readonly client: DemoClientId;
      readonly invoices: readonly string[];
      readonly balance?: boolean;
    }
  | { readonly kind: 'replied'; readonly client: DemoClientId; readonly words: LocalizedWords }
  | { readonly kind: 'wrote_by_hand'; readonly client: DemoClientId; readonly about: string };

interface LocalizedWords {
  readonly fr: string;
  readonly en: string;
}

export interface DemoEvent {
  readonly day: number;
  readonly fact: DemoFact;
  /** Applies the event; false when it could not happen (a reply with no reminder to answer). */
  apply(addon: OfflineAddon, spreadsheetId: string, today: CalendarDate): boolean;
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
    return true;
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
    fact: {
      kind: 'replied',
      client: 'papillon',
      words: { fr: 'le virement part vendredi', en: 'the transfer leaves on Friday' },
    },
    apply: (addon, _id, today) => {
      const thread = threadWith(addon, DEMO_CLIENTS.papillon.email);
      if (!thread) return false;
      addon.mailbox.deliverReply(thread, {
        from: `Léa Fontaine <${DEMO_CLIENTS.papillon.email}>`,
        body: 'Bonjour Camille,\n\nDésolée pour le retard, le virement part vendredi.\n\nLéa',
        at: new Date(`${today}T07:30:00Z`),
      });
      return true;
    },
  },
  {
    day: 6,
    fact: { kind: 'wrote_by_hand', client: 'rivage', about: 'F-2026-010' },
    apply: (addon, _id, today) => {
      addon.mailbox.userSentByHand({
        to: DEMO_CLIENTS.rivage.email,
        subject: 'Facture F-2026-010 : détail des jours',
        body: 'Bonjour Hugo,\n\nVoici le détail des jours facturés, comme convenu au téléphone.\n\nCamille',
        at: new Date(`${today}T07:15:00Z`),
      });
      return true;
    },
  },
  {
    day: 9,
    fact: { kind: 'paid', client: 'dupont', invoices: ['F-2026-003'] },
    apply: markPaid('F-2026-003'),
  },
  {
    day: 11,
    fact: { kind: 'paid', client: 'papillon', invoices: ['F-2026-015'] },
    apply: markPaid('F-2026-015'),
  },
  {
    day: 16,
    fact: { kind: 'paid', client: 'port', invoices: ['F-2026-016'] },
    apply: markPaid('F-2026-016'),
  },
  {
    day: 19,
    fact: { kind: 'paid', client: 'harbor', invoices: ['F-2026-021'] },
    apply: markPaid('F-2026-021'),
  },
  {
    day: 27,
    fact: { kind: 'paid', client: 'girard', invoices: ['F-2026-014'], balance: true },
    apply: markPaid('F-2026-014', 2000),
  },
  {
    day: 33,
    fact: { kind: 'paid', client: 'lumiere', invoices: ['F-2026-008', 'F-2026-009'] },
    apply: (addon, id, today) =>
      markPaid('F-2026-008')(addon, id, today) && markPaid('F-2026-009')(addon, id, today),
  },
];

export function eventsOn(day: number): DemoEvent[] {
  return DEMO_EVENTS.filter((e) => e.day === day);
}
