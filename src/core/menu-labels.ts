import type { Language } from './invoice.ts';

/** Labels of the add-on menu, in the user's language when it is known (French otherwise). */
export interface MenuLabels {
  readonly open: string;
  readonly runNow: string;
  readonly setUp: string;
}

const FRENCH: MenuLabels = {
  open: 'Ouvrir Relance',
  runNow: 'Lancer les relances maintenant',
  setUp: 'Configurer…',
};

const ENGLISH: MenuLabels = {
  open: 'Open Relance',
  runNow: 'Run reminders now',
  setUp: 'Set up…',
};

export function menuLabels(language: Language): MenuLabels {
  return language === 'en' ? ENGLISH : FRENCH;
}
