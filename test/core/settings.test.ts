import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../../src/core/segment.ts';
import type { Settings } from '../../src/core/settings.ts';
import { DEFAULT_SETTINGS, STANDARD_OFFSETS } from '../../src/core/settings-defaults.ts';
import { migrateSettings, validateSettings } from '../../src/core/settings-validation.ts';
import { STAGES } from '../../src/core/stage.ts';

function withChange(change: (draft: Record<string, unknown>) => void): unknown {
  const draft = JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Record<string, unknown>;
  change(draft);
  return draft;
}

function errorPaths(input: unknown): string[] {
  const result = validateSettings(input);
  return result.ok ? [] : result.errors.map((e) => e.path);
}

describe('default settings', () => {
  it('are valid and start safe: test mode on, automation off', () => {
    const result = validateSettings(DEFAULT_SETTINGS);
    expect(result.ok).toBe(true);
    expect(DEFAULT_SETTINGS.testMode).toBe(true);
    expect(DEFAULT_SETTINGS.automation).toBe(false);
  });

  it('use the standard ladder −3, +3, +10, +24, +30, +45 for new and occasionally late clients', () => {
    const standard = [-3, 3, 10, 24, 30, 45];
    expect(STAGES.map((s) => DEFAULT_SETTINGS.offsets.new[s])).toEqual(standard);
    expect(STAGES.map((s) => DEFAULT_SETTINGS.offsets.occasional[s])).toEqual(standard);
    expect(DEFAULT_SETTINGS.offsets.new).toEqual(STANDARD_OFFSETS);
  });

  it('leave punctual clients alone before the due date and chase them later than others', () => {
    const punctual = DEFAULT_SETTINGS.offsets.punctual;
    expect(punctual.pre_due).toBeNull();
    expect(punctual.r1).toBeGreaterThan(STANDARD_OFFSETS.r1 as number);
  });

  it('chase chronic and high-risk clients sooner, within the guides’ windows and the minimum gap', () => {
    for (const segment of ['chronic', 'high_risk'] as const) {
      const o = DEFAULT_SETTINGS.offsets[segment];
      expect(o.r1).toBeGreaterThanOrEqual(1);
      expect(o.r1).toBeLessThanOrEqual(5);
      expect(o.r2).toBeGreaterThanOrEqual(7);
      expect(o.r2).toBeLessThanOrEqual(10);
      expect(o.r3).toBeGreaterThanOrEqual(15);
      expect(o.r3).toBeLessThanOrEqual(24);
      expect(o.call).toBeGreaterThanOrEqual(25);
      expect(o.call).toBeLessThanOrEqual(30);
      const emails = [o.pre_due, o.r1, o.r2, o.r3].filter((x): x is number => x !== null);
      for (let i = 1; i < emails.length; i++) {
        expect((emails[i] as number) - (emails[i - 1] as number)).toBeGreaterThanOrEqual(
          DEFAULT_SETTINGS.minGapDays,
        );
      }
    }
  });

  it('hold no rate of their own: the built-in history carries the reference rates', () => {
    expect(DEFAULT_SETTINGS.lateFees.rates).toEqual([]);
    expect(DEFAULT_SETTINGS.establishment).toBe('FR');
  });
});

