/**
 * out/demo/index.html: the demo's sixty days in French, each message shown inline (client,
 * invoices, stage, recipients, attachment names, and the e-mail as the client sees it in a
 * sandboxed frame), with the day's events narrated from what happened. Two lists filter the
 * messages by client and by stage.
 */

import type { CalendarDate } from '../../src/core/calendar-date.ts';
import { STAGES } from '../../src/core/stage.ts';
import { stageLabel } from '../../src/core/status/status-text.ts';
import { escapeHtml } from '../services/escape-html.ts';
import type { DemoMessage } from './narration.ts';
import { narrate } from './narration.ts';
import type { DemoDay } from './run-demo.ts';
import { DEMO_CLIENTS, type DemoClientId } from './workbook.ts';

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1f2328}
h2{margin-top:1.5em;border-bottom:1px solid #d0d7de}
.events{color:#57606a;margin:.3em 0}
.filters{display:flex;gap:1em;flex-wrap:wrap;position:sticky;top:0;background:#fff;padding:.5em 0}
article{border:1px solid #d0d7de;border-radius:6px;padding:.6em .8em;margin:.8em 0}
article h3{margin:0;font-size:1em}
article.draft{border-color:#8250df}
.meta{color:#57606a;font-size:.9em;margin:.2em 0}
iframe{width:100%;height:420px;border:1px solid #d0d7de;border-radius:4px;background:#fff}
summary{cursor:pointer;color:#0969da}`;

/** Shows only the messages of the chosen client and stage, and the days that keep one. */
const FILTER_SCRIPT = `const pick=(id)=>document.getElementById(id).value;
function apply(){const c=pick('client'),s=pick('stage');
for(const a of document.querySelectorAll('article')){a.hidden=(c&&a.dataset.client!==c)||(s&&a.dataset.stage!==s)}
for(const d of document.querySelectorAll('section.day')){d.hidden=(c||s)&&!d.querySelector('article:not([hidden])')}}
document.getElementById('client').addEventListener('change',apply);
document.getElementById('stage').addEventListener('change',apply);`;

function messageCard(m: DemoMessage): string {
  const client = m.client ? DEMO_CLIENTS[m.client].name : m.message.to.join(', ');
  const stage = m.stage ? stageLabel(m.stage, 'fr') : '';
  const kind = m.kind === 'sent' ? 'Envoyé' : 'Brouillon (à relire et envoyer vous-même)';
  const attachments = m.message.attachments.map((a) => a.name);
  const body = m.message.html ?? `<pre>${escapeHtml(m.message.text)}</pre>`;
  return [
    `<article class="${m.kind}" data-client="${m.client ?? ''}" data-stage="${m.stage ?? ''}">`,
    `<h3>${escapeHtml(client)} · ${escapeHtml(stage)}</h3>`,
    `<p class="meta">${kind} · À : ${escapeHtml(m.message.to.join(', '))}${m.message.cc.length ? ` · Cc : ${escapeHtml(m.message.cc.join(', '))}` : ''}</p>`,
    `<p class="meta">Factures : ${escapeHtml(m.invoices.join(', ') || '—')} · Pièces jointes : ${escapeHtml(attachments.join(', ') || 'aucune')}</p>`,
    `<p><strong>${escapeHtml(m.message.subject)}</strong></p>`,
    '<details><summary>Voir le message</summary>',
    `<iframe sandbox="" title="${escapeHtml(m.message.subject)}" srcdoc="${escapeHtml(body)}"></iframe>`,
    '</details>',
    '</article>',
  ].join('\n');
}

export function demoPage(days: readonly DemoDay[], messages: readonly DemoMessage[]): string {
  const byDay = new Map<CalendarDate, DemoMessage[]>();
  for (const m of messages) byDay.set(m.day, [...(byDay.get(m.day) ?? []), m]);
  const sent = messages.filter((m) => m.kind === 'sent').length;
  const clients = [...new Set(messages.flatMap((m) => (m.client ? [m.client] : [])))].sort();
  const html = [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width">',
    `<title>Relance — démo</title><style>${STYLE}</style></head><body>`,
    `<h1>Relance — ${days.length} jours de relances sur le classeur de démonstration</h1>`,
    `<p>${sent} e-mails envoyés, ${messages.length - sent} brouillon(s) de mise en demeure. Chaque message est aussi dans son dossier du jour en fichier .eml.</p>`,
    '<div class="filters">',
    '<label>Client <select id="client"><option value="">Tous</option>',
    ...clients.map(
      (id: DemoClientId) => `<option value="${id}">${escapeHtml(DEMO_CLIENTS[id].name)}</option>`,
    ),
    '</select></label>',
    '<label>Étape <select id="stage"><option value="">Toutes</option>',
    ...STAGES.map((stage) => `<option value="${stage}">${stageLabel(stage, 'fr')}</option>`),
    '</select></label></div>',
  ];
  for (const day of days) {
    const list = byDay.get(day.date) ?? [];
    if (list.length === 0 && day.events.length === 0) continue;
    html.push(`<section class="day"><h2>${day.date}</h2>`);
    for (const event of day.events)
      html.push(`<p class="events">● ${escapeHtml(narrate(event, day.date, messages, 'fr'))}</p>`);
    html.push(...list.map(messageCard), '</section>');
  }
  html.push(`<script>${FILTER_SCRIPT}</script></body></html>`);
  return html.join('\n');
}
