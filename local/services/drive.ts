/**
 * DriveApp.getFileById for invoice attachments
 * (https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String),
 * https://developers.google.com/apps-script/reference/drive/file), over a file store the tests and
 * the demo fill.
 */
import type { ExecutionContext, ServiceModule } from '../service-module.ts';
import { createBlob } from './blob.ts';
import { inRealm, ServiceError } from './gmail/facade-support.ts';
import { Authorization } from './script-app.ts';

export const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive.readonly';

/**
 * Message Apps Script raises for an id that does not exist or that the user cannot open, as
 * reported from real executions in 2024 (github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive
 * issue 112). Older executions said "No item with the given ID could be found, or you do not
 * have permission to access it." Google's reference page does not state it.
 */
export const DRIVE_NOT_FOUND_MESSAGE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export interface DriveFileInput {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array | string;
  /** False: the file exists but is not shared with the user (getFileById fails the same way). */
  readonly accessible?: boolean;
  readonly lastUpdated?: Date;
}

interface StoredFile {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
  readonly accessible: boolean;
  readonly lastUpdated: number;
}

export class DriveStore {
  readonly #files = new Map<string, StoredFile>();

  /** Test control: puts a file in the user's Drive (or, with accessible: false, someone else's). */
  addFile(file: DriveFileInput): void {
    const bytes =
      typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes;
    this.#files.set(file.id, {
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      bytes: new Uint8Array(bytes),
      accessible: file.accessible ?? true,
      lastUpdated: (file.lastUpdated ?? new Date(0)).getTime(),
    });
  }

  /** Test control: the file is deleted or unshared. */
  removeFile(id: string): void {
    this.#files.delete(id);
  }

  /** The file the user can open, or the not-found exception. */
  open(id: string): StoredFile {
    const file = this.#files.get(id);
    if (!file?.accessible) throw new ServiceError(DRIVE_NOT_FOUND_MESSAGE);
    return file;
  }

  list(): readonly {
    id: string;
    name: string;
    mimeType: string;
    size: number;
    accessible: boolean;
  }[] {
    return [...this.#files.values()].map((f) => ({
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      size: f.bytes.length,
      accessible: f.accessible,
    }));
  }
}

function renamed(name: string, contentType: string): string {
  const ext = contentType === 'application/pdf' ? 'pdf' : (contentType.split('/')[1] ?? 'bin');
  return `${name.replace(/\.[^.]*$/, '')}.${ext}`;
}

/** Latency estimates in ms (Drive reads are round trips; the blob is the file's bytes). */
export const DRIVE_LATENCY: Readonly<Record<string, number>> = {
  'DriveApp.getFileById': 200,
  'File.getBlob': 300,
  'File.getAs': 800,
};

export class DriveModule implements ServiceModule {
  constructor(
    readonly store: DriveStore,
    readonly authorization: Authorization = new Authorization(),
  ) {}

  globals(ctx: ExecutionContext): Record<string, unknown> {
    const enter = (method: string) => {
      ctx.kernel.call(method);
      this.authorization.check(ctx, method, DRIVE_SCOPE);
    };
    const fileFacade = (id: string) => {
      const get = () => this.store.open(id);
      const run = <T>(method: string, fn: () => T): T => {
        enter(`File.${method}`);
        return inRealm(ctx, fn);
      };
      return {
        getId: () => run('getId', () => id),
        getName: () => run('getName', () => get().name),
        getMimeType: () => run('getMimeType', () => get().mimeType),
        getSize: () => run('getSize', () => get().bytes.length),
        getLastUpdated: () => run('getLastUpdated', () => ctx.newDate(get().lastUpdated)),
        /** The sharing link; its `usp` parameter is what Apps Script returns in practice, not documented. */
        getUrl: () =>
          run('getUrl', () => `https://drive.google.com/file/d/${id}/view?usp=drivesdk`),
        getBlob: () =>
          run('getBlob', () => {
            const f = get();
            return createBlob(ctx, f.bytes, f.mimeType, f.name);
          }),
        /**
         * Conversions are not simulated: asking for the file's own type or PDF gives the stored
         * bytes under the new type; any other target raises an exception whose real wording is
         * not documented.
         */
        getAs: (contentType: string) =>
          run('getAs', () => {
            const f = get();
            if (contentType !== f.mimeType && contentType !== 'application/pdf') {
              throw new ServiceError(
                `Converting from ${f.mimeType} to ${contentType} is not supported.`,
              );
            }
            return createBlob(ctx, f.bytes, contentType, renamed(f.name, contentType));
          }),
        toString: () => get().name,
      };
    };
    const DriveApp = {
      getFileById: (id: string) => {
        enter('DriveApp.getFileById');
        return inRealm(ctx, () => {
          this.store.open(String(id));
          return fileFacade(String(id));
        });
      },
      toString: () => 'DriveApp',
    };
    return { DriveApp };
  }
}
