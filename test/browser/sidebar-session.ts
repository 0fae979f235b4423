/**
 * One browser test file's world: the built sidebar (dist/Sidebar.html) served by the preview
 * server over the offline runtime with the demo workbook (the same world `npm run dev` opens),
 * and one headless Chromium page 300 px wide, the width of an add-on sidebar
 * (https://developers.google.com/workspace/add-ons/editors/gsao/building-editor-interfaces).
 *
 * The page records every google.script.run call it makes (each is a POST to /rpc), so a test can
 * count server round trips.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { type DevPreview, type DevPreviewOptions, startDevPreview } from '../../scripts/dev.ts';
import { launchChromium } from './chromium.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = join(root, 'out', 'screenshots');
export const SIDEBAR_WIDTH = 300;

/** For expect.poll: a server call plus the editor's 400 ms typing delay fit well within it. */
export const SOON = { timeout: 5_000, interval: 50 } as const;

export interface SidebarSession {
  readonly dev: DevPreview;
  readonly browser: Browser;
  readonly page: Page;
  /** Names of the server functions the page called, in order, since the last `open`. */
  readonly calls: string[];
  /** Loads the sidebar afresh and waits for its first view. */
  open(): Promise<void>;
  /** Rows of a tab of the runtime's spreadsheet, as the script would read them. */
  sheet(name: string): unknown[][];
  /** Names of the spreadsheet's tabs. */
  tabs(): string[];
  close(): Promise<void>;
}

export interface SessionOptions extends DevPreviewOptions {
  /** Browser locale (navigator.language); the server's choice wins once it answers. */
  readonly locale?: string;
}

export async function openSidebarSession(options: SessionOptions = {}): Promise<SidebarSession> {
  const { locale = 'fr-FR', ...devOptions } = options;
  const dev = await startDevPreview(devOptions);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: SIDEBAR_WIDTH, height: 800 }, locale });
    // Every server call answers in well under a second here: fail fast rather than at 30 s.
    page.setDefaultTimeout(10_000);
    const calls: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/rpc') {
        calls.push(String((JSON.parse(request.postData() ?? '{}') as { fn?: unknown }).fn));
      }
    });
    // A sidebar that throws is a failed test, not a console line nobody reads.
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    const store = dev.addon.runtime.spreadsheets;
    const opened = browser;
    return {
      dev,
      browser: opened,
      page,
      calls,
      async open() {
        calls.length = 0;
        await page.goto(dev.url);
        await page.getByRole('tablist').waitFor();
        if (pageErrors.length > 0) throw pageErrors[0];
      },
      sheet: (name) => store.sheetValues(dev.spreadsheetId, name),
      tabs: () => store.get(dev.spreadsheetId).sheets.map((s) => s.name),
      async close() {
        await opened.close();
        await dev.close();
        if (pageErrors.length > 0) throw pageErrors[0];
      },
    };
  } catch (error) {
    await browser?.close();
    await dev.close();
    throw error;
  }
}

/**
 * Saves the whole page, as a person scrolling the sidebar would see it, to
 * out/screenshots/<name>.png, and what shows without scrolling to <name>-first-screen.png (the
 * small pictures docs/screenshots/ holds).
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-first-screen.png`) });
  // A viewport as tall as the page, so sticky bars sit at the bottom as a reader scrolls to it.
  const viewport = page.viewportSize() ?? { width: SIDEBAR_WIDTH, height: 800 };
  const height = await page.locator('html').evaluate((html) => html.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(viewport);
  return path;
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core on what the page shows and returns its serious and critical violations, one line
 * each (rule, help, first elements), so a failing test says what to fix.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    type Axe = { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> };
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    const page = (globalThis as unknown as { document: unknown }).document;
    // Only violations are needed: axe then skips detailing the passes, which is most of its time.
    return (await axe.run(page, { resultTypes: ['violations'] })).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/** Signs the reminders and goes live in the runtime directly (nothing goes live unsigned). */
export function goLiveSigned(dev: DevPreview): void {
  const doc = { activeSpreadsheetId: dev.spreadsheetId };
  dev.addon.runtime.runAsSidebarCall(
    'saveSignature',
    [{ senderName: 'Camille Martin', senderContact: '06 12 34 56 78', senderCompany: '' }],
    doc,
  );
  dev.addon.runtime.runAsSidebarCall('goLive', [], doc);
}
