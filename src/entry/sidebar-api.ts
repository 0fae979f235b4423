/** Functions the sidebar calls through google.script.run. */
export function getSidebarState(): { ok: true } {
  return { ok: true };
}
