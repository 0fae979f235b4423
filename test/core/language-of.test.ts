import { describe, expect, it } from 'vitest';
import { languageOf } from '../../src/core/language-of.ts';

describe('languageOf', () => {
  it('speaks English to every English locale', () => {
    expect(['en', 'en_GB', 'en-US', 'EN_us'].map(languageOf)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('speaks French to French users, to other languages and when the locale is unknown', () => {
    expect(['fr', 'fr_CA', 'de', 'es_ES', '', null, undefined].map(languageOf)).toEqual([
      'fr',
      'fr',
      'fr',
      'fr',
      'fr',
      'fr',
      'fr',
    ]);
  });
});
