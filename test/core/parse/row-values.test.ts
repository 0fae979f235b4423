import { describe, expect, it } from 'vitest';
import { clientKeyOf } from '../../../src/core/parse/client-key.ts';
import { parseCountry } from '../../../src/core/parse/country.ts';
import { parseCustomerKind } from '../../../src/core/parse/customer-kind.ts';
import { parseDriveFileId } from '../../../src/core/parse/drive-file-id.ts';
import { parseInvoiceNumber } from '../../../src/core/parse/invoice-number.ts';
import { parseLanguage } from '../../../src/core/parse/language.ts';
import { parsePaymentLink } from '../../../src/core/parse/payment-link.ts';
import { parseSegmentOverride } from '../../../src/core/parse/segment-override.ts';

const FILE_ID = '1aBcD3fGhIjKlMnOpQrStUvWxYz012345';

describe('parseLanguage', () => {
  it.each([
    ['fr', 'fr'],
    ['Français', 'fr'],
    ['FRENCH', 'fr'],
    ['fr_CA', 'fr'],
    ['en', 'en'],
    ['Anglais', 'en'],
    ['English', 'en'],
    ['en-GB', 'en'],
  ])('%j is %s', (text, language) => {
    expect(parseLanguage(text)).toBe(language);
  });

  it('rejects languages reminders are not written in', () => {
    expect(parseLanguage('Deutsch')).toBeNull();
    expect(parseLanguage('de')).toBeNull();
  });
});

describe('parseCountry', () => {
  it.each([
    ['FR', 'FR'],
    ['fr', 'FR'],
    ['France', 'FR'],
    ['Belgique', 'BE'],
    ['Suisse', 'CH'],
    ['Luxembourg', 'LU'],
    ['Allemagne', 'DE'],
    ['Espagne', 'ES'],
    ['Italie', 'IT'],
    ['Royaume-Uni', 'GB'],
    ['UK', 'GB'],
    ['États-Unis', 'US'],
    ['Etats unis', 'US'],
    ['USA', 'US'],
    ['Canada', 'CA'],
    ['Québec', 'CA'],
    ['PT', 'PT'],
  ])('%j is %s', (text, code) => {
    expect(parseCountry(text)).toBe(code);
  });

  it('rejects codes and names it does not know', () => {
    expect(parseCountry('ZZ')).toBeNull();
    expect(parseCountry('Atlantide')).toBeNull();
    expect(parseCountry(33)).toBeNull();
  });
});

describe('parseCustomerKind', () => {
  it.each([
    ['B2B', 'b2b'],
    ['pro', 'b2b'],
    ['Entreprise', 'b2b'],
    ['B2C', 'b2c'],
    ['Particulier', 'b2c'],
    ['consumer', 'b2c'],
    ['administration', 'public'],
    ['Collectivité territoriale', 'public'],
    ['Mairie', 'public'],
    ['établissement public', 'public'],
  ])('%j is %s', (text, kind) => {
    expect(parseCustomerKind(text)).toBe(kind);
  });

  it('rejects anything else', () => {
    expect(parseCustomerKind('VIP')).toBeNull();
  });
});

describe('parseDriveFileId', () => {
  it.each([
    `https://drive.google.com/file/d/${FILE_ID}/view?usp=sharing`,
    `https://drive.google.com/open?id=${FILE_ID}`,
    `https://drive.google.com/uc?id=${FILE_ID}&export=download`,
    `https://drive.google.com/file/u/1/d/${FILE_ID}/view`,
    `https://docs.google.com/document/d/${FILE_ID}/edit`,
    ` ${FILE_ID} `,
  ])('finds the id in %s', (text) => {
    expect(parseDriveFileId(text)).toBe(FILE_ID);
  });

  it('rejects file names and other sites', () => {
    expect(parseDriveFileId('F-2026-014.pdf')).toBeNull();
    expect(parseDriveFileId(`https://example.com/file/d/${FILE_ID}/view`)).toBeNull();
  });
});

describe('parsePaymentLink', () => {
  it('accepts web addresses and completes www. ones', () => {
    expect(parsePaymentLink('https://buy.stripe.com/test_4gw8zz')).toBe(
      'https://buy.stripe.com/test_4gw8zz',
    );
    expect(parsePaymentLink('www.paypal.me/claire')).toBe('https://www.paypal.me/claire');
  });

  it('rejects what a client could not open', () => {
    expect(parsePaymentLink('virement IBAN FR76 3000')).toBeNull();
    expect(parsePaymentLink('https://')).toBeNull();
    expect(parsePaymentLink('javascript:alert(1)')).toBeNull();
  });
});

describe('parseSegmentOverride', () => {
  it.each([
    ['Nouveau', 'new'],
    ['ponctuel', 'punctual'],
    ['Occasionnel', 'occasional'],
    ['Chronique', 'chronic'],
    ['À risque', 'high_risk'],
    ['high risk', 'high_risk'],
    ['auto', 'auto'],
  ])('%j is %s', (text, segment) => {
    expect(parseSegmentOverride(text)).toBe(segment);
  });

  it('rejects unknown segments', () => {
    expect(parseSegmentOverride('VIP')).toBeNull();
  });
});

describe('parseInvoiceNumber', () => {
  it('keeps text exactly, trimmed, and turns a number cell into its digits', () => {
    expect(parseInvoiceNumber('  F-2026-014 ')).toBe('F-2026-014');
    expect(parseInvoiceNumber('0012')).toBe('0012');
    expect(parseInvoiceNumber(12)).toBe('12');
    expect(parseInvoiceNumber(new Date())).toBeNull();
    expect(parseInvoiceNumber(true)).toBeNull();
  });
});

describe('clientKeyOf', () => {
  it('folds case, accents and spacing but keeps punctuation', () => {
    expect(clientKeyOf('  Atelier   DUPRÉ ')).toBe(clientKeyOf('atelier dupre'));
    expect(clientKeyOf('Dupont & Fils')).not.toBe(clientKeyOf('Dupont Fils'));
  });

  it('folds the typographic apostrophe, ligatures and dashes a word processor puts in', () => {
    // The same client typed on one row and pasted from a quote on another.
    expect(clientKeyOf('L’Atelier du Cœur')).toBe(clientKeyOf("L'atelier du coeur"));
    expect(clientKeyOf('Studio Nord–Est')).toBe(clientKeyOf('Studio Nord-Est'));
    expect(clientKeyOf('Æther Conseil')).toBe('aether conseil');
  });

  it('gives the same key when applied to a key, so keys written in the log can be re-read', () => {
    for (const name of ['L’Atelier du Cœur', '  Atelier   DUPRÉ ', 'Harper & Lane Ltd']) {
      expect(clientKeyOf(clientKeyOf(name))).toBe(clientKeyOf(name));
    }
  });
});
