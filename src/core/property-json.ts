/**
 * JSON values kept in a Properties store, split over several keys when too large.
 *
 * A property value is limited to 9 KB and a store to 500 KB
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations). Settings
 * with many rate points or long column overrides can pass the per-value limit, so a value larger
 * than CHUNK_BYTES is stored as `key` = `{"chunks":n}` plus `key#0` … `key#n-1`. Reading and
 * writing each cost one service call: getProperties() and setProperties(map) are batched
 * (https://developers.google.com/apps-script/reference/properties/properties).
 */

/** Below the 9 KB limit, leaving room for the key and for how Google counts (not documented). */
export const CHUNK_BYTES = 8000;

interface ChunkHeader {
  readonly chunks: number;
}

function isChunkHeader(value: unknown): value is ChunkHeader {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { chunks?: unknown }).chunks === 'number'
  );
}

/** UTF-8 length of a string, computed without a service call. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Splits `text` into pieces of at most `maxBytes` UTF-8 bytes, never inside a surrogate pair. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i += 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function chunkKey(key: string, index: number): string {
  return `${key}#${index}`;
}

/**
 * The JSON stored under `key` in an already-read property map, or undefined when absent or
 * unreadable (a missing chunk, bad JSON): the caller falls back to defaults and says so.
 */
export function readJsonProperty(
  properties: Readonly<Record<string, string>>,
  key: string,
): unknown {
  const raw = properties[key];
  if (raw === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isChunkHeader(parsed)) return parsed;
  let joined = '';
  for (let i = 0; i < parsed.chunks; i++) {
    const piece = properties[chunkKey(key, i)];
    if (piece === undefined) return undefined;
    joined += piece;
  }
  try {
    return JSON.parse(joined);
  } catch {
    return undefined;
  }
}

/** The property entries that store `value` under `key` (one entry, or a header plus chunks). */
export function jsonPropertyEntries(key: string, value: unknown): Record<string, string> {
  const text = JSON.stringify(value);
  if (utf8Length(text) + utf8Length(key) <= CHUNK_BYTES) return { [key]: text };
  const pieces = splitUtf8(text, CHUNK_BYTES - utf8Length(key) - 8);
  const entries: Record<string, string> = { [key]: JSON.stringify({ chunks: pieces.length }) };
  pieces.forEach((piece, i) => {
    entries[chunkKey(key, i)] = piece;
  });
  return entries;
}

/** Keys of chunks left over from a previous, larger value of `key`. */
export function staleChunkKeys(
  properties: Readonly<Record<string, string>>,
  key: string,
  entries: Readonly<Record<string, string>>,
): string[] {
  const prefix = `${key}#`;
  return Object.keys(properties).filter((k) => k.startsWith(prefix) && !(k in entries));
}

/** Reads one JSON value from a store (one getProperties call). */
export function readJson(store: GoogleAppsScript.Properties.Properties, key: string): unknown {
  return readJsonProperty(store.getProperties(), key);
}

/**
 * Writes one JSON value (one setProperties call, plus one deleteProperty per stale chunk, which
 * only happens when the value shrank across the chunking threshold).
 */
export function writeJson(
  store: GoogleAppsScript.Properties.Properties,
  key: string,
  value: unknown,
  current?: Readonly<Record<string, string>>,
): void {
  const entries = jsonPropertyEntries(key, value);
  const before = current ?? store.getProperties();
  store.setProperties(entries, false);
  for (const stale of staleChunkKeys(before, key, entries)) store.deleteProperty(stale);
}
