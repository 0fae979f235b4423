/**
 * A stored message as an RFC 5322 / MIME file a mail client opens (`.eml`): UTF-8 headers as
 * RFC 2047 encoded words, text and HTML as multipart/alternative, attachments base64 in
 * multipart/mixed with RFC 2231 file names. GmailMessage.getRawContent returns the same text.
 */
import { parseAddressList } from './address.ts';
import type { StoredAttachment } from './mailbox.ts';

export interface EmlSource {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly replyTo: string;
  readonly subject: string;
  readonly date: number;
  readonly messageIdHeader: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  readonly plainBody: string;
  readonly htmlBody: string | null;
  readonly attachments: readonly StoredAttachment[];
  /** Further header fields by lower-case name (Auto-Submitted, Precedence…). */
  readonly otherHeaders?: Readonly<Record<string, string>>;
}

const CRLF = '\r\n';

const NEEDS_ENCODING = /[^\x20-\x7e]/;

/**
 * RFC 2047 B-encoded words, split on character boundaries so that each folded line stays within
 * 76 characters; `used` is what the line already holds before the first word (e.g. "Subject: ").
 */
export function encodeWords(text: string, used = 1): string {
  if (!NEEDS_ENCODING.test(text)) return text;
  // A word of n bytes is 12 + 4 * ceil(n / 3) characters long.
  const maxBytes = (lineUsed: number) => 3 * Math.floor((76 - 12 - lineUsed) / 4);
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    const limit = maxBytes(words.length === 0 ? used : 1);
    if (chunk !== '' && Buffer.byteLength(chunk + ch, 'utf8') > limit) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk !== '') words.push(chunk);
  return words
    .map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`)
    .join(`${CRLF} `);
}

function encodeAddressList(list: string): string {
  return parseAddressList(list)
    .addresses.map((a) => {
      if (a.name === '') return a.email;
      const name = NEEDS_ENCODING.test(a.name)
        ? encodeWords(a.name, 'Reply-To: '.length)
        : /[",;<>@()]/.test(a.name)
          ? `"${a.name.replace(/(["\\])/g, '\\$1')}"`
          : a.name;
      const lastLine = name.slice(name.lastIndexOf('\n') + 1);
      const fits = lastLine.length + a.email.length + 3 <= 76;
      return `${name}${fits ? ' ' : `${CRLF} `}<${a.email}>`;
    })
    .join(`,${CRLF} `);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time in UTC, e.g. `Mon, 02 Mar 2026 08:15:00 +0000`. */
export function rfc5322Date(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

function base64Lines(bytes: Uint8Array | string): string {
  const b64 = Buffer.from(bytes).toString('base64');
  return (b64.match(/.{1,76}/g) ?? ['']).join(CRLF);
}

function textPart(type: 'plain' | 'html', body: string): string {
  return [
    `Content-Type: text/${type}; charset=UTF-8`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(body),
  ].join(CRLF);
}

function fileNameParams(name: string): { type: string; disposition: string } {
  if (!NEEDS_ENCODING.test(name) && !/["\\]/.test(name)) {
    return { type: `name="${name}"`, disposition: `filename="${name}"` };
  }
  const pct = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return { type: `name="${encodeWords(name)}"`, disposition: `filename*=UTF-8''${pct}` };
}

function attachmentPart(a: StoredAttachment): string {
  const params = fileNameParams(a.name);
  return [
    `Content-Type: ${a.mimeType}; ${params.type}`,
    `Content-Disposition: attachment; ${params.disposition}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(a.bytes),
  ].join(CRLF);
}

function multipart(subtype: string, boundary: string, parts: string[]): string {
  return [
    `Content-Type: multipart/${subtype}; boundary="${boundary}"`,
    '',
    ...parts.map((p) => `--${boundary}${CRLF}${p}`),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

/** `x-autoreply` → `X-Autoreply`: each word capitalised, as mail servers write field names. */
function fieldName(lower: string): string {
  return lower.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

export function toEml(m: EmlSource): string {
  const headers: string[] = [
    'MIME-Version: 1.0',
    `Date: ${rfc5322Date(m.date)}`,
    `Message-ID: ${m.messageIdHeader}`,
    `Subject: ${encodeWords(m.subject, 'Subject: '.length)}`,
    `From: ${encodeAddressList(m.from)}`,
    `To: ${encodeAddressList(m.to)}`,
  ];
  if (m.cc !== '') headers.push(`Cc: ${encodeAddressList(m.cc)}`);
  if (m.bcc !== '') headers.push(`Bcc: ${encodeAddressList(m.bcc)}`);
  if (m.replyTo !== '') headers.push(`Reply-To: ${encodeAddressList(m.replyTo)}`);
  if (m.inReplyTo !== null) headers.push(`In-Reply-To: ${m.inReplyTo}`);
  if (m.references.length > 0) headers.push(`References: ${m.references.join(`${CRLF} `)}`);
  for (const [name, value] of Object.entries(m.otherHeaders ?? {}))
    headers.push(`${fieldName(name)}: ${encodeWords(value, name.length + 2)}`);

  const text = textPart('plain', m.plainBody);
  const body =
    m.htmlBody === null
      ? text
      : multipart('alternative', `alt_${m.id}`, [text, textPart('html', m.htmlBody)]);
  const entity =
    m.attachments.length === 0
      ? body
      : multipart('mixed', `mixed_${m.id}`, [body, ...m.attachments.map(attachmentPart)]);
  return `${headers.join(CRLF)}${CRLF}${entity}${entity.endsWith(CRLF) ? '' : CRLF}`;
}
