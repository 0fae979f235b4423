/**
 * GmailApp.search over the offline mailbox, with the operators of
 * https://support.google.com/mail/answer/7190 and the date rules of
 * https://developers.google.com/workspace/gmail/api/guides/filtering ("All dates used in the
 * search query are interpreted as midnight on that date in the PST timezone").
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Kernel } from '../../local/kernel.ts';
import { GmailModule } from '../../local/services/gmail/gmail-app.ts';
import { Mailbox } from '../../local/services/gmail/mailbox.ts';
import { execute } from './service-context.ts';

const DAY = 24 * 60 * 60 * 1000;
let kernel: Kernel;
let mailbox: Mailbox;
let threads: Record<string, string>;

/** Subjects of the threads a query finds, most recent first. */
function search(query: string, start?: number, max?: number): string[] {
  return execute(kernel, [new GmailModule(mailbox)], ({ GmailApp }) =>
    (start === undefined ? GmailApp.search(query) : GmailApp.search(query, start, max ?? 100)).map(
      (t) => t.getFirstMessageSubject(),
    ),
  );
}

function send(to: string, subject: string, body: string, options = {}): string {
  return execute(kernel, [new GmailModule(mailbox)], ({ GmailApp }) => {
    GmailApp.sendEmail(to, subject, body, options);
    return GmailApp.search(`subject:"${subject}"`)[0]?.getId() as string;
  });
}

beforeEach(() => {
  kernel = new Kernel(new Date('2026-02-20T09:00:00Z'));
  mailbox = new Mailbox(kernel, {
    userEmail: 'camille.martin@gmail.com',
    userName: 'Camille Martin',
  });
  threads = {};
  threads.dupont = send(
    'Jean Dupont <jean.dupont@atelier-dupont.fr>',
    'Relance facture F-2026-014',
    'Montant dû : 1 200,00 €',
  );
  kernel.clock.set(new Date('2026-02-27T09:00:00Z'));
  threads.lefevre = send(
    'contact@boulangerie-lefevre.fr',
    'Rappel amical — facture F-2026-021',
    'Échéance le 3 mars',
    {
      cc: 'comptable@cabinet-roux.fr',
    },
  );
  kernel.clock.set(new Date('2026-03-01T18:00:00Z'));
  threads.nordlicht = send(
    'billing@nordlicht.de',
    'Reminder: invoice F-2026-020',
    'Amount due: EUR 3,400.00',
  );
  mailbox.userSentByHand({
    to: 'jean.dupont@atelier-dupont.fr',
    subject: 'Maquettes du catalogue',
    body: 'Voici les maquettes, et pour la facture on en parle jeudi.',
    at: new Date('2026-03-01T20:00:00Z'),
  });
  kernel.clock.set(new Date('2026-03-02T08:00:00Z'));
  mailbox.deliverReply(threads.lefevre as string, {
    from: 'Sophie Lefèvre <contact@boulangerie-lefevre.fr>',
    body: 'Paiement prévu vendredi, désolée du retard.',
  });
});

