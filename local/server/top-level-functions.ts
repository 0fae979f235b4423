/**
 * The functions google.script.run can call: the top-level `function` declarations of the bundle.
 * Apps Script exposes the project's global functions to the client, except private ones whose
 * name ends with an underscore
 * (https://developers.google.com/apps-script/guides/html/communication#private_functions).
 *
 * The files are parsed as scripts, because a node:vm lookup cannot tell a declaration from a
 * global assigned at run time (every vm global is configurable).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

/** Top-level FunctionDeclaration names of one script's source, in order. */
export function functionDeclarations(source: string): string[] {
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'script' });
  const names: string[] = [];
  for (const node of program.body) {
    if (node.type === 'FunctionDeclaration' && node.id) names.push(node.id.name);
  }
  return names;
}

/** Callable names of every `.js` file of `distDir` (sorted file order, private ones left out). */
export function publicFunctions(distDir: string): string[] {
  const names = new Set<string>();
  const files = readdirSync(distDir)
    .filter((f) => f.endsWith('.js'))
    .sort();
  for (const file of files) {
    for (const name of functionDeclarations(readFileSync(join(distDir, file), 'utf8'))) {
      if (!name.endsWith('_')) names.add(name);
    }
  }
  return [...names];
}
