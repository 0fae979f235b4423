/**
 * What the demo's clients receive over its sixty days, from the compiled bundle: every message
 * in one language (French, British and American clients), signed, greeting the contact by name,
 * and a client first reminded late starting at the first reminder.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoResult, runDemo } from '../../local/demo/run-demo.ts';
import { DEMO_CLIENTS } from '../../local/demo/workbook.ts';
import { DIST, requireBuild } from './support/world.ts';

const WORDS = {
  fr: [
    /\bBonjour\b/,
    /\bCordialement\b/,
    /\bfactures?\b/,
    /\brèglement\b/,
    /\bjanvier|février|mars|avril|mai\b/,
  ],
  en: [
    /\bHello\b/,
    /\bregards\b/i,
    /\binvoices?\b/i,
    /\bpayment\b/i,
    /\b(January|February|March|April|May)\b/,
  ],
} as const;

let demo: DemoResult;

beforeAll(() => {
  requireBuild();
  demo = runDemo({ distDir: DIST });
});

function clientOf(address: string) {
  const client = Object.values(DEMO_CLIENTS).find((c) => c.email === address);
  if (!client) throw new Error(`no demo client for ${address}`);
  return client;
}

describe('the demo’s messages', () => {
  it('are each in the client’s language only, across French, British and American clients', () => {
    const languages = new Set<string>();
    for (const message of [...demo.messages, ...demo.drafts]) {
      const client = clientOf(message.to[0] ?? '');
      languages.add(`${client.language}-${client.country}`);
      const other = client.language === 'fr' ? 'en' : 'fr';
      for (const word of WORDS[other]) {
        expect(`${message.subject}\n${message.text}`, message.subject).not.toMatch(word);
      }
    }
    expect([...languages].sort()).toEqual(['en-GB', 'en-US', 'fr-FR']);
  });

  it('are signed and greet the contact by name (the sheet’s « Contact » column)', () => {
    for (const message of demo.messages) {
      const client = clientOf(message.to[0] ?? '');
      expect(message.text, message.subject).toContain('Camille Martin');
      expect(message.text, message.subject).toMatch(
        new RegExp(`^(Bonjour|Hello) ${client.contact},`),
      );
    }
  });

  it('start Garage Bernard, first seen 65 days late, at the first reminder', () => {
    const bernard = demo.messages.filter((m) => m.to.includes(DEMO_CLIENTS.bernard.email));
    expect(bernard[0]?.subject).toMatch(/^(Rappel de paiement|Règlement en attente|Petit rappel)/);
    expect(bernard.some((m) => m.subject.includes('F-2025-094'))).toBe(false);
  });
});
