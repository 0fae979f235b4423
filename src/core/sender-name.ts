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