describe('validateSettings', () => {
  it('points at the exact field with a message in French and English', () => {
    const result = validateSettings(
      withChange((d) => {
        d.minGapDays = 0;
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: 'minGapDays',
        message: {
          fr: 'Doit être un nombre entier de 1 à 60 (reçu : 0).',
          en: 'Must be a whole number from 1 to 60 (got 0).',
        },
      },
    ]);
  });

  it('reports every problem at once, with nested paths', () => {
    const paths = errorPaths(
      withChange((d) => {
        d.cc = ['compta@atelier-brun.fr', 'jean@'];
        (d.offsets as Record<string, Record<string, unknown>>).chronic = {
          ...STANDARD_OFFSETS,
          r2: 2.5,
        };
        d.sendHour = 24;
        d.country = 'fr';
      }),
    );
    expect(paths).toEqual(['cc[1]', 'sendHour', 'country', 'offsets.chronic.r2']);
  });

  it('rejects a schedule whose stages are not in escalation order', () => {
    const result = validateSettings(
      withChange((d) => {
        (d.offsets as Record<string, unknown>).occasional = { ...STANDARD_OFFSETS, r3: 8 };
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toBe('offsets.occasional.r3');
    expect(result.errors[0]?.message.en).toBe('Stage r3 (8 d) must come after r2 (10 d).');
  });

  it('rejects a reminder before the due date that is not a pre-due stage', () => {
    expect(
      errorPaths(
        withChange((d) => {
          (d.offsets as Record<string, unknown>).new = { ...STANDARD_OFFSETS, r1: -1 };
        }),
      ),
    ).toEqual(['offsets.new.r1']);
  });

  it('accepts a stage switched off with null', () => {
    const result = validateSettings(
      withChange((d) => {
        (d.offsets as Record<string, unknown>).new = { ...STANDARD_OFFSETS, r2: null };
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('rejects unknown and missing settings instead of guessing', () => {
    expect(
      errorPaths(
        withChange((d) => {
          d.sendHours = 9;
          delete d.testMode;
        }),
      ),
    ).toEqual(['testMode', 'sendHours']);
  });

  it('rejects thresholds where a punctual client could also be chronic', () => {
    expect(
      errorPaths(
        withChange((d) => {
          (d.thresholds as Record<string, unknown>).punctualMaxLateShare = 0.6;
        }),
      ),
    ).toEqual(['thresholds.punctualMaxLateShare']);
  });

  it('rejects two rates of one series on the same date and a malformed date', () => {
    const paths = errorPaths(
      withChange((d) => {
        const fees = d.lateFees as { rates: unknown[] };
        fees.rates = [
          ...fees.rates,
          { series: 'ecb_mro', from: '2025-06-11', percent: 2.4, source: '' },
          { series: 'ecb_mro', from: '11/06/2026', percent: 2, source: '' },
        ];
      }),
    );
    expect(paths).toEqual([`lateFees.rates[${DEFAULT_SETTINGS.lateFees.rates.length + 1}].from`]);
  });

  it('accepts a rate with the last day its source covers, not one ending before it starts', () => {
    const n = DEFAULT_SETTINGS.lateFees.rates.length;
    const withRate = (point: Record<string, unknown>) =>
      withChange((d) => {
        const fees = d.lateFees as { rates: unknown[] };
        fees.rates = [...fees.rates, point];
      });
    const base = { series: 'ncb_pl', from: '2025-11-06', percent: 4.25, source: 'NBP' };
    expect(errorPaths(withRate({ ...base, until: '2026-06-30' }))).toEqual([]);
    expect(errorPaths(withRate({ ...base, until: '2025-11-05' }))).toEqual([
      `lateFees.rates[${n}].until`,
    ]);
    expect(errorPaths(withRate({ ...base, until: '30/06/2026' }))).toEqual([
      `lateFees.rates[${n}].until`,
    ]);
  });

  it('rejects a non-object', () => {
    expect(errorPaths('{"version":1}')).toEqual(['(root)']);
    expect(errorPaths(null)).toEqual(['(root)']);
  });

  it('sorts business days and returns a copy', () => {
    const input = withChange((d) => {
      d.businessDays = [5, 1, 3];
    }) as Settings;
    const result = validateSettings(input);
    expect(result.ok && result.settings.businessDays).toEqual([1, 3, 5]);
    expect(result.ok && result.settings).not.toBe(input);
  });
});

describe('quote and payment-plan timings', () => {
  it('start at the guides’ days for every segment: follow-up −5, expiry +2 business days, break after 10', () => {
    for (const segment of SEGMENTS) {
      expect(DEFAULT_SETTINGS.quoteTiming[segment]).toEqual({
        followDaysBefore: 5,
        expiredBusinessDaysAfter: 2,
        minDaysSinceSent: 5,
      });
      expect(DEFAULT_SETTINGS.planTiming[segment]).toEqual({
        noteDaysBefore: 3,
        reminderDaysAfter: 3,
        breakAfterDays: 10,
      });
    }
  });

  it('reject days out of range at their path, in French and English', () => {
    const result = validateSettings(
      withChange((d) => {
        (d.quoteTiming as Record<string, Record<string, unknown>>).chronic = {
          followDaysBefore: 0,
          expiredBusinessDaysAfter: 45,
          minDaysSinceSent: 5,
        };
        (d.planTiming as Record<string, Record<string, unknown>>).new = {
          noteDaysBefore: 3,
          reminderDaysAfter: 3,
          breakAfterDays: 200,
        };
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      'quoteTiming.chronic.followDaysBefore',
      'quoteTiming.chronic.expiredBusinessDaysAfter',
      'planTiming.new.breakAfterDays',
    ]);
    expect(result.errors[0]?.message).toEqual({
      fr: 'Doit être un nombre entier de 1 à 60 (reçu : 0).',
      en: 'Must be a whole number from 1 to 60 (got 0).',
    });
  });

  it('reject a missed-instalment reminder that would come after the plan breaks', () => {
    const result = validateSettings(
      withChange((d) => {
        (d.planTiming as Record<string, Record<string, unknown>>).punctual = {
          noteDaysBefore: null,
          reminderDaysAfter: 12,
          breakAfterDays: 10,
        };
      }),
    );
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'planTiming.punctual.reminderDaysAfter',
        message: {
          fr: "Le rappel d'une échéance manquée (12 j) doit venir avant la rupture du plan (10 j).",
          en: 'The reminder of a missed instalment (12 d) must come before the plan breaks (10 d).',
        },
      },
    ]);
  });

  it('are filled from the defaults in settings saved before they existed, one bad segment reset alone', () => {
    const stored = withChange((d) => {
      delete d.quoteTiming;
      (d.planTiming as Record<string, unknown>).chronic = { breakAfterDays: 'soon' };
      (d.planTiming as Record<string, unknown>).high_risk = {
        noteDaysBefore: null,
        reminderDaysAfter: 2,
        breakAfterDays: 5,
      };
    });
    const migrated = migrateSettings(stored);
    expect(migrated.quoteTiming).toEqual(DEFAULT_SETTINGS.quoteTiming);
    expect(migrated.planTiming.chronic).toEqual(DEFAULT_SETTINGS.planTiming.chronic);
    expect(migrated.planTiming.high_risk).toEqual({
      noteDaysBefore: null,
      reminderDaysAfter: 2,
      breakAfterDays: 5,
    });
  });
});

describe('migrateSettings', () => {
  it('gives the defaults for nothing stored or unreadable JSON', () => {
    expect(migrateSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('{not json')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what the user set and fills what a newer version added', () => {
    const stored = JSON.stringify({
      version: 1,
      senderName: 'Camille Martin',
      minGapDays: 7,
      offsets: { chronic: { pre_due: -2, r1: 3, r2: 9, r3: 20, call: 27, notice: 40 } },
    });
    const settings = migrateSettings(stored);
    expect(settings.senderName).toBe('Camille Martin');
    expect(settings.minGapDays).toBe(7);
    expect(settings.offsets.chronic.r2).toBe(9);
    expect(settings.offsets.punctual).toEqual(DEFAULT_SETTINGS.offsets.punctual);
    expect(settings.testMode).toBe(true);
  });

  it('resets only the broken parts: a bad field, a bad segment, a bad rate', () => {
    const settings = migrateSettings({
      version: 1,
      sendHour: 31,
      senderContact: '06 12 34 56 78',
      offsets: {
        new: { ...STANDARD_OFFSETS, r2: 1 },
        high_risk: { pre_due: null, r1: 1, r2: 6, r3: 12, call: 20, notice: 25 },
      },
      lateFees: {
        contractRatePercent: 10,
        rates: [
          { series: 'ecb_mro', from: '2026-06-11', percent: 2.4, source: 'ECB' },
          { series: 'ecb_mro', from: 'demain', percent: 2, source: '' },
        ],
      },
      obsoleteSetting: true,
    });
    expect(settings.sendHour).toBe(DEFAULT_SETTINGS.sendHour);
    expect(settings.senderContact).toBe('06 12 34 56 78');
    expect(settings.offsets.new).toEqual(DEFAULT_SETTINGS.offsets.new);
    expect(settings.offsets.high_risk.r1).toBe(1);
    expect(settings.lateFees.contractRatePercent).toBe(10);
    expect(settings.lateFees.rates).toHaveLength(1);
    expect(validateSettings(settings).ok).toBe(true);
  });

  it('reads settings saved before the default client kind existed as "not said"', () => {
    const { defaultCustomerKind: _, ...before } = {
      ...DEFAULT_SETTINGS,
      defaultCustomerKind: 'b2b',
    };
    expect(migrateSettings(JSON.stringify(before)).defaultCustomerKind).toBe('unknown');
    const chosen = { ...DEFAULT_SETTINGS, defaultCustomerKind: 'b2c' };
    expect(migrateSettings(JSON.stringify(chosen)).defaultCustomerKind).toBe('b2c');
    expect(validateSettings({ ...DEFAULT_SETTINGS, defaultCustomerKind: 'b2b2c' }).ok).toBe(false);
  });

  it('drops the rate points earlier versions stored as defaults, keeps the user’s own', () => {
    const settings = migrateSettings({
      version: 1,
      lateFees: {
        contractRatePercent: null,
        rates: [
          {
            series: 'ecb_mro',
            from: '2025-06-11',
            percent: 2.15,
            source: 'ECB',
            until: '2026-06-30',
          },
          { series: 'fr_legal_pro', from: '2026-07-01', percent: 2.5, source: 'arrêté' },
        ],
      },
    });
    expect(settings.lateFees.rates).toEqual([
      { series: 'fr_legal_pro', from: '2026-07-01', percent: 2.5, source: 'arrêté' },
    ]);
  });

  it('always returns settings that validate, whatever was stored', () => {
    for (const raw of [42, [], { offsets: 'x' }, { version: 99, language: 'de' }, '"text"']) {
      const settings = migrateSettings(raw);
      expect(validateSettings(settings).ok).toBe(true);
      expect(SEGMENTS.every((s) => settings.offsets[s] !== undefined)).toBe(true);
    }
  });
});
