/**
 * Blob: the data interchange object of Apps Script services
 * (https://developers.google.com/apps-script/reference/base/blob). Shared by Utilities.newBlob,
 * DriveApp (File.getBlob), GmailApp attachments and HtmlOutput.getBlob.
 *
 * Bytes cross into the bundle as Java-style SIGNED bytes (-128..127), as every Apps Script
 * `Byte[]` does (e.g. the example of Utilities.computeDigest on
 * https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
 * masks each byte with `& 0xFF` / adds 256 to negatives).
 *
 * Other services read a blob without counting a call through `blobContent(blob)`.
 */
import type { ExecutionContext } from '../service-module.ts';

export interface BlobContent {
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  readonly name: string | null;
}

/** Anything the bundle may pass where Apps Script accepts a BlobSource: a Blob or an object with getBlob(). */
export interface BlobSourceLike {
  getBlob(): unknown;
}

const contents = new WeakMap<object, { value: BlobContent }>();

/** The content of a Blob made by this runtime, or null when `value` is not one. */
export function blobContent(value: unknown): BlobContent | null {
  if (typeof value !== 'object' || value === null) return null;
  return contents.get(value)?.value ?? null;
}

/** Java bytes are signed: 0xFF is -1. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = ((bytes[i] ?? 0) << 24) >> 24;
  return out;
}

/** Accepts signed (Java) or unsigned byte values, as Apps Script's Byte[] parameters do. */
export function fromByteArray(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = (values[i] ?? 0) & 0xff;
  return out;
}

/** Content types by extension for setContentTypeFromExtension; a small, common subset. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  js: 'application/javascript',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  xml: 'text/xml',
  zip: 'application/zip',
};

export type BlobData = string | Uint8Array | ArrayLike<number>;

function toBytes(data: BlobData): Uint8Array {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return new Uint8Array(data);
  return fromByteArray(data);
}

/**
 * Creates a Blob for the bundle of `ctx`. Each method counts a `Blob.<method>` call.
 */
export function createBlob(
  ctx: ExecutionContext,
  data: BlobData,
  contentType: string | null = null,
  name: string | null = null,
): GoogleAppsScript.Base.Blob {
  const state = { value: { bytes: toBytes(data), contentType, name } as BlobContent };
  const call = (method: string) => ctx.kernel.call(`Blob.${method}`);
  const set = (patch: Partial<BlobContent>) => {
    state.value = { ...state.value, ...patch };
  };
  const blob = {
    copyBlob() {
      call('copyBlob');
      const { bytes, contentType: type, name: blobName } = state.value;
      return createBlob(ctx, bytes, type, blobName);
    },
    getAs(targetType: string) {
      call('getAs');
      // Conversions (e.g. to PDF) are not simulated; the bytes are kept as they are.
      const current = state.value.name;
      const ext = targetType.split('/')[1] ?? '';
      const renamed =
        current === null
          ? null
          : `${current.replace(/\.[^.]*$/, '')}.${ext.replace('jpeg', 'jpg')}`;
      return createBlob(ctx, state.value.bytes, targetType, renamed);
    },
    getBytes() {
      call('getBytes');
      return ctx.toRealm(toSignedBytes(state.value.bytes));
    },
    getContentType() {
      call('getContentType');
      return state.value.contentType;
    },
    getDataAsString(charset?: string) {
      call('getDataAsString');
      return new TextDecoder(charset ?? 'utf-8').decode(state.value.bytes);
    },
    getName() {
      call('getName');
      return state.value.name;
    },
    isGoogleType() {
      call('isGoogleType');
      return false;
    },
    setBytes(bytes: number[]) {
      call('setBytes');
      set({ bytes: fromByteArray(bytes) });
      return blob;
    },
    setContentType(type: string | null) {
      call('setContentType');
      set({ contentType: type });
      return blob;
    },
    setContentTypeFromExtension() {
      call('setContentTypeFromExtension');
      const ext = /\.([^.]+)$/.exec(state.value.name ?? '')?.[1]?.toLowerCase();
      const type = ext === undefined ? undefined : CONTENT_TYPES[ext];
      // The real message for an unknown extension is not documented.
      if (type === undefined) throw ctx.newError(`Unknown file extension for: ${state.value.name}`);
      set({ contentType: type });
      return blob;
    },
    setDataFromString(text: string, charset?: string) {
      call('setDataFromString');
      if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
        // Only UTF-8 is simulated; Node's TextEncoder has no other encodings.
        throw ctx.newError(`Charset not supported by the offline runtime: ${charset}`);
      }
      set({ bytes: new TextEncoder().encode(text) });
      return blob;
    },
    setName(newName: string) {
      call('setName');
      set({ name: newName });
      return blob;
    },
    getBlob() {
      call('getBlob');
      return blob;
    },
    getAllBlobs() {
      call('getAllBlobs');
      return ctx.toRealm([blob]);
    },
    toString() {
      return 'Blob';
    },
  };
  contents.set(blob, state);
  return blob as unknown as GoogleAppsScript.Base.Blob;
}
