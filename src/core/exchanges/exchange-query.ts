/**
 * The one Gmail query of the search for recent exchanges (syntax:
 * https://support.google.com/mail/answer/7190 — `newer_than:Nd`, `from:`, `to:`, `{a b}` = any
 * of): conversations from or to any of the clients' listed addresses, or from anyone at a
 * client's own domain (a colleague answering a reminder from another address), when those terms
 * fit in one short query; else every recent conversation, filtered afterwards.
 *
 * Left out: the user's own address and domain (they would match the whole mailbox), and public
 * providers' domains (gmail.com, orange.fr: millions of strangers), whose clients are searched by
 * their listed addresses only. A send-as alias of the user's on a row stays in the query (knowing
 * it would cost a Gmail call before the search): it widens the search, and the messages it
 * brings are still judged by their sender and thread (mail-exchange.ts).
 *
 * A domain term (`from:atelier-dupont.fr`) matches the senders whose address holds those words in
 * sequence, as Gmail matches any address term; Google documents `from:` with names and addresses
 * only, and the domain behaviour is observed
 * (http://www.sensefulsolutions.com/2010/07/how-gmail-filter-email-matching-works.html).
 *
 * @example exchangeQuery(['compta@atelier-dupont.fr'], 14)
 * // → 'newer_than:14d -in:drafts {from:compta@atelier-dupont.fr to:compta@atelier-dupont.fr from:atelier-dupont.fr}'
 */
import { PUBLIC_MAIL_DOMAINS } from './public-mail-domains.ts';

/** Longest query with the clients' addresses; the real limit is not documented. */
const MAX_QUERY_LENGTH = 1_500;

export function exchangeQuery(
  addresses: readonly string[],
  days: number,
  userAddress = '',
): string {
  const user = userAddress.toLowerCase();
  const userDomain = user.split('@')[1] ?? '';
  const unique = [...new Set(addresses.map((a) => a.toLowerCase()))].filter((a) => a !== user);
  const domains = [...new Set(unique.map((a) => a.split('@')[1] ?? ''))].filter(
    (domain) => domain !== '' && domain !== userDomain && !isPublicMailDomain(domain),
  );
  const prefix = `newer_than:${Math.max(1, days)}d -in:drafts`;
  const terms = [
    ...unique.sort().flatMap((address) => [`from:${address}`, `to:${address}`]),
    ...domains.sort().map((domain) => `from:${domain}`),
  ].join(' ');
  const query = `${prefix} {${terms}}`;
  return query.length <= MAX_QUERY_LENGTH ? query : prefix;
}

/** The public providers' domains, as a set built on first use (the data file is read then). */
let publicDomains: ReadonlySet<string> | undefined;

/** Whether `domain` (lower case) is a public provider's, shared by unrelated people. */
export function isPublicMailDomain(domain: string): boolean {
  publicDomains ??= new Set(PUBLIC_MAIL_DOMAINS);
  return publicDomains.has(domain);
}
