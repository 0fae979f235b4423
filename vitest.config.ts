import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/**
 * Four suites, run together by `npm test` (after `npm run build`, which the e2e and browser
 * suites load from `dist/`):
 * - unit: the pure core, the offline runtime and the scripts, in Node;
 * - components: sidebar components in happy-dom;
 * - e2e: the compiled bundle driven inside the offline runtime;
 * - browser: the built sidebar in headless Chromium against the offline runtime.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/core/**/*.test.ts',
            'test/runtime/**/*.test.ts',
            'test/scripts/**/*.test.ts',
          ],
          environment: 'node',
          // A script time zone far from the sheets' tests use, so zone bugs show.
          env: { TZ: 'America/Los_Angeles' },
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'components',
          include: ['test/sidebar/**/*.test.tsx', 'test/sidebar/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          // A beforeAll may run a whole scenario (the demo's 73 e-mails): as long as a test.
          hookTimeout: 120_000,
          env: { TZ: 'America/Los_Angeles' },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
