import { render } from 'preact';
import type { ViewName } from '../../src/api/sidebar-state.ts';
import { languageOf } from '../../src/api/vocabulary.ts';
import { App, DialogApp } from './app.tsx';
import { pageBridge } from './bridge.ts';
import './styles.css';

/**
 * Which view to show alone (a dialog) and in which language: the server writes `view:lang` into
 * the `relance-view` meta tag when it opens a dialog; the local preview can use `?view=` instead.
 */
function dialogMode(): { view: ViewName; lang: string | null } | null {
  const marker = document.querySelector('meta[name="relance-view"]')?.getAttribute('content');
  const fromUrl = new URLSearchParams(location.search).get('view');
  const [view, lang] = (marker || fromUrl || '').split(':');
  if (view === 'statistics' || view === 'templates') return { view, lang: lang ?? null };
  return null;
}

const root = document.getElementById('app');
const bridge = pageBridge();
if (root && bridge) {
  const dialog = dialogMode();
  const language = languageOf(dialog?.lang ?? navigator.language);
  document.documentElement.lang = language;
  render(
    dialog ? (
      <DialogApp bridge={bridge} language={language} view={dialog.view} />
    ) : (
      <App bridge={bridge} language={language} />
    ),
    root,
  );
} else if (root) {
  root.textContent = 'google.script.run is not available.';
}
