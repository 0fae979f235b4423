import { describe, expect, it } from 'vitest';
import {
  type AutoReplySigns,
  autoReplyQuote,
  isAutomaticReply,
} from '../../../src/core/exchanges/automatic-reply.ts';

/** A message as Gmail gives it: its subject, and its headers by name in any case. */
function mail(subject: string, headers: Readonly<Record<string, string>> = {}): AutoReplySigns {
  const byName = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { subject: () => subject, header: (name) => byName.get(name.toLowerCase()) ?? '' };
}

const REMINDER = 'Relance facture F-2026-014';

describe('an automatic reply, told by its headers', () => {
  it('is marked by Auto-Submitted auto-replied, what responders set (RFC 3834)', () => {
    // Gmail's vacation responder: the subject is whatever the person typed.
    expect(isAutomaticReply(mail('En congés', { 'Auto-Submitted': 'auto-replied' }))).toBe(true);
    expect(isAutomaticReply(mail('Absence', { 'Auto-Submitted': 'auto-notified' }))).toBe(true);
    expect(
      isAutomaticReply(
        mail(`Re: ${REMINDER}`, { 'Auto-Submitted': 'auto-replied; owner-email="m@x.fr"' }),
      ),
    ).toBe(true);
    // A person's mail client may say so explicitly.
    expect(isAutomaticReply(mail(`Re: ${REMINDER}`, { 'Auto-Submitted': 'no' }))).toBe(false);
  });

  it('is not marked by Auto-Submitted auto-generated alone: a person’s answer relayed by a helpdesk', () => {
    const relayed = mail(`Re: ${REMINDER}`, { 'Auto-Submitted': 'auto-generated' });
    expect(isAutomaticReply(relayed)).toBe(false);
    // Exchange's automatic reply may carry it too: its subject tells it.
    const exchange = mail(`Réponse automatique : ${REMINDER}`, {
      'Auto-Submitted': 'auto-generated',
    });
    expect(isAutomaticReply(exchange)).toBe(true);
  });

  it('is marked by older responders’ X-Autoreply and X-Autorespond', () => {
    expect(isAutomaticReply(mail(`Re: ${REMINDER}`, { 'X-Autoreply': 'yes' }))).toBe(true);
    expect(isAutomaticReply(mail(`Re: ${REMINDER}`, { 'X-Autorespond': REMINDER }))).toBe(true);
  });

  it('is marked by Precedence auto_reply, never by other values', () => {
    for (const value of ['auto_reply', 'Auto_Reply'])
      expect(isAutomaticReply(mail(`Re: ${REMINDER}`, { Precedence: value }))).toBe(true);
    expect(isAutomaticReply(mail(`Re: ${REMINDER}`, { Precedence: 'first-class' }))).toBe(false);
  });

  it('is not marked by Precedence list or bulk: a person answering through a group address or a helpdesk', () => {
    // A Google Group accounts address relays its members' answers with Precedence: list.
    for (const value of ['list', 'bulk', 'junk'])
      expect(isAutomaticReply(mail(`Re: ${REMINDER}`, { Precedence: value }))).toBe(false);
  });

  it('is not marked by X-Auto-Response-Suppress: Outlook sets it on people’s own mail', () => {
    const outlookAnswer = mail(`RE: ${REMINDER}`, { 'X-Auto-Response-Suppress': 'All' });
    expect(isAutomaticReply(outlookAnswer)).toBe(false);
  });
});

describe('an automatic reply without headers, told by its subject', () => {
  it('opens as French responders write it', () => {
    for (const subject of [
      `Réponse automatique : ${REMINDER}`,
      `RÉPONSE AUTOMATIQUE: ${REMINDER}`,
      `Absence du bureau : ${REMINDER}`,
      'Absente jusqu’au 4 janvier',
      "Absent jusqu'au lundi 12 janvier",
      'Absence : retour le 5/01',
      'Message d’absence',
    ])
      expect(isAutomaticReply(mail(subject)), subject).toBe(true);
  });

  it('opens as English and other languages’ responders write it', () => {
    for (const subject of [
      `Automatic reply: ${REMINDER}`,
      `Auto-Reply: ${REMINDER}`,
      `AutoReply: ${REMINDER}`,
      `Out of Office: ${REMINDER}`,
      `Out of Office AutoReply: ${REMINDER}`,
      `Automatische Antwort: ${REMINDER}`,
      `Respuesta automática: ${REMINDER}`,
      `Autosvar: ${REMINDER}`,
    ])
      expect(isAutomaticReply(mail(subject)), subject).toBe(true);
  });

  it('does not take a person’s answer for one', () => {
    for (const subject of [
      `Re: ${REMINDER}`,
      `RE: ${REMINDER}`,
      'Absence de paiement : notre explication',
      'Absences de l’équipe en décembre',
      `TR: Réponse automatique : ${REMINDER}`,
      '',
    ])
      expect(isAutomaticReply(mail(subject)), subject).toBe(false);
  });
});

describe('what the user is shown of an automatic reply', () => {
  it('is its subject without the responder’s opening, when the person wrote one', () => {
    expect(autoReplyQuote('Absente jusqu’au 4 janvier', REMINDER, '')).toBe(
      'Absente jusqu’au 4 janvier',
    );
    expect(autoReplyQuote('Réponse automatique : Absent jusqu’au 4 janvier', REMINDER, '')).toBe(
      'Absent jusqu’au 4 janvier',
    );
  });

  it('is the body’s first statement when the subject only echoes the reminder’s', () => {
    const body = [
      'Bonjour,',
      '',
      'Je suis absente du bureau jusqu’au 4 janvier inclus, sans accès à mes e-mails.',
      'Pour toute urgence : Paul Martin, 01 23 45 67 89.',
    ].join('\r\n');
    expect(autoReplyQuote(`Réponse automatique : RE: ${REMINDER}`, REMINDER, body)).toBe(
      'Je suis absente du bureau jusqu’au 4 janvier inclus, sans a…',
    );
    expect(
      autoReplyQuote(`Automatic reply: ${REMINDER}`, REMINDER, 'Hello,\nBack on 5 January.'),
    ).toBe('Back on 5 January.');
  });

  it('keeps to 60 characters', () => {
    const quote = autoReplyQuote('x'.repeat(200), REMINDER, '');
    expect(quote).toHaveLength(60);
    expect(quote.endsWith('…')).toBe(true);
  });
});
