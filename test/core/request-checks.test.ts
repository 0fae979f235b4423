import { describe, expect, it } from 'vitest';
import { dateOrNull, oneOf, RequestError, requiredText } from '../../src/core/request-checks.ts';
import { holdRequestOf, templateOf } from '../../src/core/sidebar-requests.ts';

function errorOf(run: () => unknown): RequestError {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('no RequestError thrown');
}

describe('checks of the sidebar’s arguments', () => {
  it('name the field and the value received, in French then English', () => {
    const error = errorOf(() => requiredText(42, 'field_client'));
    expect(error.text).toEqual({
      fr: 'Client manquant ou invalide (42).',
      en: 'Missing or invalid client (42).',
    });
    expect(error.message).toBe(
      'Client manquant ou invalide (42). / Missing or invalid client (42).',
    );
  });

  it('refuse a date that does not exist and a value outside the list', () => {
    expect(errorOf(() => dateOrNull('2026-02-30', 'field_end_date')).text.en).toBe(
      "end date: '2026-02-30' is not an existing YYYY-MM-DD date.",
    );
    expect(errorOf(() => oneOf('de', ['fr', 'en'], 'field_language')).text.fr).toBe(
      'Langue « de » inconnu ; attendu : fr, en.',
    );
    expect(holdRequestOf({ invoiceNumber: 'F-2026-014', until: '2026-04-01' })).toEqual({
      number: 'F-2026-014',
      until: '2026-04-01',
    });
  });

  it('report every problem of a template at once', () => {
    const error = errorOf(() =>
      templateOf({ stage: 'r9', segment: 'all', language: 'fr', variant: 'a', subject: 1 }),
    );
    expect(error.text.en).toBe(
      "Unknown stage 'r9'; expected pre_due, r1, r2, r3, call, notice. Variant: A, B, C… expected. subject: text expected. body: text expected. active: true or false expected.",
    );
  });
});
