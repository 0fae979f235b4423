import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/core/settings.ts';
import { validateSettings } from '../../src/core/settings-validation.ts';
import { SETTINGS_VIEW, STATE } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

/** The server's behaviour: validate everything, save nothing unless all of it is valid. */
function saveSettings(settings: Settings) {
  const result = validateSettings(settings);
  return result.ok
    ? { ok: true as const, view: { ...SETTINGS_VIEW, settings: result.settings } }
    : { ok: false as const, errors: result.errors };
}

async function openSettings(handlers = {}) {
  const app = renderApp({ saveSettings, ...handlers });
  fireEvent.click(await screen.findByRole('tab', { name: 'Réglages' }));
  return app;
}

describe('Settings', () => {
  it('shows the validation message next to the field and saves nothing', async () => {
    const { fake } = await openSettings();
    fireEvent.click(screen.getByText('Expéditeur'));
    fireEvent.input(screen.getByLabelText('Adresse de réponse'), { target: { value: 'claire@' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain("rien n'a été enregistré");
    const field = screen.getByLabelText('Adresse de réponse');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toMatch(/claire@/);
    expect(fake.calls.at(-1)?.name).toBe('saveSettings');
    expect(screen.queryByText('Enregistré.')).toBeNull();
  });

  it('sends the whole edited settings and confirms the save', async () => {
    const { fake } = await openSettings();
    fireEvent.click(screen.getByText('Règles'));
    fireEvent.input(screen.getByLabelText('Jours minimum entre deux relances'), {
      target: { value: '6' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Enregistré.')).toBeTruthy();
    const sent = fake.calls.at(-1)?.args[0] as Settings;
    expect(sent.minGapDays).toBe(6);
    expect(sent.senderName).toBe('Claire Martin');
  });

  it('asks what kind of client a row without a « Type » is, "not said" until the user chooses', async () => {
    const { fake } = await openSettings();
    fireEvent.click(screen.getByText('Pénalités de retard'));
    const kind = screen.getByLabelText(
      /quand la colonne « Type » ne le dit pas/,
    ) as HTMLSelectElement;
    expect(kind.value).toBe('unknown');
    fireEvent.change(kind, { target: { value: 'b2c' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Enregistré.')).toBeTruthy();
    const sent = fake.calls.at(-1)?.args[0] as Settings;
    expect(sent.defaultCustomerKind).toBe('b2c');
  });

  it('edits the offsets of the chosen client profile', async () => {
    const { fake } = await openSettings();
    fireEvent.click(screen.getByText('Étapes par profil'));
    fireEvent.change(screen.getByLabelText('Profil de client'), { target: { value: 'chronic' } });
    const r2 = screen.getByLabelText('Relance 2') as HTMLInputElement;
    expect(r2.value).toBe(String(SETTINGS_VIEW.settings.offsets.chronic.r2));
    fireEvent.input(r2, { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Enregistré.');
    const sent = fake.calls.at(-1)?.args[0] as Settings | undefined;
    expect(sent?.offsets.chronic.r2).toBe(9);
  });

  it('edits the quote and payment-plan days of the chosen profile, and names a bad one in the summary', async () => {
    const { fake } = await openSettings();
    fireEvent.click(screen.getByText('Étapes par profil'));
    fireEvent.change(screen.getByLabelText('Profil de client'), { target: { value: 'chronic' } });
    const follow = screen.getByLabelText('Suivi de devis · jours avant') as HTMLInputElement;
    expect(follow.value).toBe('5');
    fireEvent.input(follow, { target: { value: '8' } });
    fireEvent.input(screen.getByLabelText('Échéancier : rupture · jours après'), {
      target: { value: '0' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(
      'Étapes par profil · Souvent en retard · Échéancier : rupture · jours après',
    );
    expect(summary.textContent).toContain('de 1 à 90');
    fireEvent.input(screen.getByLabelText('Échéancier : rupture · jours après'), {
      target: { value: '15' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Enregistré.');
    const sent = fake.calls.at(-1)?.args[0] as Settings;
    expect(sent.quoteTiming.chronic.followDaysBefore).toBe(8);
    expect(sent.planTiming.chronic.breakAfterDays).toBe(15);
    expect(sent.quoteTiming.new.followDaysBefore).toBe(5);
  });

  it('shows the automation status and turns it off on request', async () => {
    const off = {
      ...SETTINGS_VIEW,
      settings: { ...SETTINGS_VIEW.settings, automation: false },
      automation: { ...SETTINGS_VIEW.automation, wanted: false, installed: false },
    };
    const { fake } = await openSettings({ setAutomation: () => off });
    expect(screen.getByText('Active : chaque jour vers 9 h (Europe/Paris).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: "Arrêter l'envoi quotidien" }));
    expect(await screen.findByText("Inactive : rien n'est envoyé automatiquement.")).toBeTruthy();
    expect(fake.calls.at(-1)).toEqual({ name: 'setAutomation', args: [false] });
  });

  it('says when the stored settings are damaged and restores the last good version', async () => {
    const storage = {
      state: 'damaged',
      savedAt: null,
      savedBy: null,
      lastGoodAt: '2026-03-01T09:12:00Z',
    };
    const damaged = { ...STATE, settings: { ...SETTINGS_VIEW, storage } };
    const { fake } = await openSettings({
      getSidebarState: () => damaged,
      restoreSettings: () => SETTINGS_VIEW,
    });
    expect(screen.getByRole('alert').textContent).toMatch(/endommagés/);
    fireEvent.click(
      screen.getByRole('button', { name: 'Restaurer la dernière version valide (2026-03-01)' }),
    );
    await waitFor(() => expect(screen.queryByText(/endommagés/)).toBeNull());
    expect(fake.calls.at(-1)).toEqual({ name: 'restoreSettings', args: [] });
  });

  it('names the owner of another editor’s trigger and how sending stops', async () => {
    const automation = {
      ...SETTINGS_VIEW.automation,
      owner: 'paul@martin-design.fr',
      ownedByMe: false,
    };
    await openSettings({
      getSidebarState: () => ({ ...STATE, settings: { ...SETTINGS_VIEW, automation } }),
    });
    expect(screen.getByText(/déclencheur de paul@martin-design.fr/)).toBeTruthy();
  });
});

describe('Settings, reference rates', () => {
  it('shows the last refresh, a failed refresh, and asks for the new legal rate with its official page', async () => {
    const rates = {
      refreshed: [
        { series: 'ecb_mro', on: '2026-07-01' },
        { series: 'boe_base', on: null },
      ],
      failures: [
        { fr: 'Banque d’Angleterre / Bank of England : le service a répondu 503.', en: 'x' },
      ],
      toAsk: [
        {
          series: 'fr_legal_pro',
          halfYearStart: '2026-07-01',
          link: 'https://www.service-public.fr/particuliers/vosdroits/F20688',
        },
      ],
    };
    renderApp({ getSidebarState: () => ({ ...STATE, settings: { ...SETTINGS_VIEW, rates } }) });
    fireEvent.click(await screen.findByRole('tab', { name: 'Réglages' }));
    expect(await screen.findByText(/Taux BCE : mis à jour le 2026-07-01/)).toBeTruthy();
    expect(screen.getByText(/La dernière mise à jour a échoué/)).toBeTruthy();
    expect(screen.getByText(/le service a répondu 503/)).toBeTruthy();
    expect(
      screen.getByText(/Taux de l’intérêt légal du semestre commençant le 2026-07-01/),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Page officielle' });
    expect(link.getAttribute('href')).toBe(
      'https://www.service-public.fr/particuliers/vosdroits/F20688',
    );
  });
});
