import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * One self-contained HTML file (all JS and CSS inlined): Apps Script serves it with
 * HtmlService.createHtmlOutputFromFile('Sidebar'), which cannot load sibling assets.
 * scripts/build.ts renames `index.html` to `dist/Sidebar.html`.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [preact(), viteSingleFile({ removeViteModuleLoader: true })],
  build: {
    outDir: '../dist/sidebar-build',
    emptyOutDir: true,
    target: 'es2020',
    reportCompressedSize: false,
  },
});
