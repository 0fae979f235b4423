import { describe, expect, it } from 'vitest';
import type { SidebarSnapshot } from '../../src/app/sidebar/sidebar-snapshot.ts';
import { sidebarState, statistics, templatesView } from '../../src/app/sidebar/sidebar-views.ts';
import { type CalendarDate, isoDayOfWeek } from '../../src/core/calendar-date.ts';
import { detectColumns } from '../../src/core/columns/detect-columns.ts';
import type { Invoice } from '../../src/core/invoice.ts';
import { NO_FETCHED_RATES } from '../../src/core/rates/rate-refresh.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings-defaults.ts';
import { DEFAULT_TEMPLATES } from '../../src/core/templates/defaults.ts';
import { invoice } from '../core/fixtures/invoices.ts';

const d = (text: string) => text as CalendarDate;
const HEADERS = ['N° facture', 'Client', 'E-mail', 'Montant TTC', 'Échéance'];

const moreau: Invoice = invoice({
  row: 2,
  number: 'F-2026-014',
  client: 'Atelier Moreau',
  emails: ['compta@atelier-moreau.fr'],
  contactName: null,
  amountCents: 184_000,
  amountPaidCents: 0,
  issueDate: '2026-02-11',
  dueDate: '2026-03-13',
  language: 'fr',
  country: 'FR',
});

function snapshot(changes: Partial<SidebarSnapshot> = {}): SidebarSnapshot {
  return {
    today: d('2026-03-16'),
    settings: { ...DEFAULT_SETTINGS, invoicesSheet: 'Factures', senderName: 'Claire Martin' },
    fetchedRates: NO_FETCHED_RATES,
    configured: true,
    calendar: { isBusinessDay: (date) => isoDayOfWeek(date) <= 5, holidayName: () => null },
    sheetNames: ['Factures'],
    invoicesSheet: 'Factures',
    headers: HEADERS,
    mapping: detectColumns(HEADERS, {}),
    invoices: [moreau],
    rowErrors: [],
    log: [],
    templates: { templates: [...DEFAULT_TEMPLATES], errors: [] },
    templatesTabExists: true,
    logTabExists: true,
    testSentAt: null,
    automation: { wanted: false, installed: false, sendHour: 9, timeZone: 'Europe/Paris' },
    lastRun: null,
    userEmail: 'claire@martin-design.fr',
    uiLanguage: 'fr',
    ...changes,
  };
}

describe('the state sent when the sidebar opens', () => {
  it('plans today with the templates of the tab and renders each subject', () => {
    const state = sidebarState(snapshot());
    const email = state.today?.emails[0];
    expect(email?.client).toBe('Atelier Moreau');
    expect(email?.stage).toBe('r1');
    expect(email?.subject).toContain('F-2026-014');
    expect(state.today?.forecast).toHaveLength(7);
  });

  it('opens the guide until the daily run is live', () => {
    expect(sidebarState(snapshot()).firstView).toBe('start');
    const live = snapshot({
      settings: { ...DEFAULT_SETTINGS, testMode: false, invoicesSheet: 'Factures' },
      automation: { wanted: true, installed: true, sendHour: 9, timeZone: 'Europe/Paris' },
    });
    expect(sidebarState(live).firstView).toBe('today');
  });

  it('names the header used for each field and the required ones missing', () => {
    const headers = ['Numéro', 'Client', 'Échéance'];
    const setup = sidebarState(snapshot({ headers, mapping: detectColumns(headers, {}) })).setup;
    const byField = Object.fromEntries(setup.columns.map((c) => [c.field, c.header]));
    expect(byField.number).toBe('Numéro');
    expect(byField.dueDate).toBe('Échéance');
    expect(byField.email).toBeNull();
    expect(setup.columns.find((c) => c.field === 'email')?.required).toBe(true);
  });

  it('has no Today view before an invoices tab is read', () => {
    expect(sidebarState(snapshot({ invoicesSheet: null, mapping: null })).today).toBeNull();
  });

  it('says why a message cannot be rendered when no template is active', () => {
    const state = sidebarState(snapshot({ templates: { templates: [], errors: [] } }));
    expect(state.today?.emails[0]?.subject).toBeNull();
    expect(state.today?.emails[0]?.templateError).toBe('Aucun modèle actif pour cette étape.');
  });

  it('crosses the bridge as plain JSON', () => {
    const state = sidebarState(snapshot());
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('views loaded on demand', () => {
  it('computes statistics over the sheet and the log', () => {
    const stats = statistics(snapshot());
    expect(stats.byCurrency[0]).toMatchObject({
      currency: 'EUR',
      outstandingCents: 184_000,
      overdueCents: 184_000,
    });
  });

  it('lists every template of the tab', () => {
    expect(templatesView(snapshot()).templates).toHaveLength(DEFAULT_TEMPLATES.length);
  });
});
