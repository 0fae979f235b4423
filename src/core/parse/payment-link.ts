const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;

/**
 * A payment link: a web address (`https://buy.stripe.com/…`); `www.…` gets `https://` in front.
 * Null for anything else (a link the client cannot open must not be sent).
 *
 * @example parsePaymentLink('www.paypal.me/atelier') // → 'https://www.paypal.me/atelier'
 * @example parsePaymentLink('javascript:alert(1)') // → null
 */
export function parsePaymentLink(cell: unknown): string | null {
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const url = /^www\./i.test(text) ? `https://${text}` : text;
  return WEB_ADDRESS.test(url) ? url : null;
}
