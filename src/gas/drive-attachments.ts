/**
 * Invoice PDFs from Drive, in two steps so that nothing of a file's content is read before the
 * rule of src/core/invoice-file-rule.ts accepts it:
 * - `openDriveFile`: DriveApp.getFileById throws when the file does not exist or the user cannot
 *   open it (https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String));
 *   File.getName and File.getMimeType give its name and type
 *   (https://developers.google.com/apps-script/reference/drive/file#getName(),
 *   https://developers.google.com/apps-script/reference/drive/file#getMimeType(); Google files
 *   have the `application/vnd.google-apps.*` types of
 *   https://developers.google.com/drive/api/guides/mime-types);
 * - `readDriveFile`: File.getBlob returns its content
 *   (https://developers.google.com/apps-script/reference/drive/file#getBlob()).
 * Reading needs the drive.readonly scope.
 */
import type { LinkedFile } from '../core/invoice-file-rule.ts';

type Blob = GoogleAppsScript.Base.Blob;
type File = GoogleAppsScript.Drive.File;

export type OpenedDriveFile =
  | { readonly ok: true; readonly file: LinkedFile; readonly handle: File }
  | { readonly ok: false; readonly error: string };

export type ReadDriveFile =
  | { readonly ok: true; readonly blob: Blob }
  | { readonly ok: false; readonly error: string };

/** The file's name and type, or Drive's error when it cannot be opened. */
export function openDriveFile(fileId: string): OpenedDriveFile {
  try {
    const handle = DriveApp.getFileById(fileId);
    return {
      ok: true,
      file: { id: fileId, name: handle.getName(), mimeType: handle.getMimeType() },
      handle,
    };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** The content of a file `openDriveFile` opened. */
export function readDriveFile(opened: Extract<OpenedDriveFile, { ok: true }>): ReadDriveFile {
  try {
    return { ok: true, blob: opened.handle.getBlob() };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
