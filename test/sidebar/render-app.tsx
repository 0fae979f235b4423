import { cleanup, render } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { App } from '../../sidebar/src/app.tsx';
import { createBridge } from '../../sidebar/src/bridge.ts';
import type { SidebarApi } from '../../src/api/sidebar-api.ts';
import { fakeScriptRun } from './fake-script-run.ts';
import { STATE } from './fixtures.ts';

// Vitest runs without globals here, so Testing Library cannot unmount by itself.
afterEach(cleanup);

type Handlers = Parameters<typeof fakeScriptRun>[0];

/** The whole sidebar against a fake server; `getSidebarState` answers the fixture by default. */
export function renderApp(handlers: Handlers = {}, language: 'fr' | 'en' = 'fr') {
  const fake = fakeScriptRun({
    getSidebarState: () => STATE,
    setInterfaceLanguage: (lang) => lang,
    ...handlers,
  } satisfies Handlers as Partial<SidebarApi>);
  const view = render(<App bridge={createBridge(fake.run)} language={language} />);
  return { ...view, fake };
}
