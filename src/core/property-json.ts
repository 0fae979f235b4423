/**
 * JSON values earlier versions kept in a Properties store, split over several keys when too
 * large: a property value is limited to 9 KB
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations), so a
 * larger value was stored as `key` = `{"chunks":n}` plus `key#0` … `key#n-1`. Only read now
 * (document-store.ts): Relance keeps its state in the spreadsheet.
 */

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
