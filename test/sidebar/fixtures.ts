import type { SettingsView } from '../../src/api/settings.ts';
import type { SetupStatus } from '../../src/api/setup.ts';
import type { SidebarState } from '../../src/api/sidebar-state.ts';
import type { TodayView } from '../../src/api/today.ts';
import type { CalendarDate } from '../../src/core/calendar-date.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';

const d = (text: string) => text as CalendarDate;

export const TODAY: TodayView = {
  today: d('2026-03-16'),
  testMode: false,
  oldDebtDays: 90,
  emails: [
    {
      clientKey: 'atelier moreau',
      client: 'Atelier Moreau',
      to: ['compta@atelier-moreau.fr'],
      cc: [],
      stage: 'r1',
      segment: 'occasional',
      keyAccount: false,
      language: 'fr',
      subject: 'Facture F-2026-014 : petit rappel',
      templateError: null,
      sentIn: null,
      invoices: [
        {
          number: 'F-2026-014',
          balance: { cents: 184_000, currency: 'EUR' },
          dueDate: d('2026-03-13'),
          daysOverdue: 3,
          stage: 'r1',
          postponedFrom: null,
        },
      ],
    },
  ],
  followUps: [
    {
      kind: 'task',
      clientKey: 'boulangerie durand',
      client: 'Boulangerie Durand',
      to: ['contact@boulangerie-durand.fr'],
      stage: 'call',
      invoices: [
        {
          number: 'F-2026-003',
          balance: { cents: 62_500, currency: 'EUR' },
          dueDate: d('2026-02-14'),
          daysOverdue: 30,
          stage: 'call',
          postponedFrom: null,
        },
      ],
      templateError: null,
    },
  ],
  oldDebts: [],
  skips: [
    {
      number: 'F-2026-011',
      client: 'Studio Lumen',
      clientKey: 'studio lumen',
      reason: { code: 'client_replied', on: d('2026-03-12'), until: d('2026-03-19') },
      reasonText: {
        fr: "En pause : le client a répondu le 12 mars 2026, jusqu'au 19 mars 2026.",
        en: 'Paused: the client replied on 12 March 2026, until 19 March 2026.',
      },
      nextStage: 'r2',
      nextDate: d('2026-03-19'),
    },
    {
      number: 'F-2026-008',
      client: 'Garage Petit',
      clientKey: 'garage petit',
      reason: { code: 'disputed' },
      reasonText: { fr: 'Contestée : traitez le litige.', en: 'Disputed: handle the dispute.' },
      nextStage: null,
      nextDate: null,
    },
  ],
  rowProblems: [
    {
      row: 14,
      invoiceNumber: 'F-2026-015',
      message: {
        fr: "Ligne 14 : l'adresse e-mail « jean@ » n'est pas valide.",
        en: "Row 14: e-mail address 'jean@' is not valid.",
      },
    },
  ],
  totals: { emails: 1, followUps: 1, oldDebts: 0, skips: 2 },
  unknownClientKind: 0,
  autoReplies: [],
  forecast: [
    { date: d('2026-03-17'), emails: 0, followUps: 0, clients: [] },
    { date: d('2026-03-18'), emails: 1, followUps: 0, clients: ['Studio Lumen'] },
  ],
  lastRun: {
    at: '2026-03-13T08:04:00.000Z',
    sent: 3,
    testSent: 0,
    drafted: 0,
    tasks: 1,
    failed: 0,
    carriedOver: 0,
    failures: [],
  },
};

export const SETTINGS_VIEW: SettingsView = {
  settings: {
    ...DEFAULT_SETTINGS,
    senderName: 'Claire Martin',
    replyTo: 'claire@martin-design.fr',
  },
  storage: {
    state: 'ok',
    savedAt: '2026-03-01T09:12:00.000Z',
    savedBy: 'claire@martin-design.fr',
    lastGoodAt: '2026-03-01T09:12:00.000Z',
  },
  automation: {
    wanted: true,
    installed: true,
    owner: 'claire@martin-design.fr',
    ownedByMe: true,
    sendHour: 9,
    timeZone: 'Europe/Paris',
  },
  lastRun: TODAY.lastRun,
  rates: {
    refreshed: [
      { series: 'ecb_mro', on: '2026-03-02' },
      { series: 'boe_base', on: '2026-03-02' },
    ],
    failures: [],
    toAsk: [],
  },
};

export const SETUP: SetupStatus = {
  sheetNames: ['Factures 2026', 'Clients'],
  invoicesSheet: 'Factures 2026',
  headers: ['N° facture', 'Client', 'E-mail', 'Montant TTC', 'Échéance', 'Payée le'],
  columns: [
    { field: 'number', required: true, header: 'N° facture', overridden: false, ambiguous: [] },
    { field: 'client', required: true, header: 'Client', overridden: false, ambiguous: [] },
    { field: 'email', required: true, header: 'E-mail', overridden: false, ambiguous: [] },
    { field: 'amount', required: true, header: null, overridden: false, ambiguous: [] },
    { field: 'dueDate', required: true, header: 'Échéance', overridden: false, ambiguous: [] },
    { field: 'paidDate', required: false, header: 'Payée le', overridden: false, ambiguous: [] },
  ],
  invoiceCount: 0,
  rowErrorCount: 12,
  tabsReady: false,
  testMode: true,
  testSentAt: null,
  automation: {
    wanted: false,
    installed: false,
    owner: null,
    ownedByMe: false,
    sendHour: 9,
    timeZone: 'Europe/Paris',
  },
  userEmail: 'claire@martin-design.fr',
  signature: {
    senderName: 'Claire Martin',
    senderContact: '06 12 34 56 78',
    senderCompany: '',
    suggestedName: 'Claire',
  },
  quotes: {
    sheet: null,
    chosen: false,
    headers: [],
    columns: [],
    read: null,
    problem: null,
  },
  defaultCustomerKind: 'unknown',
};

export const STATE: SidebarState = {
  language: 'fr',
  firstView: 'today',
  setup: {
    ...SETUP,
    columns: SETUP.columns.map((c) => ({ ...c, header: c.header ?? 'Montant TTC' })),
    tabsReady: true,
    testMode: false,
    testSentAt: '2026-03-10T10:00:00.000Z',
    invoiceCount: 12,
    rowErrorCount: 1,
  },
  settings: SETTINGS_VIEW,
  today: TODAY,
};
