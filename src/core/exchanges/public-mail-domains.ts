/**
 * Domains where anyone can open an address (webmail and French, Belgian, Swiss, German and
 * British access providers' mail). A client's own domain (`atelier-dupont.fr`) stands for its
 * people, so the search for replies looks at everything its people wrote; one of these domains
 * stands for millions of strangers, so it is never searched as a whole: a client at
 * `gmail.com` is searched by its listed addresses only.
 *
 * Missing a provider here costs search breadth, not correctness: what counts as a reply is decided
 * by the thread (see mail-exchange.ts), never by the domain.
 * Data only: the build ships it in a project file read on first use (scripts/lazy-data.ts);
 * exchange-query.ts asks it.
 */
export const PUBLIC_MAIL_DOMAINS: readonly string[] = [
  // Webmail
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.fr',
  'hotmail.com',
  'hotmail.fr',
  'hotmail.be',
  'hotmail.co.uk',
  'live.com',
  'live.fr',
  'live.be',
  'msn.com',
  'yahoo.com',
  'yahoo.fr',
  'yahoo.co.uk',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'aol.fr',
  'gmx.com',
  'gmx.fr',
  'gmx.de',
  'gmx.net',
  'web.de',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'tutanota.com',
  'tuta.io',
  'zoho.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'mail.com',
  'fastmail.com',
  'hey.com',
  'mailo.com',
  'laposte.net',
  // Access providers' mail
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'neuf.fr',
  'cegetel.net',
  'club-internet.fr',
  'bbox.fr',
  'numericable.fr',
  'aliceadsl.fr',
  'libertysurf.fr',
  'voila.fr',
  'skynet.be',
  'telenet.be',
  'proximus.be',
  'bluewin.ch',
  't-online.de',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
];
