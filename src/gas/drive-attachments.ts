/**
 * Invoice PDFs from Drive. DriveApp.getFileById throws when the file does not exist or the user
 * cannot open it (https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String));
 * File.getBlob returns its content (https://developers.google.com/apps-script/reference/drive/file#getBlob()).
 * Reading needs the drive.readonly scope.
 */
export type AttachmentResult =
  | { readonly ok: true; readonly blob: GoogleAppsScript.Base.Blob; readonly name: string }
  | { readonly ok: false; readonly error: string };

export function fetchAttachment(fileId: string): AttachmentResult {
  try {
    const file = DriveApp.getFileById(fileId);
    const blob = file.getBlob();
    return { ok: true, blob, name: file.getName() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
