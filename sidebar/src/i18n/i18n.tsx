import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LocalizedText, Money } from '../../../src/api/localized-text.ts';
import type { Language } from '../../../src/api/vocabulary.ts';
import { en } from './messages-en.ts';
import { fr, type Messages } from './messages-fr.ts';

export const MESSAGES: Readonly<Record<Language, Messages>> = { fr, en };

const LOCALES: Readonly<Record<Language, string>> = { fr: 'fr-FR', en: 'en-GB' };

/** The interface language and the formatters that go with it. */
export interface I18n {
  readonly lang: Language;
  readonly t: Messages;
  money(money: Money): string;
  /** A calendar date (`YYYY-MM-DD`), shown without any time-zone shift. */
  date(date: string): string;
  /** A calendar date of the coming days, short: `lun. 9 mars`, `Mon 9 Mar`. */
  day(date: string): string;
  /** An ISO instant, with its time. */
  instant(iso: string): string;
  percent(share: number): string;
  text(text: LocalizedText): string;
}

export function createI18n(lang: Language): I18n {
  const locale = LOCALES[lang];
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dayFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const instantFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    lang,
    t: MESSAGES[lang],
    money: ({ cents, currency }) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100),
    // French writes the first of the month "1er", as the messages do.
    date: (date) => {
      const text = dateFormat.format(new Date(`${date}T00:00:00Z`));
      return lang === 'fr' ? text.replace(/^1(?=\s)/, '1er') : text;
    },
    day: (date) => dayFormat.format(new Date(`${date}T00:00:00Z`)),
    instant: (iso) => instantFormat.format(new Date(iso)),
    percent: (share) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share),
    text: (text) => text[lang],
  };
}

export const I18nContext = createContext<I18n>(createI18n('fr'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
