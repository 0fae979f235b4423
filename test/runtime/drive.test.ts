/**
 * DriveApp.getFileById for invoice PDFs: https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
 * and https://developers.google.com/apps-script/reference/drive/file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Kernel } from '../../local/kernel.ts';
import { blobContent } from '../../local/services/blob.ts';
import { DRIVE_NOT_FOUND_MESSAGE, DriveModule, DriveStore } from '../../local/services/drive.ts';
import { execute } from './service-context.ts';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3]);
let kernel: Kernel;
let drive: DriveStore;

beforeEach(() => {
  kernel = new Kernel(new Date('2026-03-02T08:00:00Z'));
  drive = new DriveStore();
  drive.addFile({
    id: '1AbCdEfGhIjK_F-2026-014',
    name: 'F-2026-014.pdf',
    mimeType: 'application/pdf',
    bytes: PDF,
  });
  drive.addFile({
    id: '1ZzSharedByAccountant',
    name: 'F-2026-009.pdf',
    mimeType: 'application/pdf',
    bytes: PDF,
    accessible: false,
  });
});

const run = <T>(body: Parameters<typeof execute<T>>[2], options = {}) =>
  execute(kernel, [new DriveModule(drive)], body, options);

describe('DriveApp.getFileById', () => {
  it('returns the file with its name, type, URL and bytes as a Blob', () => {
    const file = run(({ DriveApp }) => {
      const f = DriveApp.getFileById('1AbCdEfGhIjK_F-2026-014');
      const blob = f.getBlob();
      return {
        id: f.getId(),
        name: f.getName(),
        type: f.getMimeType(),
        url: f.getUrl(),
        blobName: blob.getName(),
        bytes: blob.getBytes(),
        content: blobContent(blob),
      };
    });
    expect(file).toMatchObject({
      id: '1AbCdEfGhIjK_F-2026-014',
      name: 'F-2026-014.pdf',
      type: 'application/pdf',
      url: 'https://drive.google.com/file/d/1AbCdEfGhIjK_F-2026-014/view?usp=drivesdk',
      blobName: 'F-2026-014.pdf',
    });
    // Apps Script bytes are signed Java bytes.
    expect(file.bytes.slice(-2)).toEqual([-30, -29]);
    expect(file.content?.bytes).toEqual(PDF);
  });

  it('getAs(application/pdf) keeps a PDF as it is', () => {
    const type = run(({ DriveApp }) =>
      DriveApp.getFileById('1AbCdEfGhIjK_F-2026-014').getAs('application/pdf').getContentType(),
    );
    expect(type).toBe('application/pdf');
  });

  it('throws the real message for an unknown id, a URL pasted instead of an id, or a file not shared', () => {
    for (const id of [
      '1NoSuchFile',
      'https://drive.google.com/file/d/1AbCdEfGhIjK_F-2026-014/view',
      '1ZzSharedByAccountant',
    ]) {
      const error = run(({ DriveApp }) => {
        try {
          DriveApp.getFileById(id);
          return null;
        } catch (e) {
          return e as Error;
        }
      });
      expect(error?.message).toBe(DRIVE_NOT_FOUND_MESSAGE);
      expect(String(error)).toBe(`Exception: ${DRIVE_NOT_FOUND_MESSAGE}`);
    }
  });

  it('fails on the next read when the file is deleted during the run', () => {
    expect(() =>
      run(({ DriveApp }) => {
        const file = DriveApp.getFileById('1AbCdEfGhIjK_F-2026-014');
        drive.removeFile('1AbCdEfGhIjK_F-2026-014');
        return file.getBlob();
      }),
    ).toThrow(DRIVE_NOT_FOUND_MESSAGE);
  });

  it('counts one call per method', () => {
    run(({ DriveApp }) => DriveApp.getFileById('1AbCdEfGhIjK_F-2026-014').getBlob());
    expect(kernel.count('DriveApp.getFileById')).toBe(1);
    expect(kernel.count('File.getBlob')).toBe(1);
  });
});
