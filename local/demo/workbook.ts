/**
 * The demo workbook: a French freelancer's invoices tab as people really keep it — about forty
 * invoices for twelve clients with different payment habits, French and English clients, a
 * dispute, a promise to pay, a partial payment, amounts typed as text, invoice PDFs in Drive and
 * a few malformed rows. Dates are relative to the demo's first day so the story stays current.
 */
import { addDays, type CalendarDate } from '../../src/core/calendar-date.ts';
import type { CellInput } from '../services/spreadsheet/cell.ts';

export const DEMO_SHEET = 'Factures';

export const DEMO_HEADERS = [
  'N° facture',
  'Client',
  'Contact',
  'E-mail',
  'Montant TTC',
  'Devise',
  'Date de facture',
  'Échéance',
  'Payée le',
  'Montant payé',
  'Statut',
  'Promesse de paiement',
  'Langue',
  'Pays',
  'Type client',
  'Fichier',
  'Notes',
] as const;

export interface DemoClient {
  readonly name: string;
  readonly contact: string;
  readonly email: string;
  readonly language: 'fr' | 'en';
  readonly country: string;
  readonly currency: string;
  readonly kind: 'B2B' | 'B2C';
  /** Story told by the demo. */
  readonly story: string;
}

export const DEMO_CLIENTS = {
  dupont: {
    name: 'Atelier Dupont',
    contact: 'Marie Dupont',
    email: 'compta@atelier-dupont.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story: 'pays on time; one invoice gets a friendly pre-due reminder',
  },
  lefevre: {
    name: 'Boulangerie Lefèvre',
    contact: 'Paul Lefèvre',
    email: 'paul@boulangerie-lefevre.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story: 'chronically late: the firm sequence, call task and formal notice draft',
  },
  lumiere: {
    name: 'Studio Lumière',
    contact: 'Inès Roux',
    email: 'factures@studio-lumiere.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story: 'two invoices due the same week: grouped into one message',
  },
  rivage: {
    name: 'Éditions Rivage',
    contact: 'Hugo Marchand',
    email: 'hugo@editions-rivage.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story: 'disputes one invoice: never reminded for it',
  },
  moreau: {
    name: 'Cabinet Moreau',
    contact: 'Claire Moreau',
    email: 'c.moreau@cabinet-moreau.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story: 'promised to pay by a date: reminders wait until then',
  },
  girard: {
    name: 'Menuiserie Girard',
    contact: 'Luc Girard',
    email: 'luc.girard@menuiserie-girard.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story: 'paid part of an invoice: reminders ask for the balance',
  },
  papillon: {
    name: 'Agence Papillon',
    contact: 'Léa Fontaine',
    email: 'lea@agence-papillon.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story: 'replies to the first reminder: reminders pause',
  },
  port: {
    name: 'Librairie du Port',
    contact: 'Sophie Le Gall',
    email: 'contact@librairie-du-port.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story: 'a new client: pays after the second reminder',
  },
  bernard: {
    name: 'Garage Bernard',
    contact: 'Jean Bernard',
    email: 'jean.bernard@garage-bernard.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story:
      'first seen 65 days late: starts at the first reminder, then agrees a payment plan of three monthly instalments on day 2; a 120-day-old invoice waits for your decision',
  },
  durand: {
    name: 'Mme Durand',
    contact: 'Élise Durand',
    email: 'elise.durand@example.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2C',
    story: 'a private client: no €40 indemnity in the formal reminder',
  },
  northwind: {
    name: 'Northwind Ltd',
    contact: 'Oliver Hughes',
    email: 'accounts@northwind.co.uk',
    language: 'en',
    country: 'GB',
    currency: 'GBP',
    kind: 'B2B',
    story: 'an English client in pounds: English reminders, UK holidays',
  },
  harbor: {
    name: 'Blue Harbor Inc',
    contact: 'Emma Carter',
    email: 'ap@blueharbor.com',
    language: 'en',
    country: 'US',
    currency: 'USD',
    kind: 'B2B',
    story: 'a US client: pays in the middle of the sequence',
  },
  colette: {
    name: 'Maison Colette',
    contact: 'Colette Marchand',
    email: 'colette@maison-colette.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story: 'prospect: quote D-2026-011 followed up before its deadline',
  },
  vasseur: {
    name: 'Fromagerie Vasseur',
    contact: 'Denis Vasseur',
    email: 'denis@fromagerie-vasseur.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story: 'prospect: quote D-2026-012 followed up, then noted as expired',
  },
  azur: {
    name: 'Ciné Club Azur',
    contact: 'Inès Roy',
    email: 'ines@cineclub-azur.fr',
    language: 'fr',
    country: 'FR',
    currency: 'EUR',
    kind: 'B2B',
    story: 'prospect: quote D-2026-013',
  },
  greenfield: {
    name: 'Greenfield Ltd',
    contact: 'Oliver Grant',
    email: 'oliver@greenfield.co.uk',
    language: 'en',
    country: 'GB',
    currency: 'GBP',
    kind: 'B2B',
    story: 'prospect: quote Q-2026-004, in English',
  },
} as const satisfies Record<string, DemoClient>;

