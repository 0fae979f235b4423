/**
 * What the run makes of the mail it finds in Gmail before it plans: whose reply a message in a
 * reminder's thread is, what counts as an e-mail the user wrote to a client by hand, a reminder
 * that bounced, and what of the user's mailbox the log (which every editor reads) may show.
 */
import { describe, expect, it } from 'vitest';
import { d, HEADERS, logged, type Scenario, scenario } from './support/world.ts';

/** Alpha Conseil and Beta Studio both have their invoices handled by the same accounting firm. */
const FIRM = 'compta@cabinet-expert.fr';

function twoClientsOfOneFirm(): Scenario {
  const s = scenario({
    rows: [
      HEADERS,
      ['F-2026-001', 'Alpha Conseil', FIRM, 1000, d('2026-02-26')],
      ['F-2026-002', 'Beta Studio', FIRM, 2000, d('2026-02-26')],
    ],
  });
  s.at('2026-03-02');
  s.trigger();
  expect(logged(s, 'sent').sort()).toEqual(['F-2026-001:r1', 'F-2026-002:r1']);
  return s;
}

/** Atelier Dupont's F-2026-014 (due 26 February) at `address`, first reminded on Monday 2 March. */
function dupontReminded(address = 'compta@atelier-dupont.fr'): Scenario {
  const s = scenario({
    rows: [HEADERS, ['F-2026-014', 'Atelier Dupont', address, 1200, d('2026-02-26')]],
  });
  s.at('2026-03-02');
  s.trigger();
  return s;
}

function threadOf(s: Scenario, invoice: string): string {
  const thread = s.logRows().find((r) => r.outcome === 'sent' && r.invoices === invoice)?.thread;
  if (!thread) throw new Error(`no reminder thread for ${invoice}`);
  return thread;
}

function pausedClients(s: Scenario): string[] {
  return s
    .logRows()
    .filter((r) => r.outcome === 'paused')
    .map((r) => r.client);
}

