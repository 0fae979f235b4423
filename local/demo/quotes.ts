/**
 * The demo's quotes tab: four quotes sent to prospects, whose follow-ups the daily run sends
 * before their acceptance deadline and once after it (scenario.ts accepts one and refuses
 * another). Dates are relative to the demo's first day.
 */
import { addDays, type CalendarDate } from '../../src/core/calendar-date.ts';
import type { CellInput } from '../services/spreadsheet/cell.ts';

export const DEMO_QUOTES_SHEET = 'Devis';

export const DEMO_QUOTE_HEADERS = [
  'N° devis',
  'Client',
  'Contact',
  'E-mail',
  'Montant',
  "Date d'envoi",
  "Valable jusqu'au",
  'Statut',
  'Accepté le',
  'Langue',
] as const;

const QUOTES = [
  // Followed up, then accepted after the follow-up (scenario.ts, day 16).
  [
    'D-2026-011',
    'Maison Colette',
    'Colette Marchand',
    'colette@maison-colette.fr',
    3200,
    -10,
    18,
    'fr',
  ],
  // Followed up, never answered: the expiry note two business days after the deadline.
  [
    'D-2026-012',
    'Fromagerie Vasseur',
    'Denis Vasseur',
    'denis@fromagerie-vasseur.fr',
    1450,
    -5,
    25,
    'fr',
  ],
  // Refused before any follow-up (scenario.ts, day 8).
  ['D-2026-013', 'Ciné Club Azur', 'Inès Roy', 'ines@cineclub-azur.fr', 800, -3, 27, 'fr'],
  // An English prospect: the English templates.
  ['Q-2026-004', 'Greenfield Ltd', 'Oliver Grant', 'oliver@greenfield.co.uk', 2600, 0, 30, 'en'],
] as const;

export function demoQuotesGrid(day0: CalendarDate): CellInput[][] {
  const date = (offset: number): CellInput => ({ date: addDays(day0, offset) });
  return [
    [...DEMO_QUOTE_HEADERS],
    ...QUOTES.map(([number, client, contact, email, amount, sent, until, language]) => [
      { text: number, format: '@' },
      client,
      contact,
      email,
      amount,
      date(sent),
      date(until),
      '',
      '',
      language,
    ]),
  ];
}
