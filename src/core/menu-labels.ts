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

/** `locale` is Session.getActiveUserLocale() (e.g. `fr`, `en`, `en_GB`), or null when unknown. */
export function menuLabels(locale: string | null): MenuLabels {
  return locale?.toLowerCase().startsWith('en') ? ENGLISH : FRENCH;
}
