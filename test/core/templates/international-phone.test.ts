import { describe, expect, it } from 'vitest';
import { contactForClient } from '../../../src/core/templates/international-phone.ts';

describe('the sender’s phone for a client abroad', () => {
  it('is written in international form for a client outside France', () => {
    expect(contactForClient('06 12 34 56 78 · camille@studio.fr', 'FR', 'GB')).toBe(
      '+33 6 12 34 56 78 · camille@studio.fr',
    );
    expect(contactForClient('Tél. 0612345678', 'FR', 'US')).toBe('Tél. +33 6 12 34 56 78');
    expect(contactForClient('01.23.45.67.89', 'FR', 'BE')).toBe('+33 1 23 45 67 89');
  });

  it('is left as typed for a French client, an unknown country, or a number already international', () => {
    expect(contactForClient('06 12 34 56 78', 'FR', 'FR')).toBe('06 12 34 56 78');
    expect(contactForClient('06 12 34 56 78', 'FR', null)).toBe('06 12 34 56 78');
    expect(contactForClient('+33 6 12 34 56 78', 'FR', 'GB')).toBe('+33 6 12 34 56 78');
    expect(contactForClient('SIRET 12345678900012', 'FR', 'GB')).toBe('SIRET 12345678900012');
  });
});
