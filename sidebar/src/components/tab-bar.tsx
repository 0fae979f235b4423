import type { ViewName } from '../../../src/api/sidebar-state.ts';

export interface Tab {
  readonly view: ViewName;
  readonly label: string;
  /** What a short label stands for, shown on hover. */
  readonly title?: string;
}

export const tabId = (view: ViewName) => `tab-${view}`;
export const panelId = (view: ViewName) => `panel-${view}`;

/**
 * WAI-ARIA tabs: one tab stop, arrow keys move between tabs, Home/End jump
 * (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/).
 */
export function TabBar(props: {
  tabs: readonly Tab[];
  current: ViewName;
  label: string;
  onSelect: (view: ViewName) => void;
}) {
  const { tabs, current, onSelect } = props;
  const move = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.view === current);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.view);
    document.getElementById(tabId(tab.view))?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={props.label} onKeyDown={move}>
      {tabs.map((tab) => (
        <button
          key={tab.view}
          id={tabId(tab.view)}
          type="button"
          role="tab"
          aria-selected={tab.view === current}
          aria-controls={panelId(tab.view)}
          title={tab.title}
          tabIndex={tab.view === current ? 0 : -1}
          onClick={() => onSelect(tab.view)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
