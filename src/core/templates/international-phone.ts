/**
 * The sender's contact as a client abroad can dial it: a French national number (`06 12 34 56 78`,
 * `0612345678`, `06.12.34.56.78`) becomes `+33 6 12 34 56 78` when the client's country is not
 * France. Numbers of other countries, and anything already international, are left as typed.
 */
const FRENCH_NATIONAL = /(^|[^\d+])0([1-9])[ .-]?(\d\d)[ .-]?(\d\d)[ .-]?(\d\d)[ .-]?(\d\d)(?!\d)/g;

export function contactForClient(
  contact: string,
  senderCountry: string,
  clientCountry: string | null,
): string {
  if (senderCountry !== 'FR' || clientCountry === null || clientCountry === 'FR') return contact;
  return contact.replace(FRENCH_NATIONAL, '$1+33 $2 $3 $4 $5 $6');
}
