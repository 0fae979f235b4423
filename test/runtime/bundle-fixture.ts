/**
 * A tiny hand-written "compiled bundle" in a temporary directory, so the runtime's tests do not
 * depend on the real dist/ (built by another part of the project).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppsScriptRuntime, type RuntimeOptions } from '../../local/runtime.ts';

export interface BundleFixture {
  readonly dir: string;
  remove(): void;
}

/** Writes `files` (name → content) and an appsscript.json with `timeZone` into a fresh dir. */
export function writeBundle(
  files: Record<string, string>,
  timeZone = 'America/New_York',
): BundleFixture {
  const dir = mkdtempSync(join(tmpdir(), 'relance-bundle-'));
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone, runtimeVersion: 'V8' }));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const fixtures: BundleFixture[] = [];

/** A runtime over a fixture bundle; call `cleanUpBundles()` in afterEach/afterAll. */
export function runtimeFor(
  files: Record<string, string>,
  options: Partial<RuntimeOptions> & { timeZone?: string } = {},
): AppsScriptRuntime {
  const fixture = writeBundle(files, options.timeZone);
  fixtures.push(fixture);
  return new AppsScriptRuntime({
    start: new Date('2026-03-02T08:00:00Z'),
    ...options,
    distDir: fixture.dir,
  });
}

export function cleanUpBundles(): void {
  for (const f of fixtures.splice(0)) f.remove();
}
