import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SidebarState, ViewName } from '../../src/api/sidebar-state.ts';
import type { Language } from '../../src/api/vocabulary.ts';
import type { Bridge } from './bridge.ts';
import { ErrorNotice, Loading } from './components/status.tsx';
import { panelId, TabBar, tabId } from './components/tab-bar.tsx';
import { useLoad } from './components/use-remote.ts';
import { createI18n, I18nContext } from './i18n/i18n.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SettingsView } from './views/settings/settings-view.tsx';
import { StartView } from './views/start-view.tsx';
import { StatisticsView } from './views/statistics-view.tsx';
import { TemplatesView } from './views/templates-view.tsx';
import { TodayView } from './views/today-view.tsx';

const VIEWS: readonly ViewName[] = ['start', 'today', 'templates', 'settings', 'statistics'];

/** The sidebar: one call for the first view, then each view loads when the user opens it. */
export function App({ bridge, language }: { bridge: Bridge; language: Language }) {
  const [lang, setLang] = useState<Language>(language);
  const i18n = useMemo(() => createI18n(lang), [lang]);
  const { remote, reload, set } = useLoad(() => bridge.getSidebarState());
  const [view, setView] = useState<ViewName | null>(null);
  const [visited, setVisited] = useState<ReadonlySet<ViewName>>(new Set());

  useEffect(() => {
    if (remote.status !== 'ready' || view !== null) return;
    setLang(remote.value.language);
    open(remote.value.firstView);
  }, [remote, view]);

  function open(next: ViewName) {
    setView(next);
    setVisited((seen) => new Set(seen).add(next));
  }

  function switchLanguage(next: Language) {
    setLang(next);
    document.documentElement.lang = next;
    // A preference: failing to remember it must not disturb the view.
    bridge.setInterfaceLanguage(next).catch(() => undefined);
  }

  const patch = (changes: Partial<SidebarState>) => {
    if (remote.status === 'ready') set({ ...remote.value, ...changes });
  };

  const { t } = i18n;
  const labels: Record<ViewName, string> = {
    start: t.tabStart,
    today: t.tabToday,
    templates: t.tabTemplates,
    settings: t.tabSettings,
    statistics: t.tabStatistics,
  };

  return (
    <I18nContext.Provider value={i18n}>
      <header class="app-header">
        <h1>Relance</h1>
        <LanguageSwitch lang={lang} onSwitch={switchLanguage} />
      </header>
      {remote.status === 'loading' && <Loading />}
      {remote.status === 'error' && <ErrorNotice error={remote.error} onRetry={reload} />}
      {remote.status === 'ready' && view !== null && (
        <>
          <TabBar
            label={t.tabsLabel}
            tabs={VIEWS.map((name) => ({
              view: name,
              label: labels[name],
              ...(name === 'statistics' ? { title: t.tabStatisticsTitle } : {}),
            }))}
            current={view}
            onSelect={open}
          />
          <main>
            {VIEWS.filter((name) => visited.has(name)).map((name) => (
              <div
                key={name}
                id={panelId(name)}
                role="tabpanel"
                aria-labelledby={tabId(name)}
                hidden={name !== view}
              >
                {name === 'start' && (
                  <StartView
                    bridge={bridge}
                    setup={remote.value.setup}
                    onSetup={(setup) => patch({ setup })}
                    onDone={() => {
                      reload();
                      open('today');
                    }}
                  />
                )}
                {name === 'today' && (
                  <TodayView
                    bridge={bridge}
                    today={remote.value.today}
                    onToday={(today) => patch({ today })}
                    onStart={() => open('start')}
                  />
                )}
                {name === 'templates' && <TemplatesView bridge={bridge} />}
                {name === 'settings' && (
                  <SettingsView
                    bridge={bridge}
                    view={remote.value.settings}
                    onSaved={(settings) => patch({ settings })}
                  />
                )}
                {name === 'statistics' && <StatisticsView bridge={bridge} />}
              </div>
            ))}
          </main>
        </>
      )}
    </I18nContext.Provider>
  );
}

/** A view alone in a larger modal dialog (statistics, template editor). */
export function DialogApp(props: { bridge: Bridge; language: Language; view: ViewName }) {
  const i18n = useMemo(() => createI18n(props.language), [props.language]);
  return (
    <I18nContext.Provider value={i18n}>
      <main class="dialog">
        {props.view === 'statistics' ? (
          <StatisticsView bridge={props.bridge} inDialog />
        ) : (
          <TemplatesView bridge={props.bridge} inDialog />
        )}
      </main>
    </I18nContext.Provider>
  );
}
