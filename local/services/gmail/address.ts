/**
 * E-mail address lists as Apps Script takes them: a comma-separated string where each entry is a
 * bare address (`jean@atelier-dupont.fr`) or a display name with an address
 * (`Jean Dupont <jean@atelier-dupont.fr>`), as in GmailApp.sendEmail's `recipient`, `cc` and `bcc`
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#sendEmail(String,String,String,Object)).
 */

export interface Address {
  /** Display name, empty when none was given. */
  readonly name: string;
  /** The addr-spec, e.g. `jean@atelier-dupont.fr`. */
  readonly email: string;
}

/**
 * Gmail's exact acceptance rule is not documented. This accepts what RFC 5322's dot-atom allows
 * in practice (letters, digits and `.!#$%&'*+/=?^_\`{|}~-` before the `@`, a dotted domain after
 * it) and rejects the typos that reach real sheets: no `@`, no domain dot, spaces, two `@`.
 */
const ADDR_SPEC =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function isValidAddrSpec(email: string): boolean {
  return ADDR_SPEC.test(email) && !email.startsWith('.') && !email.includes('..');
}

/** Splits on commas that are outside double quotes and angle brackets. */
function splitEntries(list: string): string[] {
  const entries: string[] = [];
  let current = '';
  let inQuotes = false;
  let inAngle = false;
  for (const ch of list) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '<' && !inQuotes) inAngle = true;
    else if (ch === '>' && !inQuotes) inAngle = false;
    if ((ch === ',' || ch === ';') && !inQuotes && !inAngle) {
      entries.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  entries.push(current);
  return entries.map((e) => e.trim()).filter((e) => e !== '');
}

export type ParsedEntry = { ok: true; address: Address } | { ok: false; raw: string };

export function parseEntry(raw: string): ParsedEntry {
  const angle = /^(.*)<([^<>]*)>\s*$/.exec(raw);
  if (angle) {
    const name = (angle[1] ?? '').trim().replace(/^"(.*)"$/, '$1');
    const email = (angle[2] ?? '').trim();
    return isValidAddrSpec(email) ? { ok: true, address: { name, email } } : { ok: false, raw };
  }
  return isValidAddrSpec(raw)
    ? { ok: true, address: { name: '', email: raw } }
    : { ok: false, raw };
}

/**
 * Parses a list; the first invalid entry is returned as `invalid` so the caller can raise
 * Apps Script's "Invalid email: <entry>" for it.
 */
export function parseAddressList(list: string | null | undefined): {
  addresses: Address[];
  invalid: string | null;
} {
  const addresses: Address[] = [];
  for (const raw of splitEntries(String(list ?? ''))) {
    const parsed = parseEntry(raw);
    if (!parsed.ok) return { addresses, invalid: parsed.raw };
    addresses.push(parsed.address);
  }
  return { addresses, invalid: null };
}

export function formatAddress(address: Address): string {
  if (address.name === '') return address.email;
  const needsQuotes = /[",;<>@()]/.test(address.name);
  const name = needsQuotes ? `"${address.name.replace(/"/g, '\\"')}"` : address.name;
  return `${name} <${address.email}>`;
}

export function formatAddressList(addresses: readonly Address[]): string {
  return addresses.map(formatAddress).join(', ');
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
