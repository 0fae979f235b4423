/**
 * Every message is signed and never shows an empty field (README "Signature"): the compiled
 * bundle refuses to go live or to send live without the sender's name, and the default texts
 * leave out the contact sentence when there is no contact.
 */
import { describe, expect, it } from 'vitest';
import { SETTINGS_METADATA_KEY } from '../../local/demo/stored-settings.ts';
import type { Settings } from '../../src/core/settings.ts';
import { encodeSettingsRecord } from '../../src/core/settings-record.ts';
import { book, d, logged, scenario } from './support/world.ts';

const rows = book([
  ['F-2026-014', 'Atelier Dupont', 'compta@atelier-dupont.fr', 1200, d('2026-02-26')],
  ['F-2026-015', 'Studio Lumière', 'factures@studio-lumiere.fr', 450, d('2026-03-05')],
]);

describe('nothing leaves without a signature', () => {
  it('refuses to go live until the sender’s name is set, and says why', () => {
    const s = scenario({ rows, live: false, settings: { senderName: '' } });
    s.sidebar('sendSetupTest');
    expect(() => s.sidebar('goLive')).toThrow(/qui signe les relances|who signs the reminders/i);
    expect(s.settings().testMode).toBe(true);
    const status = s.sidebar('saveSignature', {
      senderName: 'Camille Martin',
      senderContact: '',
      senderCompany: 'Studio Martin',
    }) as { signature: { senderName: string; senderCompany: string } };
    expect(status.signature).toMatchObject({
      senderName: 'Camille Martin',
      senderCompany: 'Studio Martin',
    });
    s.sidebar('goLive');
    expect(s.settings().testMode).toBe(false);
  });

  it('suggests the name from the account’s address', () => {
    const s = scenario({ rows, live: false, settings: { senderName: '' } });
    const status = s.sidebar('getSetupStatus') as { signature: { suggestedName: string } };
    // The scenario's user is camille.martin+N@gmail.com.
    expect(status.signature.suggestedName).toBe('Camille Martin');
  });

  it('refuses to save live settings without a name, naming the field, and keeps test mode open', () => {
    const s = scenario({ rows });
    const refused = s.sidebar('saveSettings', { ...s.settings(), senderName: ' ' }) as {
      ok: boolean;
      errors: { path: string; message: { fr: string; en: string } }[];
    };
    expect(refused.ok).toBe(false);
    expect(refused.errors.map((e) => e.path)).toEqual(['senderName']);
    expect(refused.errors[0]?.message.fr).toContain(
      'En mode réel, indiquez qui signe les relances',
    );
    expect(refused.errors[0]?.message.en).toContain('In live mode, say who signs the reminders');
    expect(s.settings().senderName).toBe('Camille Martin');
    const test = s.sidebar('saveSettings', { ...s.settings(), senderName: '', testMode: true });
    expect(test).toMatchObject({ ok: true });
  });

  it('sends nothing in live mode without a name: neither the daily run nor "run now"', () => {
    // Settings stored live without a name before saving refused it (or by an older version).
    const s = scenario({ rows });
    const settings = { ...s.settings(), senderName: '' } as unknown as Settings;
    s.runtime.spreadsheets.setMetadataValue(
      s.spreadsheetId,
      SETTINGS_METADATA_KEY,
      encodeSettingsRecord({ settings, savedAt: '2026-02-01T09:00:00.000Z', savedBy: '' }),
    );
    expect(s.settings()).toMatchObject({ senderName: '', testMode: false });
    s.at('2026-03-02');
    const report = s.trigger() as { status: string; stop: { code: string } | null };
    expect(report.status).toBe('skipped');
    expect(report.stop?.code).toBe('no_sender_name');
    expect(s.sent()).toEqual([]);
    expect(s.mailbox.drafts()).toEqual([]);
    expect(() => s.sidebar('runNow')).toThrow(/signature/i);
    expect(s.sent()).toEqual([]);
  });

  it('signs every message, with the company, and leaves out the contact sentence without one', () => {
    const s = scenario({
      rows,
      settings: { senderContact: '', senderCompany: 'Studio Martin' },
    });
    s.at('2026-03-02');
    s.trigger();
    expect(logged(s, 'sent')).toHaveLength(2);
    for (const message of s.sent()) {
      expect(message.text).toMatch(/Camille Martin\nStudio Martin/);
      expect(message.text).not.toMatch(/joignable\s*:\s*\.|\(\)|:\s*\./);
    }
  });
});
