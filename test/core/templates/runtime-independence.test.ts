import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../src/core/templates/defaults.ts';
import { renderMessage } from '../../../src/core/templates/render-message.ts';
import { englishUK, frenchB2B, frenchConsumer } from './fixtures.ts';

/**
 * Apps Script's V8 ships its own ICU data, so the renderer must not depend on Intl or toLocale*.
 * This bundles the module the way the build does (one IIFE, no imports) and runs it in a fresh
 * V8 context where Intl is gone and the locale-sensitive methods throw: the messages must come
 * out identical to the ones rendered here.
 */
async function sandboxedRenderer() {
  const bundle = await build({
    // The add-on reads the defaults from a data file; here they are bundled beside the module.
    stdin: {
      contents: `export * from './src/core/templates/index.ts';
        export { DEFAULT_TEMPLATES } from './src/core/templates/defaults.ts';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'templates',
    platform: 'neutral',
    target: 'es2020',
  });
  const context = createContext({});
  runInContext(
    `delete globalThis.Intl;
     const refuse = () => { throw new Error('locale-dependent call'); };
     Number.prototype.toLocaleString = refuse;
     Date.prototype.toLocaleString = refuse;
     Date.prototype.toLocaleDateString = refuse;
     String.prototype.localeCompare = refuse;`,
    context,
  );
  runInContext(bundle.outputFiles[0]?.text ?? '', context);
  return (input: string) =>
    runInContext(
      `(() => { const { id, ctx } = JSON.parse(${JSON.stringify(input)});
        const t = templates.DEFAULT_TEMPLATES.find((x) => x.id === id);
        return JSON.stringify(templates.renderMessage(t, ctx)); })()`,
      context,
    ) as string;
}

describe('rendering without Intl', () => {
  it('gives byte-identical messages in a context without Intl or toLocale*', async () => {
    const render = await sandboxedRenderer();
    for (const ctx of [frenchB2B, englishUK, frenchConsumer]) {
      for (const template of DEFAULT_TEMPLATES) {
        const context = { ...ctx, stage: template.stage };
        const here = JSON.stringify(renderMessage(template, context));
        expect(render(JSON.stringify({ id: template.id, ctx: context }))).toBe(here);
      }
    }
  });
});
