const DRIVE_HOSTS = /^https?:\/\/(?:drive|docs)\.google\.com\//i;
const PATH_ID = /\/d\/([A-Za-z0-9_-]{10,})/;
const QUERY_ID = /[?&]id=([A-Za-z0-9_-]{10,})/;
/** Drive ids are long URL-safe strings (33 characters today, 28 or 44 for older files). */
const BARE_ID = /^[A-Za-z0-9_-]{25,128}$/;

/**
 * The Drive file id of the invoice PDF, from a Drive or Docs link
 * (`https://drive.google.com/file/d/ID/view`, `…/open?id=ID`, `…/uc?id=ID&export=download`)
 * or a bare id. Null when the text is neither.
 *
 * @example parseDriveFileId('https://drive.google.com/file/d/1aBcD_eF-gH/view')
 * // → '1aBcD_eF-gH'
 * @example parseDriveFileId('not a link') // → null
 */
export function parseDriveFileId(cell: unknown): string | null {
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (BARE_ID.test(text)) return text;
  if (!DRIVE_HOSTS.test(text)) return null;
  return PATH_ID.exec(text)?.[1] ?? QUERY_ID.exec(text)?.[1] ?? null;
}
