/**
 * MailApp over the same mailbox as GmailApp:
 * https://developers.google.com/apps-script/reference/mail/mail-app and the shared daily
 * recipients quota of https://developers.google.com/apps-script/guides/services/quotas.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Kernel } from '../../local/kernel.ts';
import { GmailModule } from '../../local/services/gmail/gmail-app.ts';
import { Mailbox } from '../../local/services/gmail/mailbox.ts';
import { MailModule } from '../../local/services/mail.ts';
import { execute, type GasGlobals } from './service-context.ts';

let kernel: Kernel;
let mailbox: Mailbox;

beforeEach(() => {
  kernel = new Kernel(new Date('2026-03-02T08:00:00Z'));
  mailbox = new Mailbox(kernel, {
    userEmail: 'camille.martin@gmail.com',
    userName: 'Camille Martin',
  });
});

const run = <T>(body: (g: GasGlobals) => T, options = {}) =>
  execute(kernel, [new MailModule(mailbox), new GmailModule(mailbox)], body, options);

describe('MailApp.sendEmail', () => {
  it('accepts the four documented forms', () => {
    run(({ MailApp }) => {
      MailApp.sendEmail({
        to: 'billing@nordlicht.de',
        subject: 'Reminder: invoice F-2026-020',
        body: 'Hello',
        htmlBody: '<p>Hello</p>',
        name: 'Camille Martin',
      });
      MailApp.sendEmail('contact@boulangerie-lefevre.fr', 'Rappel F-2026-021', 'Bonjour');
      MailApp.sendEmail('jean.dupont@atelier-dupont.fr', 'Rappel F-2026-014', 'Bonjour', {
        cc: 'marie.dupont@atelier-dupont.fr',
      });
      MailApp.sendEmail(
        'camille.martin@gmail.com',
        'compta@studio-martin.fr',
        'Résumé du jour',
        '3 relances envoyées',
      );
    });
    const sent = mailbox.sent();
    expect(sent.map((m) => [m.to[0], m.subject, m.via])).toEqual([
      ['billing@nordlicht.de', 'Reminder: invoice F-2026-020', 'MailApp'],
      ['contact@boulangerie-lefevre.fr', 'Rappel F-2026-021', 'MailApp'],
      ['jean.dupont@atelier-dupont.fr', 'Rappel F-2026-014', 'MailApp'],
      ['camille.martin@gmail.com', 'Résumé du jour', 'MailApp'],
    ]);
    expect(sent[0]?.html).toBe('<p>Hello</p>');
    expect(sent[2]?.cc).toEqual(['marie.dupont@atelier-dupont.fr']);
    expect(sent[3]?.replyTo).toBe('compta@studio-martin.fr');
  });

  it('spends the same daily quota as GmailApp', () => {
    mailbox.setQuota(2);
    const outcome = run(({ MailApp, GmailApp }) => {
      GmailApp.sendEmail('a@exemple.fr', 'Relance', 'Bonjour');
      const left = MailApp.getRemainingDailyQuota();
      MailApp.sendEmail('b@exemple.fr', 'Relance', 'Bonjour');
      try {
        MailApp.sendEmail('c@exemple.fr', 'Relance', 'Bonjour');
        return { left, error: null };
      } catch (e) {
        return { left, error: (e as Error).message };
      }
    });
    expect(outcome).toEqual({
      left: 1,
      error: 'Service invoked too many times for one day: email.',
    });
  });

  it('needs the send_mail scope, which a simple trigger does not have', () => {
    expect(() =>
      run(({ MailApp }) => MailApp.getRemainingDailyQuota(), { authMode: 'LIMITED' }),
    ).toThrow(
      'You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });
});
