/**
 * A corpus of bad inputs a real sheet holds sooner or later: rows, templates, settings, tabs.
 * Each one gives a specific message a person understands, where they will look for it (the run's
 * report, the row's status note, the log), and never crashes the run: the good invoice beside
 * the bad one is still reminded when the run can go on.
 */
import { describe, expect, it } from 'vitest';
import type { CellInput } from '../../local/services/spreadsheet/cell.ts';
import { d, type Scenario, scenario, tabData } from './support/world.ts';

const H = [
  'N° facture',
  'Client',
  'E-mail',
  'Montant',
  'Échéance',
  'Date de facture',
  'Montant payé',
  'Devise',
];
const GOOD: CellInput[] = [
  'F-2026-001',
  'Atelier Dupont',
  'compta@atelier-dupont.fr',
  1200,
  d('2026-02-26'),
  d('2026-01-27'),
  '',
  'EUR',
];
const row = (patch: Partial<Record<number, CellInput>>): CellInput[] => {
  const r: CellInput[] = [
    'F-2026-002',
    'Studio Lumière',
    'factures@studio-lumiere.fr',
    450,
    d('2026-02-26'),
    d('2026-01-27'),
    '',
    'EUR',
  ];
  for (const [i, v] of Object.entries(patch)) r[Number(i)] = v as CellInput;
  return r;
};

type Report = {
  status: string;
  stop: { code: string; message: { fr: string; en: string } } | null;
  failures: string[];
  rowErrorMessages: string[];
  sent: number;
  testSent: number;
};

/** Everything the user can read after a run. */
function messages(s: Scenario, report: Report): string {
  const invoicesTab = s.runtime.spreadsheets
    .get(s.spreadsheetId)
    .sheets.find((t) => t.name === 'Factures' && !t.deleted);
  const notes = invoicesTab ? s.values().flatMap((r) => r.map(String)) : [];
  const log = s.logRows().map((r) => r.detail);
  return [
    report.stop?.message.fr ?? '',
    report.stop?.message.en ?? '',
    ...report.failures,
    ...report.rowErrorMessages,
    ...notes,
    ...log,
  ].join('\n');
}

function run(s: Scenario): Report {
  s.at('2026-03-02');
  return s.inDoc('runRemindersNow') as Report;
}

const tab = tabData;

/** Deletes a tab as the user would (Sheets keeps no trace of it). */
function deleteTab(s: Scenario, prefix: string): void {
  const book = s.runtime.spreadsheets.get(s.spreadsheetId);
  book.sheets = book.sheets.filter((t) => !t.name.startsWith(prefix));
}

interface Case {
  readonly name: string;
  readonly rows?: CellInput[][];
  readonly setUp?: boolean;
  readonly alter?: (s: Scenario) => void;
  readonly tabs?: Record<string, CellInput[][]>;
  readonly expect: RegExp;
  /** Whether the good invoice still goes out. */
  readonly goodSent?: boolean;
}

