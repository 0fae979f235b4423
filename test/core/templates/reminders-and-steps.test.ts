/**
 * What a message says came before it (earlier reminders) and will follow it (any step, the call,
 * the formal notice) is true of every invoice it lists: `{{previous_reminders}}`,
 * `{{next_step_date}}`, `{{call_date}}`, `{{notice_date}}`, inverted sections, and the check of a
 * template's own fixed claims.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../src/core/templates/defaults.ts';
import { unsentReminderClaims } from '../../../src/core/templates/reminder-claims.ts';
import type { RenderContext } from '../../../src/core/templates/render-context.ts';
import { renderMessage } from '../../../src/core/templates/render-message.ts';
import type { TemplateRow } from '../../../src/core/templates/template-row.ts';
import { day, englishUK, frenchB2B, row } from './fixtures.ts';

const single: RenderContext = { ...frenchB2B, invoices: frenchB2B.invoices.slice(0, 1) };

function rendered(template: TemplateRow, context: RenderContext) {
  const result = renderMessage(template, context);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('\n'));
  return result;
}

const text = (body: string, context: RenderContext) =>
  rendered(row({ subject: 'S', body, language: context.language }), context).text;

describe('{{previous_reminders}}', () => {
  it.each([
    [0, frenchB2B, ''],
    [1, frenchB2B, 'mon précédent rappel'],
    [2, frenchB2B, 'mes précédents rappels'],
    [3, frenchB2B, 'mes précédents rappels'],
    [1, englishUK, 'my previous reminder'],
    [2, englishUK, 'my previous reminders'],
  ] as const)('after %i reminders sent: “%s”', (sent, context, expected) => {
    expect(text('«{{previous_reminders}}»', { ...context, remindersSent: sent })).toBe(
      `«${expected}»`,
    );
  });

  it('is empty without a count (a preview without history)', () => {
    const { remindersSent: _, ...unknown } = frenchB2B;
    expect(text('«{{rappels_precedents}}»', unknown)).toBe('«»');
  });

  it('chooses between a section and its inverted section', () => {
    const body =
      '{{#previous_reminders}}Malgré {{previous_reminders}}, la facture{{/previous_reminders}}{{^previous_reminders}}La facture{{/previous_reminders}} {{invoice_number}} reste impayée.';
    expect(text(body, { ...single, remindersSent: 0 })).toBe(
      'La facture F-2026-014 reste impayée.',
    );
    expect(text(body, { ...single, remindersSent: 1 })).toBe(
      'Malgré mon précédent rappel, la facture F-2026-014 reste impayée.',
    );
  });

  it('drops a line that held only a dropped inverted section, leaving no blank line', () => {
    const body = 'Bonjour,\n{{^previous_reminders}}Premier message.{{/previous_reminders}}\nMerci.';
    expect(text(body, { ...single, remindersSent: 2 })).toBe('Bonjour,\nMerci.');
  });
});

describe('{{call_date}} and {{notice_date}}', () => {
  it('give the day of each step ahead, and nothing when it is not ahead', () => {
    expect(text('{{call_date}} / {{notice_date}}', frenchB2B)).toBe('28 avril 2026 / 13 mai 2026');
    expect(text('{{date_appel}} / {{notice_date}}', englishUK)).toBe('28 April 2026 / 13 May 2026');
    const body =
      'A{{#call_date}} appel{{/call_date}}{{#notice_date}} mise en demeure{{/notice_date}}.';
    expect(text(body, { ...frenchB2B, callOn: null, noticeOn: null })).toBe('A.');
    expect(text(body, { ...frenchB2B, callOn: null })).toBe('A mise en demeure.');
  });
});

describe('{{next_step_date}}', () => {
  it('gives the day of the next step of any kind, and nothing when no step follows', () => {
    expect(text('{{next_step_date}}', frenchB2B)).toBe('28 avril 2026');
    expect(
      text('{{date_etape_suivante}}', { ...englishUK, nextStepAheadOn: day('2026-04-21') }),
    ).toBe('21 April 2026');
    const body = 'A.{{#next_step_date}} La procédure suivra son cours.{{/next_step_date}}';
    expect(text(body, { ...frenchB2B, nextStepAheadOn: null })).toBe('A.');
    expect(text(body, frenchB2B)).toBe('A. La procédure suivra son cours.');
  });
});

describe('a template’s own claim of earlier reminders', () => {
  const kept = row({
    stage: 'r3',
    subject: 'Dernier rappel avant mise en demeure – {{invoice_ref}}',
    body: 'Malgré mes précédents rappels, la facture {{invoice_number}} reste impayée.\n{{sender_name}}',
  });

  it('waits when the log shows fewer reminders than it speaks of, naming the words', () => {
    const result = renderMessage(kept, { ...single, remindersSent: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code, e.placeholder])).toEqual([
      ['body', 'unsent_reminder_claim', 'Malgré mes précédents rappels'],
    ]);
    expect(result.errors[0]?.message.en).toContain(
      '“Malgré mes précédents rappels” speaks of reminders already sent, while the log counts fewer for this message',
    );
  });

  it('counts a subject’s "Dernier rappel" as one reminder claimed', () => {
    const result = renderMessage(kept, { ...single, remindersSent: 0 });
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.placeholder])).toEqual([
      ['subject', 'Dernier rappel'],
      ['body', 'Malgré mes précédents rappels'],
    ]);
  });

  it('goes when the reminders it speaks of were sent, or when no count is known', () => {
    expect(renderMessage(kept, { ...single, remindersSent: 2 }).ok).toBe(true);
    const { remindersSent: _, ...unknown } = single;
    expect(renderMessage(kept, unknown).ok).toBe(true);
  });

  it('is not read in a section that was dropped, nor in notes outside the ladder', () => {
    const guarded = row({
      stage: 'r2',
      subject:
        '{{#previous_reminders}}Deuxième rappel{{/previous_reminders}}{{^previous_reminders}}Rappel{{/previous_reminders}}',
      body: 'Corps\n{{sender_name}}',
    });
    expect(rendered(guarded, { ...single, remindersSent: 0 }).subject).toBe('Rappel');
    const note = row({
      stage: 'plan_reminder',
      subject: 'Second reminder',
      body: '{{sender_name}}',
    });
    expect(renderMessage(note, { ...single, remindersSent: 0 }).ok).toBe(true);
  });

  it('counts {{stage}} of an r2 or r3 as the reminders its rank names', () => {
    const r2 = row({ stage: 'r2', subject: 'Ma {{stage}}', body: 'Corps\n{{sender_name}}' });
    const result = renderMessage(r2, { ...single, stage: 'r2', remindersSent: 0 });
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.placeholder])).toEqual([
      ['unsent_reminder_claim', '{{stage}}'],
    ]);
    expect(rendered(r2, { ...single, stage: 'r2', remindersSent: 1 }).subject).toBe(
      'Ma deuxième relance',
    );
  });

  it.each([
    ['Suite à mon précédent rappel', 1],
    ['après ma précédente relance', 1],
    ['Nouvelle relance', 1],
    ['Troisième relance', 2],
    ['Malgré mes relances', 2],
    ['Despite my reminders', 2],
    ['Further to my earlier reminder', 1],
    ['Second reminder', 1],
    ['Final reminder', 1],
  ] as const)('recognises “%s” as %i reminder(s) claimed', (words, needs) => {
    expect(unsentReminderClaims(words, 'r3', needs - 1).map((c) => c.needs)).toEqual([needs]);
    expect(unsentReminderClaims(words, 'r3', needs)).toEqual([]);
  });
});

describe('the default templates, whatever was skipped and whatever is switched off', () => {
  const LADDER = ['pre_due', 'r1', 'r2', 'r3', 'notice'];
  const STEP_WORDS = /appellerai|mise en demeure|call you|formal notice/i;
  /** Any promise of something after this message: a step, a follow-up, "the process goes on". */
  const PROMISES =
    /appellerai|mise en demeure|suivra son cours|reviendrai|relancerai|prochaine étape|call you|formal notice|will continue|follow up|next step/i;
  const cases = [0, 1, 2, 3].flatMap((sent) =>
    [true, false].flatMap((call) =>
      [true, false].map((notice) => ({
        sent,
        callOn: call ? day('2026-04-28') : null,
        noticeOn: notice ? day('2026-05-13') : null,
      })),
    ),
  );

  it('never claim a reminder that was not sent', () => {
    for (const template of DEFAULT_TEMPLATES.filter((t) => LADDER.includes(t.stage))) {
      const context = template.language === 'fr' ? frenchB2B : englishUK;
      for (const { sent, callOn, noticeOn } of cases) {
        const out = rendered(template, {
          ...context,
          stage: template.stage,
          remindersSent: sent,
          callOn,
          noticeOn,
        });
        const claims = unsentReminderClaims(`${out.subject}\n${out.text}`, template.stage, sent);
        expect(claims, `${template.id} after ${sent} reminder(s)`).toEqual([]);
      }
    }
  });

  it('announce a call or a formal notice only when it is ahead', () => {
    for (const template of DEFAULT_TEMPLATES.filter((t) => ['r2', 'r3'].includes(t.stage))) {
      const context = template.language === 'fr' ? frenchB2B : englishUK;
      const out = rendered(template, {
        ...context,
        stage: template.stage,
        callOn: null,
        noticeOn: null,
      });
      expect(`${out.subject}\n${out.text}`, template.id).not.toMatch(STEP_WORDS);
    }
  });

  it('promise nothing after themselves when no step follows (every later stage switched off)', () => {
    const MESSAGES = [
      'pre_due',
      'r1',
      'r2',
      'r3',
      'q_follow',
      'q_expired',
      'plan_note',
      'plan_reminder',
    ];
    const messages = DEFAULT_TEMPLATES.filter((t) => MESSAGES.includes(t.stage));
    expect(messages.map((t) => t.id)).toContain('r2.chronic.fr.A');
    for (const template of messages) {
      const context = template.language === 'fr' ? frenchB2B : englishUK;
      const out = rendered(template, {
        ...context,
        stage: template.stage,
        nextStepAheadOn: null,
        callOn: null,
        noticeOn: null,
      });
      expect(`${out.subject}\n${out.text}`, template.id).not.toMatch(PROMISES);
    }
  });

  it('the firm r2 says the procedure goes on when a step follows, in both languages', () => {
    const firm = (language: 'fr' | 'en') =>
      DEFAULT_TEMPLATES.find((t) => t.id === `r2.high_risk.${language}.A`) as TemplateRow;
    expect(rendered(firm('fr'), { ...frenchB2B, stage: 'r2' }).text).toContain(
      'calendrier de paiement. Sans règlement ni nouvelles de votre part, la procédure de relance suivra son cours.',
    );
    expect(rendered(firm('en'), { ...englishUK, stage: 'r2' }).text).toContain(
      'payment schedule. Without payment or news from you, the reminder process will continue.',
    );
  });

  it('r3 names the call on its deadline only when the call comes, in both languages', () => {
    const r3 = (language: 'fr' | 'en') =>
      DEFAULT_TEMPLATES.find((t) => t.id === `r3.all.${language}.A`) as TemplateRow;
    const noCall = { ...frenchB2B, callOn: null };
    expect(rendered(r3('fr'), noCall).text).toContain(
      'À défaut, je vous adresserai ensuite une mise en demeure de payer. Si vous rencontrez',
    );
    expect(rendered(r3('en'), { ...englishUK, noticeOn: null }).text).toContain(
      'Otherwise, I will call you on that day. If you are facing',
    );
  });

  it('show the table a sentence points at', () => {
    for (const template of DEFAULT_TEMPLATES) {
      if (/ci-dessous indique|table below/.test(template.body)) {
        expect(template.body, template.id).toContain('{{invoice_list}}');
      }
    }
  });
});
