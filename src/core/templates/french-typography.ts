/**
 * French typography for text Relance writes: a typographic apostrophe (’), a no-break space
 * (U+00A0) before a colon and inside « », a narrow no-break space (U+202F) before ; ! ? — so a
 * punctuation mark never starts a line in the client's mail reader. Only the space already typed
 * before the mark is replaced: URLs (`https://…?a=b`) and placeholders are left as they are.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/« ?/g, '«\u00a0')
    .replace(/ ?»/g, '\u00a0»')
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([;!?])/g, '\u202f$1');
}

/** The same on HTML made by `escapeHtml`, where the apostrophe is `&#39;`. */
export function frenchTypographyHtml(html: string): string {
  return frenchTypography(html.replace(/&#39;/g, "'"));
}