const rowCases: Case[] = [
  { name: 'invalid e-mail', rows: [row({ 2: 'jean@' })], expect: /jean@.*n'est pas valide/ },
  {
    name: 'one invalid address in a list',
    rows: [row({ 2: 'a@lumiere.fr; compta@' })],
    expect: /compta@.*n'est pas valide/,
  },
  { name: 'missing amount', rows: [row({ 3: '' })], expect: /« Montant » est vide/ },
  {
    name: 'amount in words',
    rows: [row({ 3: 'douze cents' })],
    expect: /douze cents.*n'est pas valide/,
  },
  {
    name: 'negative amount',
    rows: [row({ 3: -50 })],
    expect: /négatif ; un avoir ne se relance pas/,
  },
  {
    name: 'impossible due date',
    rows: [row({ 4: '31/02/2026' })],
    expect: /31\/02\/2026.*n'est pas valide/,
  },
  { name: 'missing due date', rows: [row({ 4: '' })], expect: /« Échéance » est vide/ },
  { name: 'due date in words', rows: [row({ 4: 'bientôt' })], expect: /bientôt.*n'est pas valide/ },
  {
    name: 'due date before issue date',
    rows: [row({ 4: d('2026-01-10') })],
    expect: /précède la date d'émission/,
  },
  {
    name: 'duplicate invoice number (both rows wait)',
    rows: [row({ 0: 'F-2026-001' })],
    expect: /figure sur les lignes 2 et 3 ; cette facture n’est pas relancée/,
    goodSent: false,
  },
  {
    name: 'paid more than the amount',
    rows: [row({ 6: 900 })],
    expect: /dépasse le montant de la facture/,
  },
  {
    name: 'formula error in the amount',
    rows: [row({ 3: { formula: '=1/0', value: '#DIV/0!' } })],
    expect: /erreur de formule « #DIV\/0! »/,
  },
  {
    name: 'huge cell in the e-mail column',
    rows: [row({ 2: 'x'.repeat(50_000) })],
    expect: /n'est pas valide/,
  },
  { name: 'checkbox in the amount column', rows: [row({ 3: true })], expect: /n'est pas valide/ },
  {
    name: 'date in the e-mail column',
    rows: [row({ 2: d('2026-02-01') })],
    expect: /n'est pas valide/,
  },
  { name: 'missing client', rows: [row({ 1: '' })], expect: /« Client » est vide/ },
  { name: 'missing invoice number', rows: [row({ 0: '' })], expect: /« N° facture » est vide/ },
  {
    name: 'amount in another currency',
    rows: [row({ 3: '£200' })],
    expect: /n'est pas dans la devise de la facture/,
  },
  { name: 'unknown currency code', rows: [row({ 7: 'ZZZ' })], expect: /ZZZ.*n'est pas valide/ },
  {
    name: 'invoice number that looks like a formula',
    rows: [row({ 0: { text: '=A1', format: '@' }, 2: 'bad@' })],
    expect: /bad@.*n'est pas valide/,
  },
];

/** A wider sheet: every optional column Relance reads, for the cases on those columns. */
const WIDE_H = [
  ...H,
  'Statut',
  'Langue',
  'Pays',
  'CC',
  'Lien de paiement',
  'Segment',
  'Ne pas relancer',
  'Promesse de paiement',
  'Date de paiement',
  'Type de client',
  'Facture PDF',
];
const WIDE_GOOD: CellInput[] = [...GOOD, '', 'fr', 'FR', '', '', '', '', '', '', 'B2B', ''];
const wide = (patch: Partial<Record<number, CellInput>>): CellInput[] => {
  const r: CellInput[] = [...row({}), '', 'fr', 'FR', '', '', '', '', '', '', 'B2B', ''];
  for (const [i, v] of Object.entries(patch)) r[Number(i)] = v as CellInput;
  return r;
};
const wideCase = (
  name: string,
  patch: Partial<Record<number, CellInput>>,
  expect: RegExp,
): Case => ({
  name,
  rows: [WIDE_H, WIDE_GOOD, wide(patch)],
  expect,
});
const crowd = (n: number) =>
  Array.from({ length: n }, (_, i) => `c${i}@studio-lumiere.fr`).join(', ');

const wideCases: Case[] = [
  wideCase('unknown status', { 8: 'Bof' }, /statut « Bof ».*n'est pas valide/),
  wideCase('unknown language', { 9: 'klingon' }, /langue « klingon ».*n'est pas valide/),
  wideCase('unknown country', { 10: 'Atlantide' }, /pays « Atlantide ».*n'est pas valide/),
  wideCase('invalid CC address', { 11: 'copie@' }, /copie@.*n'est pas valide/),
  wideCase(
    'payment link without https',
    { 12: 'javascript:alert(1)' },
    /lien de paiement.*n'est pas valide/,
  ),
  wideCase('unknown segment', { 13: 'VIP+++' }, /segment « VIP\+\+\+ ».*n'est pas valide/),
  wideCase('do-not-remind value in words', { 14: 'peut-être' }, /peut-être.*n'est pas valide/),
  wideCase('impossible promise date', { 15: '2026-13-45' }, /2026-13-45.*n'est pas valide/),
  wideCase('payment date in words', { 16: 'hier' }, /date de paiement « hier ».*n'est pas valide/),
  wideCase(
    'unknown client type',
    { 17: 'martien' },
    /type de client « martien ».*n'est pas valide/,
  ),
  wideCase(
    'file link to another site',
    { 18: 'https://example.com/facture.pdf' },
    /fichier de la facture.*n'est pas valide/,
  ),
  wideCase('more CC addresses than the sane limit', { 11: crowd(25) }, /25 adresses ; au plus 20/),
  wideCase(
    'formula error in the CC column',
    { 11: { formula: '=A1+', value: '#ERROR!' } },
    /erreur de formule « #ERROR! »/,
  ),
];

const moreRowCases: Case[] = [
  {
    name: 'invoice number longer than the sane length',
    rows: [row({ 0: `F-${'7'.repeat(150)}` })],
    expect: /numéro de facture.*trop long \(plus de 100 caractères\)/,
  },
  {
    name: 'e-mail cell with more recipients than a day of quota',
    rows: [row({ 2: crowd(120) })],
    expect: /120 adresses ; au plus 20/,
  },
  {
    name: 'duplicate number differing only by case',
    rows: [row({ 0: 'f-2026-001' })],
    expect: /lignes 2 et 3 ; cette facture n’est pas relancée/,
    goodSent: false,
  },
  {
    name: 'duplicate number with a zero-width space',
    rows: [row({ 0: 'F-2026-001\u200b' })],
    expect: /lignes 2 et 3/,
    goodSent: false,
  },
  {
    name: 'duplicate number with a non-breaking space',
    rows: [row({ 0: 'F-2026-\u00a0001' })],
    expect: /lignes 2 et 3/,
    goodSent: false,
  },
  {
    name: 'invoice number holding a comma is still one invoice',
    rows: [row({ 0: 'F-2026-002, avoir' })],
    expect: /F-2026-002, avoir/,
  },
  {
    name: 'invoice number holding a line break is still one invoice',
    rows: [row({ 0: 'F-2026-002\nsolde' })],
    expect: /status=completed; sent=2/,
  },
  {
    name: 'invoice number that looks like a JSON list',
    rows: [row({ 0: '["F-1","F-2"]' })],
    expect: /status=completed; sent=2/,
  },
  {
    name: 'amount as text with letters',
    rows: [row({ 3: '450 euros environ' })],
    expect: /n'est pas valide/,
  },
  {
    name: 'amount with two decimal separators',
    rows: [row({ 3: '1.234.5,6,7' })],
    expect: /n'est pas valide/,
  },
  {
    name: 'amount paid in words',
    rows: [row({ 6: 'la moitié' })],
    expect: /montant payé « la moitié ».*n'est pas valide/,
  },
  {
    name: 'negative amount paid',
    rows: [row({ 6: -10 })],
    expect: /montant payé « -10 ».*négatif/,
  },
  {
    name: 'impossible issue date',
    rows: [row({ 5: '2026-02-30' })],
    expect: /2026-02-30.*n'est pas valide/,
  },
  {
    name: 'due date 31 April',
    rows: [row({ 4: '31/04/2026' })],
    expect: /31\/04\/2026.*n'est pas valide/,
  },
  {
    name: 'e-mail with a display name but no address',
    rows: [row({ 2: 'Jean Dupont <>' })],
    expect: /n'est pas valide/,
  },
  {
    name: 'e-mail with two @',
    rows: [row({ 2: 'a@@lumiere.fr' })],
    expect: /a@@lumiere.fr.*n'est pas valide/,
  },
  {
    name: 'e-mail header injection attempt',
    rows: [row({ 2: 'x@lumiere.fr\nBcc: evil@spam.io' })],
    expect: /Bcc:.*n'est pas valide/,
  },
  {
    name: 'client is a formula error',
    rows: [row({ 1: { formula: '=B1/0', value: '#DIV/0!' } })],
    expect: /erreur de formule « #DIV\/0! »/,
  },
  {
    name: 'currency symbol of another currency in the amount',
    rows: [row({ 3: '$450' })],
    expect: /n'est pas dans la devise de la facture/,
  },
  { name: 'client name as a checkbox', rows: [row({ 1: true })], expect: /n'est pas valide/ },
  {
    name: 'invoice number as a date cell',
    rows: [row({ 0: d('2026-02-01') })],
    expect: /n'est pas valide/,
  },
  {
    name: 'amount of zero-width characters only',
    rows: [row({ 3: '\u200b\u200b' })],
    expect: /Montant/,
  },
  {
    name: 'recipient cell exactly at the sane limit is accepted',
    rows: [row({ 2: crowd(20) })],
    expect: /status=completed; sent=2/,
  },
  {
    name: 'recipient cell one over the sane limit',
    rows: [row({ 2: crowd(21) })],
    expect: /21 adresses ; au plus 20/,
  },
];

function editTemplate(
  column: number,
  value: CellInput,
  stage = 'r1',
  segment = 'any',
): (s: Scenario) => void {
  return (s) => {
    const name = tab(s, 'Relance · modèles').name;
    s.values(name).forEach((r, i) => {
      if (r[0] === stage && r[2] === 'fr' && (segment === 'any' || r[1] === segment))
        s.runtime.spreadsheets.setCells(s.spreadsheetId, name, i + 1, column, [[value]]);
    });
  };
}

const templateCases: Case[] = [
  {
    name: 'unknown placeholder',
    alter: editTemplate(5, 'Rappel {{clinet}}'),
    expect: /clinet/,
    goodSent: false,
  },
  {
    name: 'unbalanced braces',
    alter: editTemplate(6, 'Bonjour {{client,\n\nmerci'),
    expect: /\{\{client/,
    goodSent: false,
  },
  { name: 'empty subject', alter: editTemplate(5, ''), expect: /objet|subject/i, goodSent: false },
  {
    name: 'every r1 template inactive',
    alter: editTemplate(7, false),
    expect: /Aucun modèle actif pour l’étape r1/,
    goodSent: false,
  },
  {
    name: 'templates header renamed',
    alter: (s) =>
      s.runtime.spreadsheets.setCells(s.spreadsheetId, tab(s, 'Relance · modèles').name, 1, 1, [
        ['Phase', 'Public', 'Idiome'],
      ]),
    expect: /Aucun modèle actif/,
    goodSent: false,
  },
  {
    name: 'templates tab deleted',
    alter: (s) => deleteTab(s, 'Relance · modèles'),
    expect: /onglet des modèles est introuvable/,
    goodSent: false,
  },
  {
    name: 'templates tab renamed (still found by its id)',
    alter: (s) => {
      tab(s, 'Relance · modèles').name = 'Mes modèles';
    },
    expect: /Relance 1/,
    goodSent: true,
  },
];

/** Rewrites the settings record Relance keeps in the spreadsheet, as another program could. */
function editRecord(s: Scenario, edit: (record: Record<string, unknown>) => unknown): void {
  const book = s.runtime.spreadsheets;
  const record = JSON.parse(book.metadataValue(s.spreadsheetId, 'relance.settings') ?? '{}');
  const next = edit(record);
  book.setMetadataValue(
    s.spreadsheetId,
    'relance.settings',
    typeof next === 'string' ? next : JSON.stringify(next),
  );
}

const DAMAGED = /réglages enregistrés dans la feuille sont endommagés/;

const settingsCases: Case[] = [
  {
    name: 'stored settings cut in the middle: damaged, nothing sent',
    alter: (s) => editRecord(s, (r) => JSON.stringify(r).slice(0, 40)),
    expect: DAMAGED,
    goodSent: false,
  },
  {
    name: 'a stored setting edited outside Relance: damaged, nothing sent',
    alter: (s) =>
      editRecord(s, (r) => ({
        ...r,
        settings: { ...(r.settings as object), minGapDays: -3, testMode: false },
      })),
    expect: DAMAGED,
    goodSent: false,
  },
  {
    name: 'stored settings of another shape: damaged, nothing sent',
    alter: (s) => editRecord(s, () => ({ version: 1, testMode: false })),
    expect: DAMAGED,
    goodSent: false,
  },
  {
    name: 'stored settings emptied while the last good copy remains: damaged',
    alter: (s) => editRecord(s, () => ''),
    expect: DAMAGED,
    goodSent: false,
  },
  { name: 'never set up', setUp: false, expect: /pas encore configuré/, goodSent: false },
  {
    name: 'settings name a tab that does not exist',
    alter: (s) => s.saveSettings({ invoicesSheet: 'Factures 2025' }),
    expect: /onglet des factures est introuvable/,
    goodSent: false,
  },
];

const tabCases: Case[] = [
  {
    name: 'invoices tab renamed',
    alter: (s) => {
      tab(s, 'Factures').name = 'Invoices';
    },
    expect: /onglet des factures est introuvable/,
    goodSent: false,
  },
  {
    name: 'invoices tab deleted',
    alter: (s) => deleteTab(s, 'Factures'),
    expect: /onglet des factures est introuvable/,
    goodSent: false,
  },
  {
    name: 'log tab deleted',
    alter: (s) => deleteTab(s, 'Relance · journal'),
    expect: /onglet du journal est introuvable/,
    goodSent: false,
  },
  {
    name: 'log header overwritten',
    alter: (s) => {
      s.runtime.spreadsheets.setCells(s.spreadsheetId, tab(s, 'Relance · journal').name, 1, 1, [
        ['Notes', 'Divers', 'Autre', 'X', 'Y'],
      ]);
      s.runtime.spreadsheets.setCells(s.spreadsheetId, tab(s, 'Relance · journal').name, 2, 1, [
        ['a', 'b', 'c'],
      ]);
    },
    expect: /en-tête du journal a été modifié/,
    goodSent: false,
  },
  {
    name: 'duplicated e-mail header',
    rows: [[...H.slice(0, 7), 'E-mail'], GOOD],
    expect: /Aucun onglet de factures reconnu/,
    goodSent: false,
  },
  {
    name: 'missing due date column',
    rows: [H.slice(0, 4), GOOD.slice(0, 4)],
    expect: /Aucun onglet de factures reconnu/,
    goodSent: false,
  },
  {
    name: 'merged client and e-mail headers',
    rows: [['N° facture', 'Client / E-mail', '', 'Montant', 'Échéance'], GOOD.slice(0, 5)],
    expect: /Aucun onglet de factures reconnu/,
    goodSent: false,
  },
  { name: 'only a header row', rows: [H], expect: /status=completed; sent=0/, goodSent: false },
  {
    name: 'blank invoices tab beside a tab of notes',
    rows: [[]],
    tabs: { Notes: [['Relancer Dupont par téléphone']] },
    expect: /Aucun onglet de factures reconnu/,
    goodSent: false,
  },
  {
    name: 'a valid formula amount is read',
    rows: [H, row({ 3: { formula: '=2*225', value: 450 } })],
    expect: /Relance 1/,
    goodSent: false,
  },
  {
    name: 'a totals line is not an invoice',
    rows: [H, GOOD, ['', 'Total', '', 1200, '']],
    expect: /status=completed; sent=1/,
  },
  {
    name: 'blank rows between invoices',
    rows: [H, [], GOOD, [], []],
    expect: /status=completed; sent=1/,
  },
];

function build(c: Case): { s: Scenario; report: Report } {
  const rows = c.rows ?? [H, GOOD, ...(c.rows ?? [])];
  const s = scenario({ rows, setUp: c.setUp, ...(c.tabs ? { tabs: c.tabs } : {}) });
  c.alter?.(s);
  return { s, report: run(s) };
}

describe('bad inputs give a specific message and never crash the run', () => {
  const all: [string, Case][] = [
    ...[...rowCases, ...moreRowCases].map((c): [string, Case] => [
      `row: ${c.name}`,
      { ...c, rows: [H, GOOD, ...(c.rows ?? [])], goodSent: c.goodSent ?? true },
    ]),
    ...wideCases.map((c): [string, Case] => [
      `row: ${c.name}`,
      { ...c, goodSent: c.goodSent ?? true },
    ]),
    ...templateCases.map((c): [string, Case] => [`template: ${c.name}`, c]),
    ...settingsCases.map((c): [string, Case] => [`settings: ${c.name}`, c]),
    ...tabCases.map((c): [string, Case] => [`tab: ${c.name}`, c]),
  ];

  it('has at least eighty cases', () => {
    expect(all.length).toBeGreaterThanOrEqual(80);
  });

  it.each(all)('%s', (_name, c) => {
    const { s, report } = build(c);
    expect(messages(s, report)).toMatch(c.expect);
    const clients = s.sent().filter((m) => !m.to.includes(s.user));
    if (c.goodSent) expect(clients.map((m) => m.to.join())).toContain('compta@atelier-dupont.fr');
    for (const m of s.mailbox.sent())
      for (const to of m.to) expect(to).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
  });
});
