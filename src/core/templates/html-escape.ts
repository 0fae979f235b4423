const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escaped text whose line breaks become `<br>`. */
export function escapeHtmlLines(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

/** A link to `url` when it is a plain http(s) URL; escaped text otherwise (no `javascript:`). */
export function htmlLink(url: string): string {
  const escaped = escapeHtml(url);
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return escaped;
  return `<a href="${escaped}" style="color:#1a56db;word-break:break-all">${escaped}</a>`;
}
