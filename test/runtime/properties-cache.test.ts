/**
 * PropertiesService (https://developers.google.com/apps-script/guides/properties, limits from
 * https://developers.google.com/apps-script/guides/services/quotas) and CacheService
 * (https://developers.google.com/apps-script/reference/cache/cache).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUpBundles, runtimeFor } from './bundle-fixture.ts';

afterEach(cleanUpBundles);

const BUNDLE = {
  'Code.js': `
    function saveSettings(json) {
      PropertiesService.getDocumentProperties().setProperty('relance.settings', json);
      return PropertiesService.getDocumentProperties().getProperty('relance.settings').length;
    }
    function readSetting(store, key) {
      const s = store === 'user' ? PropertiesService.getUserProperties()
        : store === 'script' ? PropertiesService.getScriptProperties()
        : PropertiesService.getDocumentProperties();
      return s === null ? 'no document store' : s.getProperty(key);
    }
    function writeSetting(store, key, value) {
      const s = store === 'user' ? PropertiesService.getUserProperties() : PropertiesService.getDocumentProperties();
      s.setProperty(key, value);
    }
    function fillStore(count, size) {
      const props = PropertiesService.getScriptProperties();
      for (let i = 0; i < count; i++) props.setProperty('journal.' + i, 'x'.repeat(size));
    }
    function bulk() {
      const p = PropertiesService.getUserProperties();
      p.setProperties({ lang: 'fr', testMode: true, reminders: 3 });
      const all = p.getProperties();
      p.deleteProperty('testMode');
      return [all, p.getKeys().sort(), p.getProperty('testMode')];
    }
    function onOpen(e) { return PropertiesService.getDocumentProperties().getProperty('relance.settings'); }
    function cachePut(key, value, seconds) { CacheService.getScriptCache().put(key, value, seconds); }
    function cacheGet(key) { return CacheService.getScriptCache().get(key); }
    function cacheAll() {
      const c = CacheService.getUserCache();
      c.putAll({ 'plan:2026-03-02': 'A', 'plan:2026-03-03': 'B' });
      c.remove('plan:2026-03-03');
      return c.getAll(['plan:2026-03-02', 'plan:2026-03-03', 'plan:2026-03-04']);
    }
    function documentCache() { return CacheService.getDocumentCache() === null; }
  `,
};

function withDocument() {
  const runtime = runtimeFor(BUNDLE);
  const id = runtime.spreadsheets.create({ name: 'Factures 2026', sheets: { Factures: [] } });
  runtime.defaults.activeSpreadsheetId = id;
  return { runtime, id };
}

describe('PropertiesService', () => {
  it('stores strings per document, per user and per script, across executions', () => {
    const { runtime, id } = withDocument();
    runtime.run('writeSetting', 'document', 'relance.version', '3');
    runtime.runWith({ user: 'lea.dubois@gmail.com' }, 'writeSetting', 'user', 'lang', 'en');
    expect(runtime.run('readSetting', 'document', 'relance.version')).toBe('3');
    expect(runtime.runWith({ user: 'lea.dubois@gmail.com' }, 'readSetting', 'user', 'lang')).toBe(
      'en',
    );
    expect(runtime.run('readSetting', 'user', 'lang')).toBeNull();
    expect(runtime.properties.document(id).get('relance.version')).toBe('3');
  });

  it('has no document store without an open document', () => {
    // properties-service#getDocumentProperties: null when document properties are not available.
    const { runtime } = withDocument();
    expect(runtime.runWith({ activeSpreadsheetId: null }, 'readSetting', 'document', 'x')).toBe(
      'no document store',
    );
  });

  it('converts values to strings and copies them out', () => {
    const { runtime } = withDocument();
    expect(runtime.run('bulk')).toEqual([
      { lang: 'fr', testMode: 'true', reminders: '3' },
      ['lang', 'reminders'],
      null,
    ]);
  });

  it('refuses a value over 9 KB', () => {
    const { runtime } = withDocument();
    const settings = JSON.stringify({ templates: 'Bonjour {{contact}}, '.repeat(440) });
    expect(settings.length).toBeGreaterThan(9 * 1024);
    expect(() => runtime.run('saveSettings', settings)).toThrow('Argument too large: value');
    expect(runtime.run('saveSettings', settings.slice(0, 9 * 1024 - 2).concat('"}'))).toBe(
      9 * 1024,
    );
  });

  it('refuses to grow a store past 500 KB', () => {
    const { runtime } = withDocument();
    runtime.run('fillStore', 60, 8000);
    expect(() => runtime.run('fillStore', 70, 8000)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });

  it('is not available in AuthMode.NONE (an add-on not yet used in this document)', () => {
    // script/auth-mode: the onOpen example avoids properties in AuthMode.NONE.
    const { runtime } = withDocument();
    expect(() => runtime.runAsTrigger('onOpen', { authMode: 'NONE' })).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(runtime.runAsTrigger('onOpen', { authMode: 'LIMITED' })).toBeNull();
  });
});

describe('CacheService', () => {
  it('forgets a value once its expiration passes on the runtime clock', () => {
    const { runtime } = withDocument();
    runtime.run('cachePut', 'quota:camille', '97', 60);
    runtime.clock.advance(30_000);
    expect(runtime.run('cacheGet', 'quota:camille')).toBe('97');
    runtime.clock.advance(31_000);
    expect(runtime.run('cacheGet', 'quota:camille')).toBeNull();
  });

  it('keeps a value 10 minutes by default and at most 6 hours', () => {
    const { runtime } = withDocument();
    runtime.run('cachePut', 'plan', 'A');
    runtime.run('cachePut', 'stats', 'B', 86_400);
    runtime.clock.advance(9 * 60 * 1000);
    expect(runtime.run('cacheGet', 'plan')).toBe('A');
    runtime.clock.advance(2 * 60 * 1000);
    expect(runtime.run('cacheGet', 'plan')).toBeNull();
    runtime.clock.advance(6 * 3600 * 1000);
    expect(runtime.run('cacheGet', 'stats')).toBeNull();
  });

  it('refuses values over 100 KB and keys over 250 characters', () => {
    const { runtime } = withDocument();
    expect(() => runtime.run('cachePut', 'plan', 'x'.repeat(100 * 1024 + 1), 60)).toThrow(
      'Argument too large: value',
    );
    expect(() => runtime.run('cachePut', 'k'.repeat(251), 'x', 60)).toThrow(
      'Argument too large: key',
    );
  });

  it('reads, writes and removes in bulk', () => {
    const { runtime } = withDocument();
    expect(runtime.run('cacheAll')).toEqual({ 'plan:2026-03-02': 'A' });
  });

  it('has no document cache without an open document', () => {
    const { runtime } = withDocument();
    expect(runtime.runWith({ activeSpreadsheetId: null }, 'documentCache')).toBe(true);
  });
});
