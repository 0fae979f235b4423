/**
 * Utilities (https://developers.google.com/apps-script/reference/utilities/utilities), Session
 * (https://developers.google.com/apps-script/reference/base/session) and Logger
 * (https://developers.google.com/apps-script/reference/base/logger).
 */
import { createHash, createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUpBundles, runtimeFor } from './bundle-fixture.ts';

afterEach(cleanUpBundles);

const BUNDLE = {
  'Code.js': `
    function format(iso, zone, pattern) { return Utilities.formatDate(new Date(iso), zone, pattern); }
    function digest(algorithm, text) { return Utilities.computeDigest(Utilities.DigestAlgorithm[algorithm], text); }
    function digestHex(text) {
      return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text)
        .map((b) => ('0' + (b & 0xff).toString(16)).slice(-2)).join('');
    }
    function hmac(text, key) { return Utilities.computeHmacSha256Signature(text, key); }
    function base64(text) {
      const encoded = Utilities.base64Encode(text);
      const bytes = Utilities.base64Decode(encoded);
      return [encoded, Utilities.newBlob(bytes).getDataAsString()];
    }
    function sleepMinutes(n) { const t0 = Date.now(); Utilities.sleep(n * 60000); return Date.now() - t0; }
    function uuid() { return Utilities.getUuid(); }
    function formatted() { return Utilities.formatString('Relance %s : %d facture(s), %.2f €', 'Atelier Lumen', 3, 2190.5); }
    function blob() {
      const b = Utilities.newBlob('Facture F-2026-014', 'text/plain', 'F-2026-014.txt');
      return [b.getName(), b.getContentType(), b.getBytes().length, b.getDataAsString()];
    }
    function whoAmI() {
      return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(),
        Session.getScriptTimeZone(), Session.getActiveUserLocale()];
    }
    function onOpen(e) { return Session.getActiveUser().getEmail(); }
    function logSomething() {
      Logger.log('Relance de %s pour %s', 'F-2026-014', 'Boulangerie Martin');
      Logger.log({ sent: 2 });
      console.warn('quota bas', 3);
      return Logger.getLog();
    }
  `,
};

