/**
 * The import-direction check of `npm run check`: every layer imports only the layers below it.
 *
 *   sidebar → api → core        main → entry → app → gas → core
 *                                              app → api
 *
 * - `src/core` is pure and imports only itself;
 * - `src/gas` (adapters over Apps Script) imports core, and api's plain types, never app or entry;
 * - `src/app` (use cases) imports core, gas and api, never entry;
 * - `src/entry` (the global functions Apps Script calls) wires app, gas, core and api;
 * - `src/api` (what crosses google.script.run) imports core for the words it shares;
 * - the sidebar (`sidebar/src`) imports its own files, npm packages and `src/api` only.
 * Packages (a specifier that does not start with `.`) are not layers and are not checked here.
 *
 * Imports are read with a regular expression over `import … from '…'`, `export … from '…'`,
 * `import '…'` and `import('…')`, type-only imports included: a type import still ties a layer
 * to another's vocabulary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Layer = 'core' | 'gas' | 'app' | 'api' | 'entry' | 'main' | 'sidebar';

/** The layers each layer may import, itself included. */
export const ALLOWED_IMPORTS: Readonly<Record<Layer, readonly Layer[]>> = {
  core: ['core'],
  gas: ['gas', 'core', 'api'],
  app: ['app', 'gas', 'core', 'api'],
  api: ['api', 'core'],
  entry: ['entry', 'app', 'gas', 'core', 'api'],
  main: ['main', 'entry'],
  sidebar: ['sidebar', 'api'],
};

/** A source file: its path from the repository root (with `/`) and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export interface LayerViolation {
  readonly file: string;
  readonly imported: string;
  readonly message: string;
}

/**
 * The layer of a repository path, or null outside the checked folders.
 *
 * @example layerOf('src/core/parse/amount.ts') // → 'core'
 * @example layerOf('sidebar/src/views/today-view.tsx') // → 'sidebar'
 * @example layerOf('local/runtime.ts') // → null
 */
export function layerOf(path: string): Layer | null {
  if (path === 'src/main.ts') return 'main';
  if (path.startsWith('sidebar/src/')) return 'sidebar';
  const match = /^src\/(core|gas|app|api|entry)\//.exec(path);
  return match ? (match[1] as Layer) : null;
}

const IMPORT_PATTERN =
  /(?:^|[\n;])\s*(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * The module specifiers a file imports or re-exports from.
 *
 * @example importSpecifiers("import type { A } from './a.ts';\nexport { b } from '../b.ts';")
 * // → ['./a.ts', '../b.ts']
 */
export function importSpecifiers(text: string): string[] {
  return [...text.matchAll(IMPORT_PATTERN)].map((m) => m[1] ?? m[2] ?? '');
}

/** Every wrong-way import among `files`, in file order. */
export function layerViolations(files: readonly SourceFile[]): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const file of files) {
    const from = layerOf(file.path);
    if (from === null) continue;
    for (const specifier of importSpecifiers(file.text)) {
      if (!specifier.startsWith('.')) continue;
      const imported = posix.normalize(posix.join(posix.dirname(file.path), specifier));
      const to = layerOf(imported);
      if (to !== null && ALLOWED_IMPORTS[from].includes(to)) continue;
      const allowed = ALLOWED_IMPORTS[from].join(', ');
      violations.push({
        file: file.path,
        imported,
        message: `${file.path} imports ${imported}: ${from} may import only ${allowed}.`,
      });
    }
  }
  return violations;
}

function sourceFiles(root: string, folder: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const path = relative(root, full).split('\\').join('/');
        files.push({ path, text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(join(root, folder));
  return files;
}

/** The checked files of the repository at `root`: src/ and sidebar/src/. */
export function repositorySources(root: string): SourceFile[] {
  return [...sourceFiles(root, 'src'), ...sourceFiles(root, 'sidebar/src')];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const violations = layerViolations(repositorySources(root));
  for (const v of violations) console.error(v.message);
  if (violations.length > 0) {
    console.error(`${violations.length} wrong-way import(s): see docs/architecture.md, "Layers".`);
    process.exit(1);
  }
}
