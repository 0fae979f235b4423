/**
 * An out-of-office notice answering a reminder: nobody read the reminder, so the next one goes on
 * its day; the user is told of the absence (Today, the status column, the log), and a person's
 * answer that comes later in the thread still pauses the client.
 */
import { describe, expect, it } from 'vitest';
import { morelQuote } from './support/quotes.ts';
import { d, everyDay, HEADERS, logged, type Scenario, scenario } from './support/world.ts';

const CLIENT = 'compta@atelier-dupont.fr';

/** Atelier Dupont's F-2026-014 (due 26 February), first reminded on Monday 2 March. */
function dupontReminded(): { s: Scenario; thread: string } {
  const s = scenario({
    rows: [HEADERS, ['F-2026-014', 'Atelier Dupont', CLIENT, 1200, d('2026-02-26')]],
  });
  s.at('2026-03-02');
  s.trigger();
  const thread = s.logRows().find((r) => r.outcome === 'sent')?.thread;
  if (!thread) throw new Error('no r1 thread');
  return { s, thread };
}

/** An automatic reply in the manner of Outlook, a minute after r1: subject prefix and headers. */
function outlookOutOfOffice(s: Scenario, thread: string): void {
  const reminder = s.sent()[0];
  s.mailbox.deliverReply(thread, {
    from: `Compta Atelier Dupont <${CLIENT}>`,
    subject: `Réponse automatique : ${reminder?.subject ?? ''}`,
    body: 'Bonjour,\r\n\r\nJe suis absente jusqu’au 13 mars inclus.\r\nPour toute urgence : Marie Dupont, 01 23 45 67 89.',
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    at: new Date('2026-03-02T08:31:00Z'),
  });
}

/** r2 falls due on Monday 9 March; the runs of the week before it. */
function runTheWeek(s: Scenario): void {
  for (const day of ['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09']) {
    s.at(day);
    s.trigger();
  }
}

describe('an out-of-office reply to a reminder', () => {
  it('pauses nothing: the second reminder goes on its day', () => {
    const { s, thread } = dupontReminded();
    outlookOutOfOffice(s, thread);
    runTheWeek(s);
    expect(s.logRows().filter((r) => r.outcome === 'paused')).toEqual([]);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
  });

  it('is told by its subject when the responder set no header (a Gmail vacation message)', () => {
    const { s, thread } = dupontReminded();
    s.mailbox.deliverReply(thread, {
      from: CLIENT,
      subject: 'Absente jusqu’au 13 mars',
      body: 'Bonjour, je suis en congés et lirai votre message à mon retour.',
      at: new Date('2026-03-02T08:31:00Z'),
    });
    runTheWeek(s);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
  });

  it('is recorded once in the log, with who answered and what it says', () => {
    const { s, thread } = dupontReminded();
    outlookOutOfOffice(s, thread);
    runTheWeek(s);
    const rows = s.logRows().filter((r) => r.outcome === 'auto_reply');
    expect(rows.map((r) => [r.client, r.thread, r.subject])).toEqual([
      ['atelier dupont', thread, 'Je suis absente jusqu’au 13 mars inclus.'],
    ]);
    expect(rows[0]?.detail).toContain('on=2026-03-02');
    expect(rows[0]?.detail).toContain(`from=${CLIENT}`);
  });

  it('is shown in Today, in French and English, and in the status column', () => {
    const { s, thread } = dupontReminded();
    outlookOutOfOffice(s, thread);
    s.at('2026-03-03');
    s.trigger();
    const today = s.sidebar('getToday') as {
      autoReplies: { client: string; text: { fr: string; en: string } }[];
    };
    expect(today.autoReplies).toEqual([
      {
        clientKey: 'atelier dupont',
        client: 'Atelier Dupont',
        on: '2026-03-02',
        text: {
          fr: `Réponse automatique de ${CLIENT} le 2 mars 2026 : « Je suis absente jusqu’au 13 mars inclus. »`,
          en: `Automatic reply from ${CLIENT} on 2 March 2026: “Je suis absente jusqu’au 13 mars inclus.”`,
        },
      },
    ]);
    const status = s.values().flat().map(String).join('\n');
    expect(status).toContain('Réponse automatique de compta@atelier-dupont.fr le 2026-03-02');
  });

  it('still lets a person’s answer that comes later in the thread pause the client', () => {
    const { s, thread } = dupontReminded();
    outlookOutOfOffice(s, thread);
    s.at('2026-03-03');
    s.trigger();
    s.mailbox.deliverReply(thread, {
      from: 'Marie Dupont <marie@atelier-dupont.fr>',
      body: 'Bonjour, ma collègue est absente : le virement partira vendredi. Marie Dupont',
      at: new Date('2026-03-04T10:00:00Z'),
    });
    runTheWeek(s);
    expect(
      s
        .logRows()
        .filter((r) => r.outcome === 'paused')
        .map((r) => r.client),
    ).toEqual(['atelier dupont']);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
  });

  it('leaves “Run now”’s preview listing the next reminder', () => {
    const { s, thread } = dupontReminded();
    outlookOutOfOffice(s, thread);
    s.at('2026-03-09');
    const preview = s.sidebar('previewRunNow') as { emails: { invoices: { number: string }[] }[] };
    expect(preview.emails.flatMap((e) => e.invoices.map((i) => i.number))).toEqual(['F-2026-014']);
    // The preview writes nothing.
    expect(s.logRows().filter((r) => r.outcome === 'auto_reply')).toEqual([]);
  });
});

describe('a delivery failure that carries Auto-Submitted, as mail servers’ reports do', () => {
  it('still holds the invoice: the address is wrong, nobody is merely away', () => {
    const { s, thread } = dupontReminded();
    s.mailbox.deliverReply(thread, {
      from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      subject: 'Delivery Status Notification (Failure)',
      body: "Address not found\n\nYour message wasn't delivered to compta@atelier-dupont.fr because the address couldn't be found.",
      headers: { 'Auto-Submitted': 'auto-replied' },
      at: new Date('2026-03-02T08:31:00Z'),
    });
    runTheWeek(s);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    expect(
      s
        .logRows()
        .filter((r) => r.outcome === 'held')
        .map((r) => r.detail),
    ).toEqual([expect.stringContaining('reason=bounce')]);
    expect(s.logRows().filter((r) => r.outcome === 'auto_reply')).toEqual([]);
  });
});

describe('a prospect’s out-of-office reply to a quote follow-up', () => {
  it('does not delay the note that the quote expired, as a person’s answer would', () => {
    const s = morelQuote();
    s.at('2026-03-16');
    s.trigger();
    const thread = s.sent()[0]?.threadId as string;
    s.mailbox.deliverReply(thread, {
      from: 'Julie Morel <julie@boulangerie-morel.fr>',
      subject: 'Absente jusqu’au 27 mars',
      body: 'Bonjour, je suis absente jusqu’au 27 mars. Julie Morel',
      headers: { 'Auto-Submitted': 'auto-replied' },
      at: new Date('2026-03-23T09:00:00Z'),
    });
    everyDay(s, '2026-03-23', '2026-04-03');
    expect(s.logRows().filter((r) => r.outcome === 'paused')).toEqual([]);
    // A person's answer the same day pauses the prospect to the 30th (quotes-and-plans.test.ts).
    expect(
      s
        .logRows()
        .filter((r) => r.outcome === 'sent' && r.stage.startsWith('q_'))
        .map((r) => `${r.date} ${r.invoices}:${r.stage}`),
    ).toEqual(['2026-03-16 D-2026-031:q_follow', '2026-03-24 D-2026-031:q_expired']);
  });
});
