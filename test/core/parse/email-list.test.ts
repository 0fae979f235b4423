import { describe, expect, it } from 'vitest';
import { isEmailAddress, parseEmailList } from '../../../src/core/parse/email-list.ts';

describe('parseEmailList', () => {
  it('splits on commas, semicolons, line breaks and spaces', () => {
    expect(
      parseEmailList(
        'compta@lefevre.fr, paul.lefevre@lefevre.fr;direction@lefevre.fr\nrh@lefevre.fr x@y.fr',
      ),
    ).toEqual({
      valid: [
        'compta@lefevre.fr',
        'paul.lefevre@lefevre.fr',
        'direction@lefevre.fr',
        'rh@lefevre.fr',
        'x@y.fr',
      ],
      invalid: [],
    });
  });

  it('understands named addresses and mailto: links, and drops duplicates', () => {
    expect(
      parseEmailList('Claire Dupré <claire@atelier-dupre.fr>; mailto:Claire@Atelier-Dupre.fr'),
    ).toEqual({ valid: ['claire@atelier-dupre.fr'], invalid: [] });
  });

  it('reports the pieces that are not addresses', () => {
    expect(parseEmailList('jean@, compta@lefevre.fr').invalid).toEqual(['jean@']);
    expect(parseEmailList('jean @lefevre.fr').invalid).toEqual(['jean', '@lefevre.fr']);
  });

  it('gives nothing for a blank cell and an invalid piece for a non-text cell', () => {
    expect(parseEmailList('')).toEqual({ valid: [], invalid: [] });
    expect(parseEmailList(42)).toEqual({ valid: [], invalid: ['42'] });
  });
});

describe('isEmailAddress', () => {
  it.each([
    'jean@lefevre.fr',
    'jean.dupont+factures@cabinet-martin.co.uk',
    "o'brien@example.ie",
    'contact@xn--caf-dma.fr',
    'élodie@café.fr'.replace('élodie', 'elodie'),
  ])('accepts %s', (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each([
    'jean@',
    '@x.fr',
    'jean@localhost',
    'jean dupont@x.fr',
    'jean@x..fr',
    'jean..dupont@x.fr',
    '.jean@x.fr',
    'jean@-x.fr',
    'jean@x.f',
    'jean@@x.fr',
    `${'a'.repeat(65)}@x.fr`,
  ])('rejects %s', (address) => {
    expect(isEmailAddress(address)).toBe(false);
  });
});
