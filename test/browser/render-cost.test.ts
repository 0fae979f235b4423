/**
 * The sidebar shows the first call's answer for a book of 20,000 invoices in Chromium at add-on
 * width: target 300 ms (README, Performance), measured from the reply's arrival to the painted
 * Today view (scripts/bench/sidebar-render.ts). The ceiling here is generous, for a loaded CI
 * machine: it catches a view that renders every invoice, not a few milliseconds.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureSidebarRender } from '../../scripts/bench/sidebar-render.ts';
import { DIST, requireBuild } from '../e2e/support/world.ts';
import { launchChromium } from './chromium.ts';

requireBuild();

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the sidebar on a book of 20,000 invoices', () => {
  it('renders the first call’s Today in well under a second (target 300 ms)', async () => {
    const render = await measureSidebarRender(
      browser,
      { rows: 20_000, logRows: 0, quota: 1_500 },
      DIST,
    );
    console.log(
      `Sidebar render at 20,000 invoices: ${render.renderMs.toFixed(0)} ms, ` +
        `${(render.jsonBytes / 1024).toFixed(1)} KB, ${render.elements} elements`,
    );
    expect(render.jsonBytes).toBeGreaterThan(10_000);
    expect(render.jsonBytes).toBeLessThanOrEqual(150 * 1024);
    // Long lists are capped (25 items each): a bounded page whatever the book's size.
    expect(render.elements).toBeLessThan(3_000);
    expect(render.renderMs).toBeLessThan(1_000);
  }, 180_000);
});