export type DemoClientId = keyof typeof DEMO_CLIENTS;

interface InvoiceSpec {
  readonly number: string;
  readonly client: DemoClientId;
  readonly amount: number | string;
  /** Days from the demo's first day (negative: in the past). */
  readonly issue: number;
  readonly due: number;
  readonly paid?: number;
  readonly paidAmount?: number;
  readonly status?: string;
  readonly promise?: number;
  readonly file?: string;
  readonly notes?: string;
}

/** Drive files of the demo: two real PDFs and one link to a file the user cannot open. */
export const DEMO_FILES = [
  { id: '1LefevreF2026007PdfInDriveAbCdEfGh', name: 'F-2026-007.pdf' },
  { id: '1BernardF2026011PdfInDriveAbCdEfGh', name: 'F-2026-011.pdf' },
] as const;
export const MISSING_FILE_ID = '1GirardF2026019DeletedFileAbCdEfGh';

const drive = (id: string) => `https://drive.google.com/file/d/${id}/view?usp=sharing`;

const INVOICES: readonly InvoiceSpec[] = [
  // History: paid invoices that make the client profiles.
  { number: 'F-2025-101', client: 'dupont', amount: 1800, issue: -150, due: -120, paid: -121 },
  { number: 'F-2025-112', client: 'dupont', amount: 950, issue: -110, due: -80, paid: -80 },
  { number: 'F-2026-001', client: 'dupont', amount: 2400, issue: -62, due: -32, paid: -33 },
  { number: 'F-2025-104', client: 'lefevre', amount: 640, issue: -160, due: -130, paid: -82 },
  { number: 'F-2025-118', client: 'lefevre', amount: 720, issue: -120, due: -90, paid: -35 },
  { number: 'F-2025-109', client: 'lumiere', amount: 1250, issue: -140, due: -110, paid: -96 },
  { number: 'F-2025-121', client: 'lumiere', amount: 830, issue: -100, due: -70, paid: -69 },
  { number: 'F-2025-115', client: 'northwind', amount: 3200, issue: -130, due: -100, paid: -100 },
  { number: 'F-2025-124', client: 'northwind', amount: 2100, issue: -95, due: -65, paid: -66 },
  { number: 'F-2025-117', client: 'harbor', amount: 4100, issue: -125, due: -95, paid: -85 },
  { number: 'F-2025-119', client: 'rivage', amount: 1500, issue: -115, due: -85, paid: -70 },
  { number: 'F-2025-126', client: 'girard', amount: 560, issue: -90, due: -60, paid: -58 },
  { number: 'F-2025-128', client: 'moreau', amount: 1100, issue: -88, due: -58, paid: -40 },
  { number: 'F-2025-130', client: 'papillon', amount: 780, issue: -85, due: -55, paid: -50 },
  // Open invoices: the story of the next sixty days.
  { number: 'F-2026-003', client: 'dupont', amount: 1650, issue: -25, due: 5 },
  { number: 'F-2026-004', client: 'dupont', amount: 390, issue: -2, due: 28 },
  { number: 'F-2026-005', client: 'lefevre', amount: '1 240,00 €', issue: -40, due: -10 },
  {
    number: 'F-2026-007',
    client: 'lefevre',
    amount: 860,
    issue: -33,
    due: -3,
    file: drive(DEMO_FILES[0].id),
  },
  { number: 'F-2026-008', client: 'lumiere', amount: 1480, issue: -28, due: 2 },
  { number: 'F-2026-009', client: 'lumiere', amount: 620, issue: -27, due: 3 },
  {
    number: 'F-2026-010',
    client: 'rivage',
    amount: 2150,
    issue: -35,
    due: -5,
    status: 'Litige',
    notes: 'Conteste le nombre de jours facturés',
  },
  { number: 'F-2026-012', client: 'rivage', amount: 480, issue: -10, due: 20 },
  {
    number: 'F-2026-011',
    client: 'bernard',
    amount: 3600,
    issue: -95,
    due: -65,
    file: drive(DEMO_FILES[1].id),
    notes: 'Ne répond plus au téléphone',
  },
  { number: 'F-2026-013', client: 'moreau', amount: 1900, issue: -36, due: -6, promise: 12 },
  { number: 'F-2026-014', client: 'girard', amount: 2000, issue: -38, due: -8, paidAmount: 800 },
  {
    number: 'F-2026-019',
    client: 'girard',
    amount: 740,
    issue: -20,
    due: 10,
    file: drive(MISSING_FILE_ID),
  },
  { number: 'F-2026-015', client: 'papillon', amount: 1320, issue: -30, due: 0 },
  { number: 'F-2026-016', client: 'port', amount: 275.9, issue: -26, due: 4 },
  { number: 'F-2026-017', client: 'durand', amount: 450, issue: -31, due: -1 },
  { number: 'F-2026-018', client: 'northwind', amount: '£2,750.00', issue: -29, due: 1 },
  { number: 'F-2026-020', client: 'northwind', amount: 1200, issue: -5, due: 25 },
  { number: 'F-2026-021', client: 'harbor', amount: '$5,400.00', issue: -34, due: -4 },
  { number: 'F-2026-022', client: 'harbor', amount: 980, issue: 0, due: 30 },
  { number: 'F-2026-023', client: 'lumiere', amount: 540, issue: 2, due: 32 },
  { number: 'F-2026-024', client: 'papillon', amount: 2200, issue: 5, due: 35 },
  { number: 'F-2026-025', client: 'port', amount: 160, issue: 8, due: 38 },
  { number: 'F-2026-026', client: 'lefevre', amount: 930, issue: 10, due: 40 },
  { number: 'F-2026-027', client: 'dupont', amount: 3100, issue: 12, due: 42 },
  // Already 120 days overdue on the first run: an old debt, listed in Today, never chased alone.
  { number: 'F-2025-094', client: 'bernard', amount: 820, issue: -150, due: -120 },
  {
    number: 'F-2026-028',
    client: 'bernard',
    amount: 1150,
    issue: -50,
    due: -20,
    status: 'Prélèvement',
  },
  { number: 'F-2026-006', client: 'moreau', amount: 700, issue: -45, due: -15, paid: -1 },
];

