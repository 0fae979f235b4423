/**
 * `npm run build`: produces `dist/`, the clasp rootDir.
 *
 * - `dist/Code.js`: the server bundle. esbuild bundles `src/main.ts` as an IIFE assigned to one
 *   global; a footer then declares one top-level `function` per export of the entry, because Apps
 *   Script only calls top-level functions from menus, triggers and google.script.run
 *   (https://developers.google.com/apps-script/guides/v8-runtime) and ES modules are not supported.
 * - `dist/Sidebar.html`: the Preact sidebar, built by Vite into one self-contained HTML file.
 * - `dist/DefaultTemplates.html`: the default templates as JSON, a file Apps Script does not
 *   evaluate (see src/gas/default-templates-file.ts).
 * - `dist/appsscript.json`: the manifest.
 *
 * Apps Script evaluates the whole bundle at the start of every execution, so its size is latency:
 * the sizes are printed at the end.
 */
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';
import {
  HEADER_SYNONYMS,
  REMINDER_WORDS,
  VAGUE_HEADERS,
} from '../src/core/columns/header-synonyms.ts';
import { DEFAULT_TEMPLATES } from '../src/core/templates/defaults.ts';
import { DEFAULT_TEMPLATES_FILE } from '../src/gas/default-templates-file.ts';
import { HEADER_SYNONYMS_FILE, type SynonymTables } from '../src/gas/header-synonyms-file.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const entry = join(root, 'src/main.ts');
const GLOBAL_NAME = '__relance';
/** Budgets from the issues: the server bundle is evaluated at every execution. */
const SERVER_BUDGET_BYTES = 150 * 1024;
const SIDEBAR_GZIP_BUDGET_BYTES = 40 * 1024;

/** Names exported by the entry file, read from a first esbuild pass's metafile. */
export async function entryExports(entryPoint: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [entryPoint],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const outputs = Object.values(result.metafile.outputs);
  const exports = outputs.flatMap((output) => output.exports);
  return [...new Set(exports)].sort();
}

/** One-line delegating declarations: real FunctionDeclarations that Apps Script can find. */
export function footerFor(names: readonly string[], globalName: string = GLOBAL_NAME): string {
  return names
    .map((name) => `function ${name}() { return ${globalName}.${name}.apply(this, arguments); }`)
    .join('\n');
}

/**
 * Data modules the bundle reads from a project file when first used instead of carrying them:
 * each core module on the left is replaced, in Code.js only, by the loader on the right.
 */
const LAZY_DATA: Readonly<Record<string, string>> = {
  [join(root, 'src/core/columns/header-synonyms.ts')]: join(
    root,
    'src/gas/header-synonyms-file.ts',
  ),
};

const lazyData: esbuild.Plugin = {
  name: 'lazy-data',
  setup(build) {
    build.onResolve({ filter: /\.ts$/ }, (args) => {
      const target = LAZY_DATA[resolve(args.resolveDir, args.path)];
      return target && args.importer !== target ? { path: target } : undefined;
    });
  },
};

async function buildServer(): Promise<string[]> {
  const names = await entryExports(entry);
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    target: 'es2020',
    mainFields: ['module', 'main'],
    outfile: join(dist, 'Code.js'),
    plugins: [lazyData],
    footer: { js: footerFor(names) },
    legalComments: 'none',
    // Every byte is parsed at each execution. Apps Script's stack traces name minified
    // functions: dist/Code.js.map (never pushed) maps them back to the sources.
    minify: true,
    // UTF-8 rather than \u escapes: the French texts are about 2 KB smaller and stay readable.
    charset: 'utf8',
    sourcemap: 'external',
    logLevel: 'warning',
  });
  return names;
}

async function buildSidebar(): Promise<void> {
  const outDir = join(dist, 'sidebar-build');
  await viteBuild({
    configFile: join(root, 'sidebar/vite.config.ts'),
    root: join(root, 'sidebar'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  renameSync(join(outDir, 'index.html'), join(dist, 'Sidebar.html'));
  rmSync(outDir, { recursive: true, force: true });
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function sizeLine(label: string, file: string, gzipBudget?: number, rawBudget?: number): string {
  const content = readFileSync(file);
  const gzipped = gzipSync(content, { level: 9 }).length;
  const warnings: string[] = [];
  if (rawBudget !== undefined && content.length > rawBudget)
    warnings.push(`over ${kib(rawBudget)}`);
  if (gzipBudget !== undefined && gzipped > gzipBudget)
    warnings.push(`gzip over ${kib(gzipBudget)}`);
  const flag = warnings.length ? `  !! ${warnings.join(', ')}` : '';
  return `${label.padEnd(20)} ${kib(content.length).padStart(10)} raw ${kib(gzipped).padStart(10)} gzip${flag}`;
}

async function main(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const names = await buildServer();
  await buildSidebar();
  // Read by src/gas/default-templates-file.ts only when set-up needs it, not at every execution.
  writeFileSync(join(dist, `${DEFAULT_TEMPLATES_FILE}.html`), JSON.stringify(DEFAULT_TEMPLATES));
  // Read by src/gas/header-synonyms-file.ts when a header row is first matched.
  const synonyms: SynonymTables = { HEADER_SYNONYMS, VAGUE_HEADERS, REMINDER_WORDS };
  writeFileSync(join(dist, `${HEADER_SYNONYMS_FILE}.html`), JSON.stringify(synonyms));
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  writeFileSync(join(dist, 'functions.json'), `${JSON.stringify(names, null, 2)}\n`);
  console.log(`\nRelance build → dist/ (${names.length} public functions)`);
  console.log(sizeLine('Code.js (server)', join(dist, 'Code.js'), undefined, SERVER_BUDGET_BYTES));
  console.log(sizeLine('Sidebar.html', join(dist, 'Sidebar.html'), SIDEBAR_GZIP_BUDGET_BYTES));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
