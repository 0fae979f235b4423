import type { SettingsIssue } from './settings-validation.ts';
import { localized } from './texts/server-texts.ts';

/**
 * A sender name guessed from an e-mail address, to pre-fill the signature:
 * `camille.martin@gmail.com` → "Camille Martin", `jean-paul_roux+factures@…` → "Jean Paul Roux".
 * Digits and the `+tag` part are dropped; an address with no letters gives "".
 */
export function nameFromEmail(email: string): string {
  const local = (email.split('@')[0] ?? '').split('+')[0] ?? '';
  return local
    .split(/[._\-\d]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join(' ');
}

/** Nothing goes to a client unsigned: live sending needs the sender's name. */
export function hasSignature(settings: { readonly senderName: string }): boolean {
  return settings.senderName.trim() !== '';
}

/**
 * Settings that would be live without a signature: refused when saved, as going live is, so
 * Today never previews e-mails the run then refuses to send (an empty name stays possible in
 * test mode, where everything goes to the user).
 */
export function liveSignatureIssues(settings: {
  readonly senderName: string;
  readonly testMode: boolean;
}): SettingsIssue[] {
  if (settings.testMode || hasSignature(settings)) return [];
  return [{ path: 'senderName', message: localized('noSignatureLive') }];
}
