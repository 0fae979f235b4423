import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SETUP, STATE } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

describe('opening the sidebar', () => {
  it('costs one server call and shows what the next run will send', async () => {
    const { fake } = renderApp();
    expect(screen.getByRole('status').textContent).toContain('Chargement');
    const card = await screen.findByRole('article', { name: 'Atelier Moreau' });
    expect(within(card).getByText('Facture F-2026-014 : petit rappel')).toBeTruthy();
    expect(within(card).getByText(/3 jours de retard/)).toBeTruthy();
    expect(fake.names()).toEqual(['getSidebarState']);
  });

  it('says why an invoice gets nothing today', async () => {
    renderApp();
    expect(await screen.findByText(/le client a répondu le 12 mars 2026/)).toBeTruthy();
    expect(screen.getByText('Contestée : traitez le litige.')).toBeTruthy();
    expect(
      screen.getByText("Ligne 14 : l'adresse e-mail « jean@ » n'est pas valide."),
    ).toBeTruthy();
  });

  it('opens the first-run guide when setup is not finished', async () => {
    renderApp({
      getSidebarState: () => ({ ...STATE, firstView: 'start', setup: SETUP, today: null }),
    });
    expect(await screen.findByRole('heading', { name: 'Bienvenue dans Relance' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Démarrer' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('shows the failure and a way to retry when the first call fails', async () => {
    let attempts = 0;
    renderApp({
      getSidebarState: () => {
        attempts += 1;
        if (attempts === 1) throw new Error('Exceeded maximum execution time');
        return STATE;
      },
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Exceeded maximum execution time',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('article', { name: 'Atelier Moreau' })).toBeTruthy();
  });
});

describe('switching language', () => {
  it('relabels the interface at once and remembers the choice on the server', async () => {
    const { fake } = renderApp();
    await screen.findByRole('article', { name: 'Atelier Moreau' });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('tab', { name: 'Today' })).toBeTruthy();
    expect(screen.getByText(/3 days late/)).toBeTruthy();
    expect(screen.getByText('Disputed: handle the dispute.')).toBeTruthy();
    expect(fake.calls.at(-1)).toEqual({ name: 'setInterfaceLanguage', args: ['en'] });
  });

  it('starts in English for an English-speaking user', async () => {
    renderApp({ getSidebarState: () => ({ ...STATE, language: 'en' }) });
    expect(await screen.findByRole('tab', { name: 'Templates' })).toBeTruthy();
  });
});

describe('moving between views', () => {
  it('follows the tabs pattern: arrow keys move the selection', async () => {
    renderApp({
      getTemplates: () => ({ templates: [], issues: {}, placeholders: [], samples: [] }),
    });
    const today = await screen.findByRole('tab', { name: "Aujourd'hui" });
    fireEvent.keyDown(today, { key: 'ArrowRight' });
    const templates = screen.getByRole('tab', { name: 'Modèles' });
    expect(templates.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(templates);
    expect(await screen.findByText('Aucun modèle pour ce filtre.')).toBeTruthy();
  });

  it('loads a view only when it is opened, and only once', async () => {
    const { fake } = renderApp({
      getStatistics: () => {
        throw new Error('not now');
      },
    });
    await screen.findByRole('article', { name: 'Atelier Moreau' });
    fireEvent.click(screen.getByRole('tab', { name: 'Réglages' }));
    fireEvent.click(screen.getByRole('tab', { name: "Aujourd'hui" }));
    fireEvent.click(screen.getByRole('tab', { name: 'Réglages' }));
    expect(fake.names()).toEqual(['getSidebarState']);
  });
});