function row(spec: InvoiceSpec, day0: CalendarDate): CellInput[] {
  const c: DemoClient = DEMO_CLIENTS[spec.client];
  const date = (offset: number | undefined): CellInput =>
    offset === undefined ? '' : { date: addDays(day0, offset) };
  return [
    { text: spec.number, format: '@' },
    c.name,
    c.contact,
    c.email,
    spec.amount,
    c.currency,
    date(spec.issue),
    date(spec.due),
    date(spec.paid),
    spec.paidAmount ?? (spec.paid === undefined ? '' : spec.amount),
    spec.status ?? (spec.paid === undefined ? '' : 'Payée'),
    date(spec.promise),
    c.language,
    c.country,
    c.kind,
    spec.file ?? '',
    spec.notes ?? '',
  ];
}

/** Rows a person would get wrong: each becomes a row error the user can read, never a crash. */
function malformedRows(day0: CalendarDate): CellInput[][] {
  const blank = (n: number) => Array.from({ length: n }, () => '');
  return [
    [
      'F-2026-030',
      'Traiteur Vidal',
      'Ana Vidal',
      'ana@',
      520,
      'EUR',
      { date: addDays(day0, -20) },
      { date: addDays(day0, -2) },
      ...blank(9),
    ],
    [
      'F-2026-031',
      'Traiteur Vidal',
      'Ana Vidal',
      'ana@traiteur-vidal.fr',
      '',
      'EUR',
      { date: addDays(day0, -20) },
      { date: addDays(day0, -2) },
      ...blank(9),
    ],
    [
      'F-2026-032',
      'Traiteur Vidal',
      'Ana Vidal',
      'ana@traiteur-vidal.fr',
      300,
      'EUR',
      { date: addDays(day0, -20) },
      '31/02/2026',
      ...blank(9),
    ],
    [
      { text: 'F-2026-005', format: '@' },
      'Boulangerie Lefèvre',
      'Paul Lefèvre',
      'paul@boulangerie-lefevre.fr',
      99,
      'EUR',
      '',
      { date: addDays(day0, 3) },
      ...blank(9),
    ],
  ];
}

/** The invoices tab: header, invoices, a blank line, the malformed rows and a totals line. */
export function demoInvoicesGrid(day0: CalendarDate): CellInput[][] {
  const blank = Array.from({ length: DEMO_HEADERS.length }, () => '');
  return [
    [...DEMO_HEADERS],
    ...INVOICES.map((spec) => row(spec, day0)),
    blank,
    ...malformedRows(day0),
    ['', 'Total', '', '', { formula: '=SUM(E2:E42)', value: 0 }, ...blank.slice(5)],
  ];
}
