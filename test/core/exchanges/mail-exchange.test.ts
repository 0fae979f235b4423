import { describe, expect, it } from 'vitest';
import { exchangeQuery, isPublicMailDomain } from '../../../src/core/exchanges/exchange-query.ts';
import {
  isDeliveryFailureSender,
  type MailContext,
  type MailMessage,
  meaningOf,
} from '../../../src/core/exchanges/mail-exchange.ts';

const USER = 'camille.martin@gmail.com';
const ALIAS = 'camille@studio-martin.fr';
const FIRM = 'compta@cabinet-expert.fr';

/** Alpha and Beta share their accounting firm's address; Dupont has its own, the user in CC. */
const context: MailContext = {
  reminderIds: new Set(['r1-alpha']),
  reminderThreads: new Map([
    ['thread-alpha', new Set(['alpha conseil'])],
    ['thread-dupont', new Set(['atelier dupont'])],
  ]),
  clientsByAddress: new Map([
    [FIRM, new Set(['alpha conseil', 'beta studio'])],
    ['compta@atelier-dupont.fr', new Set(['atelier dupont'])],
    [ALIAS, new Set(['atelier dupont'])],
  ]),
  invoiceNumbers: new Map([
    ['alpha conseil', ['F-2026-001']],
    ['beta studio', ['F-2026-002', 'F-2026-012']],
    ['atelier dupont', ['F-2026-014']],
  ]),
  isUser: (address) => address === USER || address === ALIAS,
  userKnown: true,
};

function message(
  fields: Partial<Omit<MailMessage, 'from' | 'recipients' | 'text' | 'subject' | 'header'>> & {
    from: string;
    to?: string[];
    text?: string;
    subject?: string;
    headers?: Readonly<Record<string, string>>;
  },
): MailMessage {
  return {
    id: fields.id ?? 'm-1',
    threadId: fields.threadId ?? 'thread-other',
    from: () => [fields.from],
    recipients: () => fields.to ?? [USER],
    text: () => fields.text ?? '',
    isRelanceReminder: fields.isRelanceReminder ?? (() => false),
    subject: () => fields.subject ?? 'Re: Relance facture F-2026-014',
    header: (name) => fields.headers?.[name.toLowerCase()] ?? '',
  };
}

describe('what a message in a reminder’s thread means', () => {
  it('is the reply of the client the thread’s reminders were for, whoever at the client wrote it', () => {
    expect(meaningOf(message({ from: FIRM, threadId: 'thread-alpha' }), context)).toEqual({
      kind: 'client_replied',
      clients: ['alpha conseil'],
    });
    expect(
      meaningOf(message({ from: 'marie@atelier-dupont.fr', threadId: 'thread-dupont' }), context),
    ).toEqual({ kind: 'client_replied', clients: ['atelier dupont'] });
  });

  it('is a bounce when a mail server wrote it', () => {
    const failure = message({ from: 'mailer-daemon@googlemail.com', threadId: 'thread-dupont' });
    expect(meaningOf(failure, context)).toEqual({ kind: 'bounced', clients: ['atelier dupont'] });
  });

  it('is the client’s reply even when it quotes the reminder, reference included, without “>”', () => {
    // Outlook quotes the reminder under a « De : … Envoyé : … » header, not with `>`.
    const outlookReply = message({
      from: 'compta@atelier-dupont.fr',
      threadId: 'thread-dupont',
      isRelanceReminder: () => true,
    });
    expect(meaningOf(outlookReply, context)).toEqual({
      kind: 'client_replied',
      clients: ['atelier dupont'],
    });
    // A mail server's report that quotes the undelivered reminder is still a bounce.
    const bounceQuoting = message({
      from: 'postmaster@atelier-dupont.fr',
      threadId: 'thread-dupont',
      isRelanceReminder: () => true,
    });
    expect(meaningOf(bounceQuoting, context)).toEqual({
      kind: 'bounced',
      clients: ['atelier dupont'],
    });
  });

  it('is the user’s own e-mail when the user wrote it, from an alias too, and nothing when it is a reminder', () => {
    const byHand = message({ from: ALIAS, threadId: 'thread-dupont' });
    expect(meaningOf(byHand, context)).toEqual({
      kind: 'manual_email',
      clients: ['atelier dupont'],
    });
    expect(
      meaningOf(message({ from: USER, id: 'r1-alpha', threadId: 'thread-alpha' }), context),
    ).toBeNull();
    const lostReminder = message({
      from: USER,
      threadId: 'thread-alpha',
      isRelanceReminder: () => true,
    });
    expect(meaningOf(lostReminder, context)).toBeNull();
  });
});

