/**
 * Utilities (https://developers.google.com/apps-script/reference/utilities/utilities): date
 * formatting with Java patterns, digests and HMACs as Java SIGNED byte arrays, UUIDs, base64,
 * blobs, sleep on the runtime's clock, and a minimal formatString.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import {
  appsScriptEnumType,
  type ExecutionContext,
  type ServiceModule,
} from '../service-module.ts';
import { type BlobData, blobContent, createBlob, fromByteArray, toSignedBytes } from './blob.ts';
import { formatJavaDate, IllegalPatternError } from './simple-date-format.ts';
import { isValidTimeZone } from './spreadsheet/zoned-time.ts';

export const DIGEST_ALGORITHM = appsScriptEnumType('DigestAlgorithm', [
  'MD2',
  'MD5',
  'SHA_1',
  'SHA_256',
  'SHA_384',
  'SHA_512',
]);
export const MAC_ALGORITHM = appsScriptEnumType('MacAlgorithm', [
  'HMAC_MD5',
  'HMAC_SHA_1',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
]);
export const CHARSET = appsScriptEnumType('Charset', ['US_ASCII', 'UTF_8']);

const NODE_HASH: Readonly<Record<string, string>> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

/** Utilities.sleep accepts at most 300,000 ms (5 minutes) per the reference. */
export const MAX_SLEEP_MS = 300_000;

function bytesOf(value: unknown, charset?: unknown): Uint8Array {
  if (typeof value === 'string') {
    if (charset !== undefined && String(charset) === 'US_ASCII') {
      return Uint8Array.from(value, (ch) => ch.charCodeAt(0) & 0x7f);
    }
    return new TextEncoder().encode(value);
  }
  if (Array.isArray(value)) return fromByteArray(value as number[]);
  const blob = blobContent(value);
  if (blob) return blob.bytes;
  return new TextEncoder().encode(String(value));
}

/** Java's String.format for the conversions scripts use: %s, %d, %f with precision, %%. */
function javaFormat(template: string, args: unknown[]): string {
  let index = 0;
  return template.replace(
    /%(-)?(0)?(\d+)?(?:\.(\d+))?([sdfS%n])/g,
    (_match, left, zero, width, precision, conv) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const arg = args[index++];
      let text: string;
      if (conv === 'd') text = String(Math.trunc(Number(arg)));
      else if (conv === 'f')
        text = Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
      else text = String(arg);
      if (conv === 'S') text = text.toUpperCase();
      if (width !== undefined && text.length < Number(width)) {
        const fill = (zero && !left ? '0' : ' ').repeat(Number(width) - text.length);
        text = left ? text + fill : fill + text;
      }
      return text;
    },
  );
}

export function parseCsv(csv: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export class UtilitiesModule implements ServiceModule {
  globals(ctx: ExecutionContext): Record<string, unknown> {
    const call = (m: string) => ctx.kernel.call(`Utilities.${m}`);
    const signed = (bytes: Uint8Array) => ctx.toRealm(toSignedBytes(bytes));
    const Utilities = {
      DigestAlgorithm: DIGEST_ALGORITHM,
      MacAlgorithm: MAC_ALGORITHM,
      Charset: CHARSET,
      /**
       * An unknown zone formats in GMT, as Java's TimeZone.getTimeZone does (unverified for Apps
       * Script).
       */
      formatDate(date: Date, timeZone: string, format: string) {
        call('formatDate');
        if (Object.prototype.toString.call(date) !== '[object Date]') {
          throw ctx.newError(
            "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
          );
        }
        const zone = isValidTimeZone(String(timeZone)) ? String(timeZone) : 'UTC';
        try {
          return formatJavaDate(date.getTime(), zone, String(format));
        } catch (error) {
          if (error instanceof IllegalPatternError) throw ctx.newError(error.message);
          throw error;
        }
      },
      formatString(template: string, ...args: unknown[]) {
        call('formatString');
        return javaFormat(String(template), args);
      },
      computeDigest(algorithm: unknown, value: unknown, charset?: unknown) {
        call('computeDigest');
        const hash = NODE_HASH[String(algorithm)];
        if (hash === undefined)
          throw ctx.newError(`Unsupported digest algorithm in this runtime: ${algorithm}`);
        return signed(createHash(hash).update(bytesOf(value, charset)).digest());
      },
      computeHmacSignature(algorithm: unknown, value: unknown, key: unknown, charset?: unknown) {
        call('computeHmacSignature');
        const hash = NODE_HASH[String(algorithm)];
        if (hash === undefined)
          throw ctx.newError(`Unsupported MAC algorithm in this runtime: ${algorithm}`);
        return signed(
          createHmac(hash, bytesOf(key, charset)).update(bytesOf(value, charset)).digest(),
        );
      },
      computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown) {
        call('computeHmacSha256Signature');
        return signed(
          createHmac('sha256', bytesOf(key, charset)).update(bytesOf(value, charset)).digest(),
        );
      },
      getUuid() {
        call('getUuid');
        return randomUUID();
      },
      /** Advances the clock; the 6-minute cut applies to the time slept. */
      sleep(milliseconds: number) {
        const ms = Math.max(0, Math.min(Number(milliseconds) || 0, MAX_SLEEP_MS));
        ctx.kernel.clock.advance(ms);
        call('sleep');
      },
      base64Encode(data: unknown, charset?: unknown) {
        call('base64Encode');
        return Buffer.from(bytesOf(data, charset)).toString('base64');
      },
      base64EncodeWebSafe(data: unknown, charset?: unknown) {
        call('base64EncodeWebSafe');
        return Buffer.from(bytesOf(data, charset))
          .toString('base64')
          .replace(/\+/g, '-')
          .replace(/\//g, '_');
      },
      base64Decode(encoded: string) {
        call('base64Decode');
        return signed(new Uint8Array(Buffer.from(String(encoded), 'base64')));
      },
      base64DecodeWebSafe(encoded: string) {
        call('base64DecodeWebSafe');
        return signed(new Uint8Array(Buffer.from(String(encoded), 'base64url')));
      },
      newBlob(data: unknown, contentType?: string, name?: string) {
        call('newBlob');
        const source: BlobData = typeof data === 'string' ? data : bytesOf(data);
        return createBlob(ctx, source, contentType ?? null, name ?? null);
      },
      parseCsv(csv: string, delimiter = ',') {
        call('parseCsv');
        return ctx.toRealm(parseCsv(String(csv), String(delimiter)));
      },
      toString() {
        return 'Utilities';
      },
    };
    return { Utilities };
  }
}
