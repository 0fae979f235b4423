import type { Language } from '../../src/api/vocabulary.ts';

/** Offers the other language, named in that language so a reader of it can find it. */
export function LanguageSwitch({
  lang,
  onSwitch,
}: {
  lang: Language;
  onSwitch: (l: Language) => void;
}) {
  const other: Language = lang === 'fr' ? 'en' : 'fr';
  return (
    <button type="button" class="link-button" lang={other} onClick={() => onSwitch(other)}>
      {other === 'en' ? 'English' : 'Français'}
    </button>
  );
}
