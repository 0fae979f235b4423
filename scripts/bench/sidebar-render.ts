/**
 * How long the built sidebar (dist/Sidebar.html) takes to show the first call's answer, in
 * Chromium at add-on width: from the moment the `getSidebarState` reply has arrived (its JSON
 * not parsed yet) to the first frame painted after the Today view is in the page. The server's
 * time is not in it: it is the service-cost table's. Used by `npm run bench` and by a browser
 * test (test/browser/render-cost.test.ts).
 */
import type { Browser } from 'playwright-core';
import { startPreviewServer } from '../../local/server.ts';
import { type BookSize, openBook } from './service-cost.ts';

export interface SidebarRender {
  /** Reply received → Today painted, in ms (JSON parse, Preact render, layout, paint). */
  readonly renderMs: number;
  /** Size of the reply the page received. */
  readonly jsonBytes: number;
  /** Elements in the page once Today shows. */
  readonly elements: number;
}

/**
 * Runs in the page before the app: marks when the reply of `getSidebarState` arrives (the
 * preview's google.script.run posts to /rpc), and when the frame after Today's title appears has
 * been painted (a requestAnimationFrame, then a task: the frame is on screen by then).
 */
const MARKS = `(() => {
  const marks = (window.__relanceRender = {});
  const realFetch = window.fetch;
  window.fetch = function (url, init) {
    const reply = realFetch.apply(this, arguments);
    let fn = null;
    try { fn = JSON.parse(init && init.body).fn; } catch (e) {}
    if (fn !== 'getSidebarState') return reply;
    return reply.then((response) => response.text().then((text) => {
      marks.received = performance.now();
      marks.bytes = text.length;
      return new Response(text, { status: response.status, headers: response.headers });
    }));
  };
  new MutationObserver((changes, observer) => {
    if (marks.received === undefined || !document.getElementById('today-title')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => {
      marks.painted = performance.now();
      marks.elements = document.getElementsByTagName('*').length;
    }, 0));
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Marks {
  readonly received?: number;
  readonly painted?: number;
  readonly bytes?: number;
  readonly elements?: number;
}

/**
 * Opens the sidebar on a set-up, live book of `size` (the bench's, before its first run: Today
 * at its fullest) and measures the first view's rendering once; the best of `tries` opens, as a
 * warm page would be.
 */
export async function measureSidebarRender(
  browser: Browser,
  size: BookSize,
  distDir: string,
  tries = 3,
): Promise<SidebarRender> {
  const { addon, id } = openBook(size, distDir);
  const server = await startPreviewServer({ runtime: addon.runtime, spreadsheetId: id });
  const page = await browser.newPage({ viewport: { width: 300, height: 800 }, locale: 'fr-FR' });
  try {
    await page.addInitScript(MARKS);
    let best: SidebarRender | null = null;
    for (let i = 0; i < tries; i++) {
      await page.goto(server.url);
      // The server computes the reply first: seconds on a large book.
      await page.waitForFunction(
        () =>
          (globalThis as unknown as { __relanceRender?: Marks }).__relanceRender?.painted !==
          undefined,
        undefined,
        { timeout: 120_000, polling: 50 },
      );
      const marks = await page.evaluate(
        () => (globalThis as unknown as { __relanceRender: Marks }).__relanceRender,
      );
      const render: SidebarRender = {
        renderMs: (marks.painted ?? 0) - (marks.received ?? 0),
        jsonBytes: marks.bytes ?? 0,
        elements: marks.elements ?? 0,
      };
      if (best === null || render.renderMs < best.renderMs) best = render;
    }
    return best as SidebarRender;
  } finally {
    await page.close();
    await server.close();
  }
}