describe('Utilities.formatDate with Java patterns', () => {
  const instant = '2026-03-02T08:05:09.045Z';
  it.each([
    ['Europe/Paris', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2026-03-02T09:05:09.045+01:00'],
    ['Europe/Paris', 'EEEE d MMMM yyyy', 'Monday 2 March 2026'],
    ['Europe/Paris', 'EEE, d MMM yyyy HH:mm:ss Z', 'Mon, 2 Mar 2026 09:05:09 +0100'],
    ['Europe/Paris', 'dd/MM/yy', '02/03/26'],
    ['Europe/Paris', "h 'o''clock' a, 'day' D", "9 o'clock AM, day 61"],
    ['America/New_York', 'yyyy-MM-dd HH:mm z', '2026-03-02 03:05 EST'],
    ['Asia/Tokyo', 'yyyy-MM-dd HH:mm XXX', '2026-03-02 17:05 +09:00'],
    ['UTC', "yyyy-MM-dd'T'HH:mm:ssX", '2026-03-02T08:05:09Z'],
  ])('formats in %s with %j', (zone, pattern, expected) => {
    const runtime = runtimeFor(BUNDLE);
    expect(runtime.run('format', instant, zone, pattern)).toBe(expected);
  });

  it('crosses a day boundary by zone, not by the script zone', () => {
    const runtime = runtimeFor(BUNDLE, { timeZone: 'America/New_York' });
    expect(runtime.run('format', '2026-03-11T23:30:00Z', 'Europe/Paris', 'yyyy-MM-dd')).toBe(
      '2026-03-12',
    );
    expect(runtime.run('format', '2026-03-11T23:30:00Z', 'America/New_York', 'yyyy-MM-dd')).toBe(
      '2026-03-11',
    );
  });

  it('refuses a letter SimpleDateFormat does not know', () => {
    const runtime = runtimeFor(BUNDLE);
    expect(() => runtime.run('format', instant, 'Europe/Paris', 'yyyy-qq')).toThrow(
      "Illegal pattern character 'q'",
    );
  });
});

describe('digests and signatures are Java signed byte arrays', () => {
  const signed = (buffer: Buffer) => [...buffer].map((b) => (b > 127 ? b - 256 : b));

  it('computes SHA-256 and MD5 as bytes from -128 to 127', () => {
    // utilities#computeDigest: the example turns each signed byte into hex with & 0xFF.
    const runtime = runtimeFor(BUNDLE);
    const text = 'F-2026-014|camille.martin@gmail.com';
    const sha = runtime.run('digest', 'SHA_256', text) as number[];
    expect(sha).toEqual(signed(createHash('sha256').update(text).digest()));
    expect(sha.some((b) => b < 0)).toBe(true);
    expect(sha.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(runtime.run('digest', 'MD5', text)).toEqual(
      signed(createHash('md5').update(text).digest()),
    );
    expect(runtime.run('digestHex', text)).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('computes HMAC-SHA256 signatures', () => {
    const runtime = runtimeFor(BUNDLE);
    expect(runtime.run('hmac', 'unsubscribe:F-2026-014', 's3cret')).toEqual(
      signed(createHmac('sha256', 's3cret').update('unsubscribe:F-2026-014').digest()),
    );
  });

  it('round-trips base64 and blobs', () => {
    const runtime = runtimeFor(BUNDLE);
    expect(runtime.run('base64', 'Échéance dépassée')).toEqual([
      Buffer.from('Échéance dépassée').toString('base64'),
      'Échéance dépassée',
    ]);
    expect(runtime.run('blob')).toEqual(['F-2026-014.txt', 'text/plain', 18, 'Facture F-2026-014']);
  });
});

describe('other Utilities', () => {
  it('sleeps on the runtime clock, not in real time', () => {
    const runtime = runtimeFor(BUNDLE);
    const wall = performance.now();
    expect(runtime.run('sleepMinutes', 2)).toBe(2 * 60 * 1000);
    expect(performance.now() - wall).toBeLessThan(1000);
  });

  it('makes distinct v4 UUIDs', () => {
    const runtime = runtimeFor(BUNDLE);
    const a = runtime.run('uuid') as string;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(runtime.run('uuid')).not.toBe(a);
  });

  it('formats strings like Java String.format', () => {
    const runtime = runtimeFor(BUNDLE);
    expect(runtime.run('formatted')).toBe('Relance Atelier Lumen : 3 facture(s), 2190.50 €');
  });
});

describe('Session and Logger', () => {
  it('tells who runs the script, in which zone and locale', () => {
    const runtime = runtimeFor(BUNDLE, {
      timeZone: 'Europe/Paris',
      userEmail: 'camille.martin@gmail.com',
      userLocale: 'fr',
    });
    expect(runtime.run('whoAmI')).toEqual([
      'camille.martin@gmail.com',
      'camille.martin@gmail.com',
      'Europe/Paris',
      'fr',
    ]);
  });

  it("gives no e-mail in a simple trigger (session#getActiveUser: not available without the user's authorization)", () => {
    const runtime = runtimeFor(BUNDLE);
    expect(runtime.runAsTrigger('onOpen', { authMode: 'LIMITED' })).toBe('');
  });

  it('records Logger and console output per execution', () => {
    const runtime = runtimeFor(BUNDLE);
    expect(runtime.run('logSomething')).toBe(
      'Relance de F-2026-014 pour Boulangerie Martin\n{"sent":2}',
    );
    expect(runtime.logs.entries.map((e) => [e.source, e.level, e.message])).toEqual([
      ['Logger', 'info', 'Relance de F-2026-014 pour Boulangerie Martin'],
      ['Logger', 'info', '{"sent":2}'],
      ['console', 'warn', 'quota bas 3'],
    ]);
    runtime.run('logSomething');
    expect(new Set(runtime.logs.entries.map((e) => e.executionId)).size).toBe(2);
  });
});