describe('GmailApp.search', () => {
  it('in:sent finds the add-on’s reminders and what the user wrote by hand, most recent first', () => {
    expect(search('in:sent')).toEqual([
      'Rappel amical — facture F-2026-021',
      'Maquettes du catalogue',
      'Reminder: invoice F-2026-020',
      'Relance facture F-2026-014',
    ]);
  });

  it('in:inbox finds the thread the client answered', () => {
    expect(search('in:inbox')).toEqual(['Rappel amical — facture F-2026-021']);
  });

  it('from: and to: match addresses and display names, in part', () => {
    expect(search('from:boulangerie-lefevre.fr')).toEqual(['Rappel amical — facture F-2026-021']);
    expect(search('to:jean.dupont@atelier-dupont.fr')).toEqual([
      'Maquettes du catalogue',
      'Relance facture F-2026-014',
    ]);
    expect(search('to:"Jean Dupont"')).toEqual(['Relance facture F-2026-014']);
    expect(search('cc:cabinet-roux.fr')).toEqual(['Rappel amical — facture F-2026-021']);
  });

  it('subject: and plain words match whole words, accents and case ignored', () => {
    expect(search('subject:F-2026-014')).toEqual(['Relance facture F-2026-014']);
    expect(search('subject:facture')).toEqual([
      'Rappel amical — facture F-2026-021',
      'Relance facture F-2026-014',
    ]);
    expect(search('factur')).toEqual([]);
    expect(search('ECHEANCE')).toEqual(['Rappel amical — facture F-2026-021']);
    expect(search('retard')).toEqual(['Rappel amical — facture F-2026-021']);
  });

  it('a quoted phrase needs its words in order', () => {
    expect(search('"facture on en parle"')).toEqual(['Maquettes du catalogue']);
    expect(search('"parle facture"')).toEqual([]);
  });

  it('after: and before: take midnight Pacific time, so a Paris morning can fall on the day before', () => {
    // 2026-03-01T18:00Z is 10:00 PST on 1 March; 2026-03-02T08:00Z is 00:00 PST on 2 March.
    expect(search('after:2026/03/01 before:2026/03/02 in:sent')).toEqual([
      'Maquettes du catalogue',
      'Reminder: invoice F-2026-020',
    ]);
    expect(search('after:2026/03/02')).toEqual(['Rappel amical — facture F-2026-021']);
    expect(search('before:2026/02/21')).toEqual(['Relance facture F-2026-014']);
    expect(search(`after:${Date.parse('2026-03-01T19:00:00Z') / 1000} in:sent`)).toEqual([
      'Maquettes du catalogue',
    ]);
  });

  it('newer_than: and older_than: count back from the clock', () => {
    expect(search('in:sent newer_than:2d')).toEqual([
      'Maquettes du catalogue',
      'Reminder: invoice F-2026-020',
    ]);
    expect(search('in:sent older_than:7d')).toEqual(['Relance facture F-2026-014']);
    kernel.clock.advance(30 * DAY);
    expect(search('newer_than:1m')).toEqual([
      'Rappel amical — facture F-2026-021',
      'Maquettes du catalogue',
      'Reminder: invoice F-2026-020',
    ]);
    expect(search('newer_than:20d')).toEqual([]);
  });

  it('rfc822msgid: finds the message by its Message-ID, with or without brackets', () => {
    const nordlicht = mailbox.sent().find((m) => m.threadId === threads.nordlicht);
    const id = nordlicht?.messageId ?? '';
    expect(search(`rfc822msgid:${id}`)).toEqual(['Reminder: invoice F-2026-020']);
    expect(search(`rfc822msgid:${id.slice(1, -1)}`)).toEqual(['Reminder: invoice F-2026-020']);
  });

  it('OR, {…}, negation and parentheses combine', () => {
    expect(search('F-2026-014 OR F-2026-020')).toEqual([
      'Reminder: invoice F-2026-020',
      'Relance facture F-2026-014',
    ]);
    expect(search('{from:nordlicht.de to:nordlicht.de to:boulangerie-lefevre.fr}')).toEqual([
      'Rappel amical — facture F-2026-021',
      'Reminder: invoice F-2026-020',
    ]);
    // "Maquettes du catalogue" says "pour la facture" in its body.
    expect(search('in:sent -facture')).toEqual(['Reminder: invoice F-2026-020']);
    expect(search('in:sent -(to:atelier-dupont.fr OR to:nordlicht.de)')).toEqual([
      'Rappel amical — facture F-2026-021',
    ]);
  });

  it('a thread matches when any of its messages matches', () => {
    expect(search('from:contact@boulangerie-lefevre.fr "désolée du retard"')).toEqual([
      'Rappel amical — facture F-2026-021',
    ]);
    // No single message is both from the client and about "Échéance", so nothing matches.
    expect(search('from:contact@boulangerie-lefevre.fr échéance')).toEqual([]);
  });

  it('pages with start and max', () => {
    expect(search('in:sent', 1, 2)).toEqual([
      'Maquettes du catalogue',
      'Reminder: invoice F-2026-020',
    ]);
  });
});
