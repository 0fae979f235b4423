/**
 * GmailApp over the offline mailbox: sending, threads, drafts, errors and quotas.
 * Pages followed:
 * - https://developers.google.com/apps-script/reference/gmail/gmail-app
 * - https://developers.google.com/apps-script/reference/gmail/gmail-thread
 * - https://developers.google.com/apps-script/reference/gmail/gmail-message
 * - https://developers.google.com/apps-script/reference/gmail/gmail-draft
 * - https://developers.google.com/apps-script/guides/services/quotas
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Kernel } from '../../local/kernel.ts';
import { createBlob } from '../../local/services/blob.ts';
import { GmailModule } from '../../local/services/gmail/gmail-app.ts';
import { Mailbox } from '../../local/services/gmail/mailbox.ts';
import { MailModule } from '../../local/services/mail.ts';
import { Authorization } from '../../local/services/script-app.ts';
import { execute } from './service-context.ts';

const HOUR = 60 * 60 * 1000;
const CAMILLE = 'camille.martin@gmail.com';
const DUPONT = 'jean.dupont@atelier-dupont.fr';

let kernel: Kernel;
let mailbox: Mailbox;
let modules: [GmailModule, MailModule];

beforeEach(() => {
  kernel = new Kernel(new Date('2026-03-02T08:00:00Z'));
  mailbox = new Mailbox(kernel, { userEmail: CAMILLE, userName: 'Camille Martin' });
  const authorization = new Authorization();
  modules = [new GmailModule(mailbox, authorization), new MailModule(mailbox, authorization)];
});

const run = <T>(body: Parameters<typeof execute<T>>[2], options = {}) =>
  execute(kernel, modules, body, options);

describe('GmailApp.sendEmail', () => {
  it('records everything a reminder carries and returns GmailApp for chaining', () => {
    const returned = run(({ GmailApp }, ctx) => {
      const pdf = createBlob(
        ctx,
        new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff]),
        'application/pdf',
        'F-2026-014.pdf',
      );
      return (
        GmailApp.sendEmail(DUPONT, 'Relance : facture F-2026-014', 'Bonjour Jean,\nPetit rappel.', {
          htmlBody: '<p>Bonjour Jean,</p><p>Petit rappel.</p>',
          name: 'Camille Martin — Studio Graphique',
          replyTo: 'compta@studio-martin.fr',
          cc: 'Marie Dupont <marie.dupont@atelier-dupont.fr>',
          bcc: CAMILLE,
          attachments: [pdf],
        }) === GmailApp
      );
    });

    expect(returned).toBe(true);
    const [sent] = mailbox.sent();
    expect(sent).toMatchObject({
      fromName: 'Camille Martin — Studio Graphique',
      fromEmail: CAMILLE,
      to: [DUPONT],
      cc: ['marie.dupont@atelier-dupont.fr'],
      bcc: [CAMILLE],
      replyTo: 'compta@studio-martin.fr',
      subject: 'Relance : facture F-2026-014',
      text: 'Bonjour Jean,\nPetit rappel.',
      html: '<p>Bonjour Jean,</p><p>Petit rappel.</p>',
      origin: 'addon',
      via: 'GmailApp',
    });
    expect(sent?.attachments[0]?.name).toBe('F-2026-014.pdf');
    expect(sent?.attachments[0]?.mimeType).toBe('application/pdf');
    expect([...(sent?.attachments[0]?.bytes ?? [])]).toEqual([0x25, 0x50, 0x44, 0x46, 0xff]);
    expect(sent?.messageId).toMatch(/^<.+@mail\.gmail\.com>$/);
    expect(sent?.date.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-02T08:00:00Z'));
  });

  it('gives the sent message a Message-ID header the script can read back through search', () => {
    const header = run(({ GmailApp }) => {
      GmailApp.sendEmail(DUPONT, 'Facture F-2026-014', 'Bonjour');
      const [thread] = GmailApp.search('in:sent subject:F-2026-014');
      return thread?.getMessages()[0]?.getHeader('Message-ID');
    });
    expect(header).toBe(mailbox.sent()[0]?.messageId);
  });

  it('returns dates of the execution realm', () => {
    const result = run(({ GmailApp }, ctx) => {
      GmailApp.sendEmail(DUPONT, 'Facture F-2026-014', 'Bonjour');
      const thread = GmailApp.search('in:sent')[0];
      const date = thread?.getMessages()[0]?.getDate();
      return { sameRealm: date instanceof ctx.Date, hostRealm: date instanceof Date };
    });
    expect(result).toEqual({ sameRealm: true, hostRealm: false });
  });

  it('puts a message the user sends to themselves in their inbox too (test mode)', () => {
    run(({ GmailApp }) => GmailApp.sendEmail(CAMILLE, '[TEST] Relance F-2026-014', 'Aperçu'));
    expect(mailbox.sent()[0]?.labels).toEqual(expect.arrayContaining(['SENT', 'INBOX']));
  });

  it('rejects an invalid address with "Invalid email: <entry>" and sends nothing', () => {
    const error = run(({ GmailApp }) => {
      try {
        GmailApp.sendEmail('jean.dupont@atelier-dupont', 'Relance', 'Bonjour');
      } catch (e) {
        return e as Error;
      }
      return null;
    });
    expect(error?.message).toBe('Invalid email: jean.dupont@atelier-dupont');
    expect(error?.name).toBe('Exception');
    expect(mailbox.sent()).toHaveLength(0);
    expect(mailbox.remainingQuota()).toBe(100);
  });

  it('rejects the second address of a list when only it is invalid', () => {
    expect(() =>
      run(({ GmailApp }) =>
        GmailApp.sendEmail(`${DUPONT}, compta@@atelier-dupont.fr`, 'Relance', 'Bonjour'),
      ),
    ).toThrow('Invalid email: compta@@atelier-dupont.fr');
  });

  it('refuses more than 50 recipients in one message', () => {
    const many = Array.from({ length: 51 }, (_, i) => `client${i}@exemple.fr`).join(',');
    expect(() => run(({ GmailApp }) => GmailApp.sendEmail(many, 'Relance', 'Bonjour'))).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
  });

  it('refuses a call with missing arguments like Apps Script does', () => {
    expect(() =>
      run(({ GmailApp }) =>
        (GmailApp.sendEmail as unknown as (a: string, b: string) => void)(DUPONT, 'Relance'),
      ),
    ).toThrow(
      "The parameters (String,String) don't match the method signature for GmailApp.sendEmail.",
    );
  });

  it('is refused in a simple trigger (LIMITED auth mode)', () => {
    expect(() =>
      run(({ GmailApp }) => GmailApp.search('in:inbox'), { authMode: 'LIMITED' }),
    ).toThrow(
      'You do not have permission to call GmailApp.search. Required permissions: https://mail.google.com/',
    );
  });

  it('counts one service call per method', () => {
    run(({ GmailApp }) => {
      GmailApp.sendEmail(DUPONT, 'Relance', 'Bonjour');
      GmailApp.search('in:sent')[0]?.getMessages();
    });
    expect(kernel.count('GmailApp.sendEmail')).toBe(1);
    expect(kernel.count('GmailApp.search')).toBe(1);
    expect(kernel.count('GmailThread.getMessages')).toBe(1);
  });
});

describe('threads', () => {
  it('keeps a reply in the thread of the reminder it answers', () => {
    const ids = run(({ GmailApp }) => {
      GmailApp.sendEmail(DUPONT, 'Facture F-2026-014', 'Premier rappel');
      const thread = GmailApp.search('in:sent subject:F-2026-014')[0];
      thread?.reply('Deuxième rappel');
      return { threadId: thread?.getId(), count: thread?.getMessageCount() };
    });
    expect(ids.count).toBe(2);
    const sent = mailbox.sent();
    expect(sent.map((m) => m.threadId)).toEqual([ids.threadId, ids.threadId]);
    expect(sent[1]?.subject).toBe('Re: Facture F-2026-014');
    expect(sent[1]?.inReplyTo).toBe(sent[0]?.messageId);
  });

  it('replies to the Reply-To of the last message, which is the user themselves after their own reminder', () => {
    // GmailThread.reply: "Reply to the sender of the last message on this thread using the replyTo address."
    run(({ GmailApp }) => {
      GmailApp.sendEmail(DUPONT, 'Facture F-2026-014', 'Premier rappel', {
        replyTo: 'compta@studio-martin.fr',
      });
      GmailApp.search('subject:F-2026-014')[0]?.reply('Deuxième rappel');
    });
    expect(mailbox.sent()[1]?.to).toEqual(['compta@studio-martin.fr']);
  });

  it('replyAll on the user’s own reminder reaches the client again, not the user', () => {
    run(({ GmailApp }) => {
      GmailApp.sendEmail(DUPONT, 'Facture F-2026-014', 'Premier rappel', {
        cc: 'marie.dupont@atelier-dupont.fr',
      });
      GmailApp.search('subject:F-2026-014')[0]?.replyAll('Deuxième rappel');
    });
    const second = mailbox.sent()[1];
    expect(second?.to).toEqual([DUPONT]);
    expect(second?.cc).toEqual(['marie.dupont@atelier-dupont.fr']);
  });

  it('threads a client reply with the reminder, in the inbox, where a script finds it', () => {
    const threadId = run(({ GmailApp }) => {
      GmailApp.sendEmail(DUPONT, 'Facture F-2026-014', 'Premier rappel');
      return GmailApp.search('in:sent')[0]?.getId() as string;
    });
    kernel.clock.advance(5 * HOUR);
    mailbox.deliverReply(threadId, {
      from: `Jean Dupont <${DUPONT}>`,
      body: 'Le virement part demain.',
    });

    const found = run(({ GmailApp }) => {
      const threads = GmailApp.search(`in:inbox from:${DUPONT} newer_than:2d`);
      const messages = threads[0]?.getMessages() ?? [];
      const last = messages[messages.length - 1];
      return {
        ids: threads.map((t) => t.getId()),
        body: last?.getPlainBody(),
        inInbox: last?.isInInbox(),
        subject: last?.getSubject(),
      };
    });
    expect(found).toEqual({
      ids: [threadId],
      body: 'Le virement part demain.',
      inInbox: true,
      subject: 'Re: Facture F-2026-014',
    });
  });

  it('getThreadById and getMessageById answer null for an unknown id', () => {
    const result = run(({ GmailApp }) => [
      GmailApp.getThreadById('18e0000000000000'),
      GmailApp.getMessageById('18e0000000000000'),
    ]);
    expect(result).toEqual([null, null]);
  });
});

describe('drafts', () => {
  it('never sends a draft until send() is called, and then counts its recipients', () => {
    const draftId = run(({ GmailApp }) => {
      const draft = GmailApp.createDraft(
        DUPONT,
        'Mise en demeure — facture F-2025-087',
        'Madame, Monsieur,',
      );
      return draft.getId();
    });
    expect(mailbox.sent()).toHaveLength(0);
    expect(mailbox.drafts().map((d) => d.draftId)).toEqual([draftId]);
    expect(mailbox.remainingQuota()).toBe(100);

    const sentId = run(({ GmailApp }) => GmailApp.getDraft(draftId)?.send().getId());
    expect(mailbox.drafts()).toHaveLength(0);
    expect(mailbox.sent().map((m) => m.id)).toEqual([sentId]);
    expect(mailbox.remainingQuota()).toBe(99);
  });

  it('lists drafts, finds them in:drafts, updates and deletes them', () => {
    run(({ GmailApp }) => {
      const draft = GmailApp.createDraft(DUPONT, 'Mise en demeure', 'Version 1');
      expect(GmailApp.getDrafts().map((d) => d.getId())).toEqual([draft.getId()]);
      expect(GmailApp.search('in:drafts').length).toBe(1);
      draft.update(DUPONT, 'Mise en demeure', 'Version 2');
      expect(draft.getMessage().getPlainBody()).toBe('Version 2');
      expect(draft.getMessage().isDraft()).toBe(true);
      draft.deleteDraft();
      expect(GmailApp.getDrafts()).toHaveLength(0);
    });
    expect(mailbox.drafts()).toHaveLength(0);
    expect(mailbox.sent()).toHaveLength(0);
  });

  it('a draft reply belongs to the thread it answers', () => {
    const ids = run(({ GmailApp }) => {
      GmailApp.sendEmail(DUPONT, 'Facture F-2026-014', 'Troisième rappel');
      const thread = GmailApp.search('in:sent')[0];
      const draft = thread?.createDraftReply('Mise en demeure');
      return { thread: thread?.getId(), draftThread: draft?.getMessage().getThread().getId() };
    });
    expect(ids.draftThread).toBe(ids.thread);
    expect(mailbox.drafts()[0]?.threadId).toBe(ids.thread);
  });
});

describe('daily recipients quota', () => {
  it('counts every to, cc and bcc recipient, shared by GmailApp and MailApp', () => {
    const remaining = run(({ GmailApp, MailApp }) => {
      GmailApp.sendEmail(DUPONT, 'Relance', 'Bonjour', {
        cc: 'marie.dupont@atelier-dupont.fr',
        bcc: CAMILLE,
      });
      MailApp.sendEmail('billing@nordlicht.de', 'Reminder: invoice F-2026-020', 'Hello');
      return MailApp.getRemainingDailyQuota();
    });
    expect(remaining).toBe(96);
  });

  it('throws "Service invoked too many times for one day: email." once spent, and sends nothing more', () => {
    mailbox.setQuota(3);
    const outcome = run(({ GmailApp }) => {
      const errors: string[] = [];
      for (const client of ['a@exemple.fr', 'b@exemple.fr', 'c@exemple.fr', 'd@exemple.fr']) {
        try {
          GmailApp.sendEmail(client, 'Relance', 'Bonjour');
        } catch (e) {
          errors.push((e as Error).message);
        }
      }
      return errors;
    });
    expect(outcome).toEqual(['Service invoked too many times for one day: email.']);
    expect(mailbox.sent()).toHaveLength(3);
  });

  it('resets 24 hours after the first send, not at midnight', () => {
    mailbox.setQuota(2);
    run(({ GmailApp }) => {
      GmailApp.sendEmail('a@exemple.fr', 'Relance', 'Bonjour');
      GmailApp.sendEmail('b@exemple.fr', 'Relance', 'Bonjour');
    });
    kernel.clock.set(new Date('2026-03-03T07:59:00Z')); // past midnight, 23 h 59 after
    expect(() =>
      run(({ GmailApp }) => GmailApp.sendEmail('c@exemple.fr', 'Relance', 'Bonjour')),
    ).toThrow('Service invoked too many times for one day: email.');
    kernel.clock.set(new Date('2026-03-03T08:00:01Z'));
    expect(run(({ MailApp }) => MailApp.getRemainingDailyQuota())).toBe(2);
    run(({ GmailApp }) => GmailApp.sendEmail('c@exemple.fr', 'Relance', 'Bonjour'));
    expect(mailbox.sent()).toHaveLength(3);
  });
});

describe('injected failures', () => {
  it('failNextSends makes exactly the next n sends throw, recording nothing for them', () => {
    mailbox.failNextSends(2);
    const results = run(({ GmailApp }) =>
      ['a@exemple.fr', 'b@exemple.fr', 'c@exemple.fr'].map((to) => {
        try {
          GmailApp.sendEmail(to, 'Relance', 'Bonjour');
          return 'sent';
        } catch (e) {
          return (e as Error).message;
        }
      }),
    );
    expect(results).toEqual([
      "We're sorry, a server error occurred. Please wait a bit and try again.",
      "We're sorry, a server error occurred. Please wait a bit and try again.",
      'sent',
    ]);
    expect(mailbox.sent().map((m) => m.to[0])).toEqual(['c@exemple.fr']);
    expect(mailbox.remainingQuota()).toBe(99);
  });

  it('a failed draft send leaves the draft in place', () => {
    mailbox.failNextSends(1, 'Gmail operation not allowed.');
    run(({ GmailApp }) => {
      const draft = GmailApp.createDraft(DUPONT, 'Mise en demeure', 'Madame, Monsieur,');
      expect(() => draft.send()).toThrow('Gmail operation not allowed.');
    });
    expect(mailbox.drafts()).toHaveLength(1);
    expect(mailbox.sent()).toHaveLength(0);
  });
});
