/**
 * `npm run demo`: the daily job on a realistic sample workbook, without a Google account.
 *
 * Loads the compiled add-on (dist/, built by `npm run build`) into the offline Apps Script
 * runtime, sets it up on the demo workbook (local/demo/), goes live, and lets the daily trigger
 * run over 60 simulated days while clients pay, reply and promise (local/demo/scenario.ts).
 * Every e-mail it sends is written to out/demo/ as an .eml file a mail client opens, with an
 * index.html showing each message inline by day (local/demo/demo-page.ts); a summary table is
 * printed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoPage } from '../local/demo/demo-page.ts';
import { describeMessages, narrate } from '../local/demo/narration.ts';
import { runDemo } from '../local/demo/run-demo.ts';
import type { MessageRecord } from '../local/services/gmail/mailbox.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'demo');

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}

function dayOf(message: MessageRecord): string {
  return message.date.toISOString().slice(0, 10);
}

function pad(text: string, width: number): string {
  return text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);
}

function main(): void {
  const days = Number(process.env.DEMO_DAYS ?? 60);
  const result = runDemo({ distDir: join(root, 'dist'), days });
  const { addon } = result;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const entries: { day: string; file: string; kind: string; m: MessageRecord }[] = [];
  const write = (m: MessageRecord, kind: 'sent' | 'draft', index: number) => {
    const day = dayOf(m);
    const file = `${day}/${String(index).padStart(2, '0')}-${kind}-${slug(m.to.join(' '))}.eml`;
    mkdirSync(join(outDir, day), { recursive: true });
    writeFileSync(join(outDir, file), addon.mailbox.toEml(m.id));
    entries.push({ day, file, kind, m });
  };
  const perDay = new Map<string, number>();
  for (const m of result.messages) {
    const n = (perDay.get(dayOf(m)) ?? 0) + 1;
    perDay.set(dayOf(m), n);
    write(m, 'sent', n);
  }
  for (const d of result.drafts) {
    const n = (perDay.get(dayOf(d)) ?? 0) + 1;
    perDay.set(dayOf(d), n);
    write(d, 'draft', n);
  }
  entries.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.file < b.file ? -1 : 1));

  const byDay = new Map<string, typeof entries>();
  for (const e of entries) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
  const described = describeMessages(result.messages, result.drafts, result.logRows);
  writeFileSync(join(outDir, 'index.html'), demoPage(result.days, described));

  console.log(
    '\nRelance demo — the daily run over',
    result.days.length,
    'days (offline runtime)\n',
  );
  console.log(`${pad('Day', 11)} ${pad('Sent', 5)} ${pad('Drafts', 7)} Messages / events`);
  for (const day of result.days) {
    const list = byDay.get(day.date) ?? [];
    const sent = list.filter((e) => e.kind === 'sent').length;
    const drafts = list.length - sent;
    if (list.length === 0 && day.events.length === 0 && day.outcome !== 'threw') continue;
    const lines = [
      ...day.events.map((e) => `● ${narrate(e, day.date, described, 'en')}`),
      ...list.map(
        (e) => `${e.kind === 'sent' ? '→' : '✎'} ${pad(e.m.to.join(', '), 34)} ${e.m.subject}`,
      ),
      ...(day.outcome === 'threw' ? [`!! run failed: ${day.error}`] : []),
    ];
    lines.forEach((line, i) => {
      const head =
        i === 0
          ? `${pad(day.date, 11)} ${pad(String(sent), 5)} ${pad(String(drafts), 7)}`
          : ' '.repeat(25);
      console.log(`${head} ${line}`);
    });
  }
  const failedRuns = result.days.filter((d) => d.outcome === 'threw').length;
  console.log(
    `\n${result.messages.length} e-mails, ${result.drafts.length} draft(s), ${failedRuns} failed run(s).`,
  );
  console.log(`E-mails: ${join('out', 'demo')}/ — open out/demo/index.html\n`);
  if (failedRuns > 0) process.exitCode = 1;
}

main();