describe('an automatic reply in a reminder’s thread', () => {
  const outOfOffice = {
    from: 'compta@atelier-dupont.fr',
    threadId: 'thread-dupont',
    subject: 'Réponse automatique : Relance facture F-2026-014',
    headers: { 'auto-submitted': 'auto-replied' },
  };

  it('is an automatic reply, not the client’s answer: nobody read the reminder', () => {
    expect(meaningOf(message(outOfOffice), context)).toEqual({
      kind: 'auto_replied',
      clients: ['atelier dupont'],
    });
  });

  it('is still a bounce when a mail server wrote it, whatever its Auto-Submitted header says', () => {
    const failure = message({
      ...outOfOffice,
      from: 'mailer-daemon@googlemail.com',
      subject: 'Delivery Status Notification (Failure)',
    });
    expect(meaningOf(failure, context)).toEqual({ kind: 'bounced', clients: ['atelier dupont'] });
  });

  it('reads no header of a reminder, a bounce or a message outside the reminders’ threads', () => {
    const read: string[] = [];
    const watched = (fields: Parameters<typeof message>[0]): MailMessage => {
      const m = message(fields);
      return {
        ...m,
        subject: () => {
          read.push('Subject');
          return m.subject();
        },
        header: (name) => {
          read.push(name);
          return m.header(name);
        },
      };
    };
    meaningOf(watched({ from: USER, id: 'r1-alpha', threadId: 'thread-alpha' }), context);
    meaningOf(
      watched({ from: 'mailer-daemon@googlemail.com', threadId: 'thread-dupont' }),
      context,
    );
    meaningOf(watched({ from: 'ami@exemple.fr', to: [USER] }), context);
    expect(read).toEqual([]);
  });

  it('is nothing when the user’s own responder answered in the thread: the user wrote nothing', () => {
    const usersResponder = message({
      from: USER,
      threadId: 'thread-dupont',
      subject: 'Absente jusqu’au 4 janvier',
      headers: { 'auto-submitted': 'auto-replied' },
    });
    expect(meaningOf(usersResponder, context)).toBeNull();
    const toTheClient = message({
      from: USER,
      to: ['compta@atelier-dupont.fr'],
      subject: 'Out of Office: Votre commande',
    });
    expect(meaningOf(toTheClient, context)).toBeNull();
  });
});

describe('what a message outside the reminders’ threads means', () => {
  it('is nothing when someone else wrote it, even from a client’s address', () => {
    expect(meaningOf(message({ from: FIRM }), context)).toBeNull();
    expect(meaningOf(message({ from: 'ami@exemple.fr', to: [ALIAS] }), context)).toBeNull();
  });

  it('is a hand-written e-mail only when the user wrote it to a client’s address', () => {
    expect(meaningOf(message({ from: USER, to: ['compta@atelier-dupont.fr'] }), context)).toEqual({
      kind: 'manual_email',
      clients: ['atelier dupont'],
    });
    // The user's own alias, listed in a row's CC, is not the client.
    expect(meaningOf(message({ from: USER, to: [ALIAS] }), context)).toBeNull();
    expect(meaningOf(message({ from: USER, to: ['ami@exemple.fr'] }), context)).toBeNull();
  });

  it('counts an e-mail to a shared address for the clients whose invoices it names, else for all', () => {
    const aboutBeta = message({
      from: USER,
      to: [FIRM],
      text: 'Facture F-2026-002 : voici le RIB',
    });
    expect(meaningOf(aboutBeta, context)).toEqual({
      kind: 'manual_email',
      clients: ['beta studio'],
    });
    const general = message({ from: USER, to: [FIRM], text: 'Point sur nos dossiers' });
    expect(meaningOf(general, context)?.clients).toEqual(['alpha conseil', 'beta studio']);
    // F-2026-0012 is not F-2026-001: numbers are matched whole.
    const other = message({ from: USER, to: [FIRM], text: 'Facture F-2026-0012' });
    expect(meaningOf(other, context)?.clients).toEqual(['alpha conseil', 'beta studio']);
  });
});

describe('senders and domains', () => {
  it('recognises mail servers’ delivery reports by their sender', () => {
    expect(isDeliveryFailureSender('mailer-daemon@googlemail.com')).toBe(true);
    expect(isDeliveryFailureSender('postmaster@atelier-dupont.fr')).toBe(true);
    expect(isDeliveryFailureSender('compta@atelier-dupont.fr')).toBe(false);
  });

  it('tells public providers’ domains from a client’s own', () => {
    expect(isPublicMailDomain('gmail.com')).toBe(true);
    expect(isPublicMailDomain('orange.fr')).toBe(true);
    expect(isPublicMailDomain('atelier-dupont.fr')).toBe(false);
  });
});

describe('the search query', () => {
  it('reaches the clients’ addresses and their own domains, never the user’s nor a public provider’s', () => {
    expect(
      exchangeQuery(
        ['compta@atelier-dupont.fr', 'luc.girard@gmail.com', 'Camille.Martin@studio-martin.fr'],
        14,
        'camille.martin@studio-martin.fr',
      ),
    ).toBe(
      'newer_than:14d -in:drafts {from:compta@atelier-dupont.fr to:compta@atelier-dupont.fr ' +
        'from:luc.girard@gmail.com to:luc.girard@gmail.com from:atelier-dupont.fr}',
    );
  });

  it('falls back to every recent conversation when the terms do not fit', () => {
    const many = Array.from({ length: 200 }, (_, i) => `compta@client-${i}.fr`);
    expect(exchangeQuery(many, 14)).toBe('newer_than:14d -in:drafts');
  });
});

describe('a reminder the user’s address does not give away', () => {
  it('is still nothing when its own lines carry Relance’s reference', () => {
    const unrecognised = { ...context, isUser: () => false, userKnown: false };
    const reminder = message({
      from: USER,
      threadId: 'thread-dupont',
      isRelanceReminder: () => true,
    });
    expect(meaningOf(reminder, unrecognised)).toBeNull();
  });
});
