import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { UNDO_DELAY_MS } from '../../sidebar/src/views/pending-skips.ts';
import type { TodayView } from '../../src/api/today.ts';
import { STATE, TODAY } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

const withoutMoreau: TodayView = {
  ...TODAY,
  emails: [],
  totals: { ...TODAY.totals, emails: 0 },
};

describe('Today', () => {
  it('skips an invoice after the undo delay and shows the plan the server sends back', async () => {
    const { fake } = renderApp({ skipInvoice: () => withoutMoreau });
    const card = await screen.findByRole('article', { name: 'Atelier Moreau' });
    vi.useFakeTimers();
    try {
      fireEvent.click(within(card).getByRole('button', { name: 'Sauter F-2026-014' }));
      expect(within(card).getByText(/F-2026-014 sera sautée/)).toBeTruthy();
      expect(fake.names()).not.toContain('skipInvoice');
      // The delay, then the fake server's own answer delay.
      vi.advanceTimersByTime(UNDO_DELAY_MS);
      vi.advanceTimersByTime(10);
    } finally {
      vi.useRealTimers();
    }
    expect(await screen.findByText("Aucune relance à envoyer aujourd'hui.")).toBeTruthy();
    expect(fake.calls.at(-1)).toEqual({
      name: 'skipInvoice',
      args: [{ invoiceNumber: 'F-2026-014' }],
    });
  });

  it('says once why invoices whose client kind is unknown carry no late fee, and how to fix it', async () => {
    renderApp({
      getSidebarState: () => ({ ...STATE, today: { ...TODAY, unknownClientKind: 3 } }),
    });
    const notes = await screen.findAllByText(/3 factures impayées ne disent pas/);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.textContent).toContain('colonne « Type »');
    expect(notes[0]?.textContent).toContain('Réglages › Pénalités de retard');
  });

  it('tells of a client’s out-of-office reply as information, the reminder still listed', async () => {
    const moreau = TODAY.emails[0];
    if (!moreau) throw new Error('fixture without an e-mail');
    renderApp({
      getSidebarState: () => ({
        ...STATE,
        today: {
          ...TODAY,
          autoReplies: [
            {
              clientKey: moreau.clientKey,
              client: moreau.client,
              on: '2026-03-12' as TodayView['today'],
              text: {
                fr: 'Réponse automatique de compta@atelier-moreau.fr le 12 mars 2026 : « Absente jusqu’au 23 mars »',
                en: 'Automatic reply from compta@atelier-moreau.fr on 12 March 2026: “Absente jusqu’au 23 mars”',
              },
            },
          ],
        },
      }),
    });
    const note = (await screen.findByText(/les relances continuent/)).closest('[role="note"]');
    expect(note?.textContent).toContain(
      'Réponse automatique de compta@atelier-moreau.fr le 12 mars 2026 : « Absente jusqu’au 23 mars »',
    );
    expect(await screen.findByRole('article', { name: 'Atelier Moreau' })).toBeTruthy();
  });

  it('holds an invoice until a chosen day', async () => {
    const { fake } = renderApp({ holdInvoice: () => withoutMoreau });
    const card = await screen.findByRole('article', { name: 'Atelier Moreau' });
    fireEvent.click(within(card).getByRole('button', { name: 'Suspendre F-2026-014' }));
    const until = within(card).getByLabelText(/Suspendre jusqu'au/);
    fireEvent.input(until, { target: { value: '2026-04-01' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Confirmer' }));
    await screen.findByText("Aucune relance à envoyer aujourd'hui.");
    expect(fake.calls.at(-1)?.args).toEqual([{ invoiceNumber: 'F-2026-014', until: '2026-04-01' }]);
  });

  it('marks a call done and resumes a client who replied', async () => {
    const { fake } = renderApp({
      markCallDone: () => ({ ...TODAY, followUps: [] }),
      resumeClient: () => TODAY,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Appel fait' }));
    expect(await screen.findByText('Aucun brouillon ni appel en attente.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre Studio Lumen' }));
    await screen.findByText('Aucun brouillon ni appel en attente.');
    expect(fake.names().slice(1)).toEqual(['markCallDone', 'resumeClient']);
    // Each names the invoices of its card or line: one name may be two people at two addresses.
    expect(fake.calls[1]?.args).toEqual([
      { clientKey: 'boulangerie durand', invoiceNumbers: ['F-2026-003'] },
    ]);
    expect(fake.calls[2]?.args).toEqual([
      { clientKey: 'studio lumen', invoiceNumbers: ['F-2026-011'] },
    ]);
  });

  it('shows more of a long list, a page at a time, from the server', async () => {
    const long: TodayView = { ...TODAY, totals: { ...TODAY.totals, skips: 3 } };
    const { fake } = renderApp({
      getSidebarState: () => ({ ...STATE, today: long }),
      getTodayPage: () => ({
        list: 'skips',
        offset: 2,
        total: 3,
        items: [
          {
            number: 'F-2026-021',
            client: 'Menuiserie Girard',
            clientKey: 'menuiserie girard',
            reason: { code: 'disputed' },
            reasonText: {
              fr: 'Contestée : traitez le litige.',
              en: 'Disputed: handle the dispute.',
            },
            nextStage: null,
            nextDate: null,
          },
        ],
      }),
    });
    expect(await screen.findByText("Pas de relance aujourd'hui (3)")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Afficher plus (encore 1)' }));
    expect(await screen.findByText('F-2026-021')).toBeTruthy();
    expect(fake.calls.at(-1)).toEqual({
      name: 'getTodayPage',
      args: [{ list: 'skips', offset: 2 }],
    });
    expect(screen.queryByRole('button', { name: /Afficher plus/ })).toBeNull();
  });

  it('undoes a skip: nothing reaches the server', async () => {
    const { fake } = renderApp({ skipInvoice: () => withoutMoreau });
    const card = await screen.findByRole('article', { name: 'Atelier Moreau' });
    vi.useFakeTimers();
    try {
      fireEvent.click(within(card).getByRole('button', { name: 'Sauter F-2026-014' }));
      fireEvent.click(within(card).getByRole('button', { name: 'Annuler F-2026-014' }));
      vi.advanceTimersByTime(UNDO_DELAY_MS * 2);
    } finally {
      vi.useRealTimers();
    }
    expect(within(card).getByRole('button', { name: 'Sauter F-2026-014' })).toBeTruthy();
    expect(fake.names()).toEqual(['getSidebarState']);
  });

  it('in live mode asks before running, listing the e-mails, and says why a refusal happened', async () => {
    const { fake } = renderApp({
      previewRunNow: () => ({ testMode: false, emails: TODAY.emails, notes: [], followUps: [] }),
      runNow: () => {
        throw new Error('Une autre exécution est en cours.');
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Lancer maintenant' }));
    const question = await screen.findByRole('alertdialog');
    expect(question.textContent).toContain('Envoyer 1 e-mail à 1 client maintenant ?');
    expect(fake.names()).not.toContain('runNow');
    fireEvent.click(within(question).getByRole('button', { name: 'Envoyer maintenant' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Une autre exécution est en cours.',
    );
    expect(screen.getByRole('article', { name: 'Atelier Moreau' })).toBeTruthy();
  });

  it('in live mode asks before a run that sends only a quote follow-up, naming the quote', async () => {
    const { fake } = renderApp({
      previewRunNow: () => ({
        testMode: false,
        emails: [],
        notes: [
          {
            clientKey: 'boulangerie morel',
            client: 'Boulangerie Morel',
            stage: 'q_follow',
            to: ['julie@boulangerie-morel.fr'],
            documents: ['D-2026-031'],
          },
        ],
        followUps: [],
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Lancer maintenant' }));
    const question = await screen.findByRole('alertdialog');
    expect(question.textContent).toContain('Envoyer 1 e-mail à 1 client maintenant ?');
    expect(question.textContent).toContain('Boulangerie Morel · Suivi de devis · D-2026-031');
    expect(question.textContent).toContain('julie@boulangerie-morel.fr');
    expect(fake.names()).not.toContain('runNow');
  });

  it('explains a raw server failure in words and keeps its text behind "Détails"', async () => {
    renderApp({
      previewRunNow: () => {
        throw new Error("NetworkError: Unexpected token 'b'");
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Lancer maintenant' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Relance n’a pas pu terminer cette action');
    const details = within(alert).getByText('Détails').closest('details');
    expect(details?.open).toBe(false);
    expect(details?.textContent).toContain("NetworkError: Unexpected token 'b'");
  });

  it('shows only the coming days with something planned, and the last run', async () => {
    renderApp();
    const week = await screen.findByRole('region', { name: '7 prochains jours' });
    expect(within(week).getByText(/Studio Lumen/)).toBeTruthy();
    expect(within(week).queryByText(/0 envoi/)).toBeNull();
    expect(screen.getByText(/3 envois, 0 brouillon, 1 appel, 0 échec/)).toBeTruthy();
  });

  it('counts the tests a run in test mode sent to the user', async () => {
    const lastRun = {
      at: '2026-03-16T08:04:00.000Z',
      sent: 0,
      testSent: 4,
      drafted: 1,
      tasks: 0,
      failed: 0,
      carriedOver: 0,
      failures: [],
    };
    renderApp({ getSidebarState: () => ({ ...STATE, today: { ...TODAY, lastRun } }) });
    expect(
      await screen.findByText(
        /4 tests envoyés à vous-même, 0 envoi, 1 brouillon, 0 appel, 0 échec/,
      ),
    ).toBeTruthy();
  });

  it('marks a template that cannot be rendered instead of a subject', async () => {
    const broken: TodayView = {
      ...TODAY,
      emails: TODAY.emails.map((email) => ({
        ...email,
        subject: null,
        templateError: 'Champ inconnu : {{montant_du}}',
      })),
    };
    renderApp({ getSidebarState: () => ({ ...STATE, today: broken }) });
    expect(await screen.findByText('Champ inconnu : {{montant_du}}')).toBeTruthy();
  });

  it('says why a call task or a notice draft waits, as the run decides', async () => {
    const waiting: TodayView = {
      ...TODAY,
      followUps: TODAY.followUps.map((followUp) => ({
        ...followUp,
        templateError: '« Malgré mes relances » parle de relances qui ne sont pas parties.',
      })),
    };
    renderApp({ getSidebarState: () => ({ ...STATE, today: waiting }) });
    const card = await screen.findByRole('article', { name: 'Boulangerie Durand' });
    expect(within(card).getByText(/Malgré mes relances/)).toBeTruthy();
  });
});