describe('a reply from an address two clients share', () => {
  it('pauses the client whose reminder thread it answers, and only that one', () => {
    const s = twoClientsOfOneFirm();
    s.mailbox.deliverReply(threadOf(s, 'F-2026-001'), {
      from: `Cabinet Expert <${FIRM}>`,
      body: 'Bonjour, notre client Alpha Conseil conteste cette facture. Merci de suspendre.',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    s.at('2026-03-04');
    s.trigger();
    expect(pausedClients(s)).toEqual(['alpha conseil']);
  });

  it('keeps the disputing client from getting its second reminder, the other one gets its own', () => {
    const s = twoClientsOfOneFirm();
    s.mailbox.deliverReply(threadOf(s, 'F-2026-001'), {
      from: FIRM,
      body: 'Bonjour, Alpha Conseil conteste cette facture, merci de ne plus relancer.',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    // r2 is due on Monday 9 March; the reply pauses Alpha 7 days (to 10 March).
    for (const day of ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09']) {
      s.at(day);
      s.trigger();
    }
    expect(logged(s, 'sent').sort()).toEqual(['F-2026-001:r1', 'F-2026-002:r1', 'F-2026-002:r2']);
  });

  it('counts an e-mail the user writes to the firm for every client it handles, not one at random', () => {
    const s = twoClientsOfOneFirm();
    s.mailbox.userSentByHand({
      to: FIRM,
      subject: 'Nos dossiers en cours',
      body: 'Bonjour, pouvons-nous faire le point sur les paiements en attente ? Camille',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    s.at('2026-03-04');
    s.trigger();
    expect(pausedClients(s).sort()).toEqual(['alpha conseil', 'beta studio']);
  });

  it('counts it for the client it names when it names only one', () => {
    const s = twoClientsOfOneFirm();
    s.mailbox.userSentByHand({
      to: FIRM,
      subject: 'Facture F-2026-002',
      body: 'Bonjour, je vous renvoie la facture F-2026-002 avec le bon numéro de commande.',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    s.at('2026-03-04');
    s.trigger();
    expect(pausedClients(s)).toEqual(['beta studio']);
  });
});

describe('a reply in a reminder thread from the client’s colleague', () => {
  it('pauses the client: someone at the client answered the reminder', () => {
    const s = dupontReminded();
    // The accounts clerk forwarded the reminder; the director answers in the same thread.
    s.mailbox.deliverReply(threadOf(s, 'F-2026-014'), {
      from: 'Marie Dupont <marie@atelier-dupont.fr>',
      body: 'Bonjour, nous contestons le montant de cette facture. Appelez-moi. Marie Dupont',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    for (const day of ['2026-03-04', '2026-03-09']) {
      s.at(day);
      s.trigger();
    }
    expect(pausedClients(s)).toEqual(['atelier dupont']);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
  });

  it('finds it weeks after the reminder, written from another address of the client’s domain', () => {
    const s = dupontReminded();
    // The user holds the invoice for the month: no other message in the thread after 2 March.
    s.sidebar('holdInvoice', { invoiceNumber: 'F-2026-014', until: '2026-03-31' });
    s.mailbox.deliverReply(threadOf(s, 'F-2026-014'), {
      from: 'Direction <direction@atelier-dupont.fr>',
      body: 'Bonjour, la facture sera réglée avec celle du mois prochain.',
      at: new Date('2026-03-20T10:00:00Z'),
    });
    s.at('2026-03-23');
    s.trigger();
    expect(pausedClients(s)).toEqual(['atelier dupont']);
  });
});

describe('the user’s own address in a row’s CC (to get a copy of each reminder)', () => {
  function dupontWithTheUserInCc(cc: (s: Scenario) => string): Scenario {
    const s = scenario({
      rows: [
        [...HEADERS, 'CC'],
        ['F-2026-014', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1200, d('2026-02-26'), ''],
      ],
    });
    s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 2, 6, [[cc(s)]]);
    s.at('2026-03-02');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    return s;
  }

  /** The user asks a friend to dinner from `mine`; the friend answers there. Nothing to do with the client. */
  function dinnerWithAFriend(s: Scenario, mine: string): void {
    const friend = s.mailbox.userSentByHand({
      to: 'ami@exemple.fr',
      subject: 'Dîner samedi ?',
      body: 'On se voit samedi ?',
      at: new Date('2026-03-07T18:00:00Z'),
      ...(mine === s.user ? {} : { from: mine }),
    });
    s.mailbox.deliverReply(friend.threadId, {
      from: 'ami@exemple.fr',
      to: mine,
      body: 'Oui, avec plaisir !',
      at: new Date('2026-03-08T09:00:00Z'),
    });
  }

  it('does not pause that client whenever someone else e-mails the user', () => {
    const s = dupontWithTheUserInCc((s) => s.user);
    dinnerWithAFriend(s, s.user);
    s.at('2026-03-09');
    s.trigger();
    expect(pausedClients(s)).toEqual([]);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
  });

  it('nor when the address in CC is one of the user’s Gmail aliases', () => {
    const alias = 'camille@studio-martin.fr';
    const s = dupontWithTheUserInCc(() => alias);
    s.mailbox.setAliases([alias]);
    dinnerWithAFriend(s, alias);
    s.at('2026-03-09');
    s.trigger();
    expect(pausedClients(s)).toEqual([]);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
  });

  it('still pauses the client when the user writes to it by hand from an alias', () => {
    const alias = 'camille@studio-martin.fr';
    const s = dupontWithTheUserInCc(() => alias);
    s.mailbox.setAliases([alias]);
    s.mailbox.userSentByHand({
      from: alias,
      to: 'compta@atelier-dupont.fr',
      subject: 'Votre commande de mars',
      body: 'Bonjour, je vous envoie le devis dont nous avons parlé. Camille',
      at: new Date('2026-03-08T17:00:00Z'),
    });
    s.at('2026-03-09');
    s.trigger();
    expect(pausedClients(s)).toEqual(['atelier dupont']);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
  });
});

describe('a reminder that bounced', () => {
  function dupontAtATypo(): { s: Scenario; thread: string } {
    const s = dupontReminded('compta@atelier-dupnt.fr');
    const thread = threadOf(s, 'F-2026-014');
    // Gmail's delivery failure lands in the reminder's thread a minute later.
    s.mailbox.deliverReply(thread, {
      from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      subject: 'Delivery Status Notification (Failure)',
      body: "Address not found\n\nYour message wasn't delivered to compta@atelier-dupnt.fr because the domain atelier-dupnt.fr couldn't be found.",
      at: new Date('2026-03-02T08:31:00Z'),
    });
    return { s, thread };
  }

  it('holds the invoice instead of sending firmer reminders to the same dead address', () => {
    const { s } = dupontAtATypo();
    s.at('2026-03-09');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    const held = s.logRows().filter((r) => r.outcome === 'held');
    expect(held.map((r) => [r.invoices, r.detail])).toEqual([
      ['F-2026-014', expect.stringContaining('reason=bounce')],
    ]);
    // Not a client reply: nobody read it.
    expect(pausedClients(s)).toEqual([]);
  });

  it('says why, in French and English, in Today and in the status column', () => {
    const { s } = dupontAtATypo();
    s.at('2026-03-09');
    s.trigger();
    const status = s.values().flat().map(String).join('\n');
    expect(status).toMatch(/n'a pas été distribué|non distribué/);
    const today = s.sidebar('getToday') as {
      skips: { number: string; reason: { code: string }; reasonText: { fr: string; en: string } }[];
    };
    const skip = today.skips.find((k) => k.number === 'F-2026-014');
    expect(skip?.reason.code).toBe('bounced');
    expect(skip?.reasonText.fr).toMatch(/corrigez l'adresse e-mail/i);
    expect(skip?.reasonText.en).toMatch(/was not delivered.*fix the e-mail address/i);
  });

  it('goes on with the next reminder, once, after the user fixed the address and resumed', () => {
    const { s } = dupontAtATypo();
    s.at('2026-03-03');
    s.trigger();
    s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 2, 3, [
      ['compta@atelier-dupont.fr'],
    ]);
    s.sidebar('resumeInvoice', { invoiceNumber: 'F-2026-014' });
    s.at('2026-03-09');
    s.trigger();
    s.at('2026-03-10');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
    expect(s.sent()[1]?.to).toEqual(['compta@atelier-dupont.fr']);
    expect(s.logRows().filter((r) => r.outcome === 'held')).toHaveLength(1);
  });
});

describe('the owner’s mailbox seen through reply detection', () => {
  it('a co-editor cannot learn when or in which conversation the owner wrote to an address by adding a row', () => {
    const s = scenario({
      rows: [HEADERS, ['X-1', 'Test', 'avocat@cabinet-droit.fr', 10, d('2026-03-20')]],
    });
    const privateMail = s.mailbox.userSentByHand({
      to: 'avocat@cabinet-droit.fr',
      subject: 'Procédure de divorce — pièces',
      body: 'Maître, voici les pièces demandées.',
      at: new Date('2026-02-27T21:00:00Z'),
    });
    s.at('2026-03-02');
    s.trigger();
    const visible = [
      ...s.logRows().map((r) => `${r.outcome} ${r.thread} ${r.detail}`),
      ...s.values().flat().map(String),
    ].join('\n');
    expect(visible).not.toMatch(/2026-02-27|27\/02|27 févr/);
    expect(visible).not.toContain(privateMail.threadId);
    expect(visible).not.toContain(privateMail.id);
  });

  it('records the same hand-written e-mail once, however many runs see it', () => {
    const s = scenario({
      rows: [
        HEADERS,
        ['F-2026-014', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1200, d('2026-02-26')],
      ],
      settings: { recentManualEmailDays: 3 },
    });
    s.mailbox.userSentByHand({
      to: 'compta@atelier-dupont.fr',
      subject: 'Votre commande de mars',
      body: 'Bonjour, je vous envoie le devis dont nous avons parlé. Camille',
      at: new Date('2026-03-01T17:00:00Z'),
    });
    for (const day of ['2026-03-02', '2026-03-03', '2026-03-04']) {
      s.at(day);
      s.trigger();
    }
    const paused = s.logRows().filter((r) => r.outcome === 'paused');
    expect(paused.map((r) => r.detail)).toEqual([expect.stringContaining('until=2026-03-04')]);
    expect(logged(s, 'sent')).toEqual([]);
    s.at('2026-03-05');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
  });
});

describe('“Run now”’s preview, which reads the mailbox as the run does', () => {
  type Preview = { emails: { client: string; invoices: { number: string }[] }[] };
  const listed = (s: Scenario) =>
    (s.sidebar('previewRunNow') as Preview).emails.flatMap((e) => e.invoices.map((i) => i.number));

  it('leaves out the client whose thread the shared address answered, and keeps the other', () => {
    const s = twoClientsOfOneFirm();
    s.mailbox.deliverReply(threadOf(s, 'F-2026-001'), {
      from: FIRM,
      body: 'Bonjour, Alpha Conseil conteste cette facture.',
      at: new Date('2026-03-03T10:00:00Z'),
    });
    s.at('2026-03-09');
    expect(listed(s)).toEqual(['F-2026-002']);
    s.trigger();
    expect(logged(s, 'sent').sort()).toEqual(['F-2026-001:r1', 'F-2026-002:r1', 'F-2026-002:r2']);
  });

  it('leaves out an invoice whose last reminder bounced', () => {
    const s = dupontReminded('compta@atelier-dupnt.fr');
    s.mailbox.deliverReply(threadOf(s, 'F-2026-014'), {
      from: 'postmaster@atelier-dupnt.fr',
      subject: 'Undeliverable: Relance facture F-2026-014',
      body: 'Delivery has failed to these recipients: compta@atelier-dupnt.fr',
      at: new Date('2026-03-02T08:31:00Z'),
    });
    s.at('2026-03-09');
    expect(listed(s)).toEqual([]);
    // The preview writes nothing: the run records the bounce itself.
    expect(s.logRows().filter((r) => r.outcome === 'held')).toEqual([]);
  });
});

describe('a client reply written in Outlook, the reminder quoted below a « De : » header', () => {
  it('pauses the client and keeps r2 from going', () => {
    const s = dupontReminded();
    const reminder = s.sent().find((m) => m.to.includes('compta@atelier-dupont.fr'));
    if (!reminder) throw new Error('no r1');
    const thread = s.logRows().find((r) => r.outcome === 'sent')?.thread as string;
    // Outlook's plain-text reply: the answer on top, the original below its header, unquoted.
    const body = [
      'Bonjour, nous contestons cette facture, merci de ne plus relancer.',
      'Compta Atelier Dupont',
      '',
      '________________________________',
      `De : ${s.user}`,
      'Envoyé : lundi 2 mars 2026 09:00',
      'À : compta@atelier-dupont.fr',
      `Objet : ${reminder.subject}`,
      '',
      reminder.text,
    ].join('\r\n');
    s.mailbox.deliverReply(thread, {
      from: 'Compta <compta@atelier-dupont.fr>',
      body,
      at: new Date('2026-03-03T10:00:00Z'),
    });
    for (const day of ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09']) {
      s.at(day);
      s.trigger();
    }
    expect(
      s
        .logRows()
        .filter((r) => r.outcome === 'paused')
        .map((r) => r.client),
    ).toEqual(['atelier dupont']);
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
  });
});

describe('a delivery failure that includes the original message', () => {
  it('holds the invoice (the bounce text quotes the reminder unprefixed, as MTAs do)', () => {
    const s = dupontReminded('compta@atelier-dupnt.fr');
    const reminder = s.sent()[0];
    if (!reminder) throw new Error('no r1');
    const thread = s.logRows().find((r) => r.outcome === 'sent')?.thread as string;
    s.mailbox.deliverReply(thread, {
      from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      subject: 'Delivery Status Notification (Failure)',
      body: [
        "Address not found\n\nYour message wasn't delivered to compta@atelier-dupnt.fr because the domain atelier-dupnt.fr couldn't be found.",
        '',
        '----- Original message -----',
        '',
        `Subject: ${reminder.subject}`,
        'To: compta@atelier-dupnt.fr',
        '',
        reminder.text,
      ].join('\n'),
      at: new Date('2026-03-02T08:31:00Z'),
    });
    s.at('2026-03-09');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1']);
    expect(
      s
        .logRows()
        .filter((r) => r.outcome === 'held')
        .map((r) => r.invoices),
    ).toEqual(['F-2026-014']);
  });
});

describe('the first e-mail to reach a client after a bounce', () => {
  it('does not call itself a second reminder: the first one never arrived', () => {
    const s = scenario({
      rows: [
        [...HEADERS, 'Type'],
        [
          'F-2026-014',
          'Atelier Dupont',
          'compta@atelier-dupnt.fr',
          1200,
          d('2026-02-26'),
          'entreprise',
        ],
      ],
    });
    s.at('2026-03-02');
    s.trigger();
    const thread = s.logRows().find((r) => r.outcome === 'sent')?.thread as string;
    s.mailbox.deliverReply(thread, {
      from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      subject: 'Delivery Status Notification (Failure)',
      body: "Address not found\n\nYour message wasn't delivered to compta@atelier-dupnt.fr because the domain atelier-dupnt.fr couldn't be found.",
      at: new Date('2026-03-02T08:31:00Z'),
    });
    s.at('2026-03-03');
    s.trigger();
    // The user corrects the address and resumes.
    s.runtime.spreadsheets.setCells(s.spreadsheetId, 'Factures', 2, 3, [
      ['compta@atelier-dupont.fr'],
    ]);
    s.sidebar('resumeInvoice', { invoiceNumber: 'F-2026-014' });
    s.at('2026-03-09');
    s.trigger();
    s.at('2026-03-10');
    s.trigger();
    expect(logged(s, 'sent')).toEqual(['F-2026-014:r1', 'F-2026-014:r2']);
    const r2 = s.sent()[1];
    expect(r2?.to).toEqual(['compta@atelier-dupont.fr']);
    expect(r2?.subject).not.toMatch(/Deuxième rappel|Second reminder/);
    expect(r2?.text).not.toMatch(/précédent rappel/);
  });
});
