import { describe, expect, it } from 'vitest';
import { createBridge, ServerError } from '../../sidebar/src/bridge.ts';
import { fakeScriptRun } from './fake-script-run.ts';
import { TODAY } from './fixtures.ts';

describe('the typed promise bridge over google.script.run', () => {
  it('resolves with what the server function returned', async () => {
    const fake = fakeScriptRun({ getToday: () => TODAY });
    const today = await createBridge(fake.run).getToday();
    expect(today.emails[0]?.subject).toBe('Facture F-2026-014 : petit rappel');
    expect(fake.names()).toEqual(['getToday']);
  });

  it('passes the request as plain JSON', async () => {
    const fake = fakeScriptRun({ holdInvoice: () => TODAY });
    await createBridge(fake.run).holdInvoice({
      invoiceNumber: 'F-2026-014',
      until: '2026-04-01' as never,
    });
    expect(fake.calls[0]?.args).toEqual([{ invoiceNumber: 'F-2026-014', until: '2026-04-01' }]);
  });

  it('rejects with the server error message when the function throws', async () => {
    const fake = fakeScriptRun({
      runNow: () => {
        throw new Error('Another run is in progress.');
      },
    });
    const failure = createBridge(fake.run).runNow();
    await expect(failure).rejects.toBeInstanceOf(ServerError);
    await expect(failure).rejects.toThrow('Another run is in progress.');
  });

  it('rejects when the server has no such function instead of hanging', async () => {
    const fake = fakeScriptRun({});
    await expect(createBridge(fake.run).getStatistics()).rejects.toThrow('getStatistics');
  });
});
