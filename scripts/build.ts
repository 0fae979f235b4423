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
 * the sizes are printed at the end. `npm run build -- --analyze` also prints what takes the space
 * in Code.js: the bytes each source file leaves in it (from esbuild's metafile) and the bytes of
 * string literals.
 */
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';
import { DEFAULT_TEMPLATES } from '../src/core/templates/defaults.ts';
import { DEFAULT_TEMPLATES_FILE } from '../src/gas/default-templates-file.ts';
import { LAZY_DATA } from './lazy-data.ts';

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

const LOADER = join(root, 'src/gas/project-data-file.ts');

/** The tables a data module exports, by name, as the build writes them to its project file. */
async function dataExports(module: string): Promise<Record<string, object>> {
  const exports = (await import(pathToFileURL(join(root, module)).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== 'object' || value === null) {
      throw new Error(`${module} exports ${name}, which is not a table: keep it out of LAZY_DATA.`);
    }
  }
  return exports as Record<string, object>;
}

/**
 * Puts, in Code.js only, a stand-in in place of each data module of LAZY_DATA: the same exports,
 * as proxies that read the module's project file on first use (src/gas/project-data-file.ts).
 */
function lazyData(tables: ReadonlyMap<string, Record<string, object>>): esbuild.Plugin {
  const fileOf = new Map(LAZY_DATA.map(({ module, file }) => [join(root, module), file]));
  return {
    name: 'lazy-data',
    setup(build) {
      build.onResolve({ filter: /\.ts$/ }, (args) => {
        const path = resolve(args.resolveDir, args.path);
        return fileOf.has(path) ? { path, namespace: 'lazy-data' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-data' }, (args) => {
        const file = fileOf.get(args.path) as string;
        const exports = Object.entries(tables.get(args.path) ?? {}).map(
          ([name, value]) =>
            `export const ${name} = lazyExport(${JSON.stringify(file)}, ${JSON.stringify(name)}, ${Array.isArray(value) ? '[]' : '{}'});`,
        );
        return {
          contents: [`import { lazyExport } from ${JSON.stringify(LOADER)};`, ...exports].join(
            '\n',
          ),
          loader: 'ts',
          resolveDir: root,
        };
      });
    },
  };
}

/**
 * Writes each project data file, with the exports of every module that names it (modules read
 * together share one file: one read); returns each module's tables by its absolute path.
 */
async function writeDataFiles(): Promise<Map<string, Record<string, object>>> {
  const tables = new Map<string, Record<string, object>>();
  const files = new Map<string, Record<string, object>>();
  for (const { module, file } of LAZY_DATA) {
    const exports = await dataExports(module);
    tables.set(join(root, module), exports);
    const content = files.get(file) ?? {};
    for (const [name, table] of Object.entries(exports)) {
      if (name in content) throw new Error(`${file}.html would hold two tables named ${name}.`);
      content[name] = table;
    }
    files.set(file, content);
  }
  for (const [file, content] of files)
    writeFileSync(join(dist, `${file}.html`), JSON.stringify(content));
  return tables;
}

async function buildServer(
  tables: ReadonlyMap<string, Record<string, object>>,
): Promise<{ names: string[]; metafile: esbuild.Metafile }> {
  const names = await entryExports(entry);
  const { metafile } = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    target: 'es2020',
    mainFields: ['module', 'main'],
    outfile: join(dist, 'Code.js'),
    plugins: [lazyData(tables)],
    footer: { js: footerFor(names) },
    legalComments: 'none',
    // Every byte is parsed at each execution. Apps Script's stack traces name minified
    // functions: dist/Code.js.map (never pushed) maps them back to the sources.
    minify: true,
    // UTF-8 rather than \u escapes: the French texts are about 2 KB smaller and stay readable.
    charset: 'utf8',
    sourcemap: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  return { names, metafile };
}

/** Bytes each source file leaves in Code.js, largest first, with the string literals' share. */
function analysis(metafile: esbuild.Metafile, code: string): string {
  const output = metafile.outputs[relativeToCwd(join(dist, 'Code.js'))];
  if (!output) return 'No metafile entry for Code.js.';
  const files = Object.entries(output.inputs)
    .map(([file, { bytesInOutput }]) => ({
      file: file.replace(`lazy-data:${root}/`, 'stand-in of '),
      bytes: bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes);
  const folders = new Map<string, number>();
  for (const { file, bytes } of files) {
    const folder = file.split('/').slice(0, -1).join('/');
    folders.set(folder, (folders.get(folder) ?? 0) + bytes);
  }
  const line = (bytes: number, name: string): string => `${kib(bytes).padStart(9)}  ${name}`;
  return [
    `String literals: ${kib(stringLiteralBytes(code))} of ${kib(Buffer.byteLength(code))}`,
    '',
    'By folder:',
    ...[...folders].sort((a, b) => b[1] - a[1]).map(([folder, bytes]) => line(bytes, folder)),
    '',
    'By file (the 60 largest):',
    ...files.slice(0, 60).map(({ file, bytes }) => line(bytes, file)),
  ].join('\n');
}

function relativeToCwd(path: string): string {
  return path.slice(process.cwd().length + 1);
}

/** Bytes of the string literals and template-literal parts of a script, quotes included. */
function stringLiteralBytes(code: string): number {
  let total = 0;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const { type, start, end, value } = node as {
      type?: string;
      start: number;
      end: number;
      value?: unknown;
    };
    if ((type === 'Literal' && typeof value === 'string') || type === 'TemplateElement')
      total += Buffer.byteLength(code.slice(start, end));
    for (const child of Object.values(node)) if (child && typeof child === 'object') visit(child);
  };
  visit(parse(code, { ecmaVersion: 2020 }));
  return total;
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
  const { names, metafile } = await buildServer(await writeDataFiles());
  await buildSidebar();
  // Read by src/gas/default-templates-file.ts only when set-up needs it, not at every execution.
  writeFileSync(join(dist, `${DEFAULT_TEMPLATES_FILE}.html`), JSON.stringify(DEFAULT_TEMPLATES));
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  writeFileSync(join(dist, 'functions.json'), `${JSON.stringify(names, null, 2)}\n`);
  console.log(`\nRelance build → dist/ (${names.length} public functions)`);
  console.log(sizeLine('Code.js (server)', join(dist, 'Code.js'), undefined, SERVER_BUDGET_BYTES));
  console.log(sizeLine('Sidebar.html', join(dist, 'Sidebar.html'), SIDEBAR_GZIP_BUDGET_BYTES));
  if (process.argv.includes('--analyze'))
    console.log(`\n${analysis(metafile, readFileSync(join(dist, 'Code.js'), 'utf8'))}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
