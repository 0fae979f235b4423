#!/usr/bin/env node
/**
 * Runs before `npm run demo`, `npm test` and the other entry scripts so that they work on a fresh
 * clone exactly as the README writes them. Plain JavaScript: it runs before any dependency exists.
 *
 * - Installs the npm packages from the lockfile when node_modules is missing or older than it.
 * - With `--browser`: makes sure a Chromium exists for the browser tests; as root with apt-get
 *   (CI, a fresh dev machine) it installs Debian's package, otherwise it says how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const installedMarker = join(root, 'node_modules/.package-lock.json');
const lockfile = join(root, 'package-lock.json');

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

function dependenciesStale() {
  if (!existsSync(installedMarker)) return true;
  return statSync(lockfile).mtimeMs > statSync(installedMarker).mtimeMs + 1000;
}

function hasChromium() {
  if (process.env.RELANCE_CHROMIUM && existsSync(process.env.RELANCE_CHROMIUM)) return true;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].some((path) =>
    existsSync(path),
  );
}

function ensureChromium() {
  if (hasChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('bootstrap: installing Chromium (Debian package) for the browser tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'],
      { stdio: 'inherit', env },
    );
    return;
  }
  console.warn(
    'bootstrap: no Chromium found; the browser tests will fail. Install it with:\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium',
  );
}

if (dependenciesStale()) {
  console.log('bootstrap: installing npm packages from package-lock.json…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
if (process.argv.includes('--browser')) ensureChromium();
