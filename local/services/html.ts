/**
 * HtmlService (https://developers.google.com/apps-script/reference/html/html-service) and the
 * record of what the script showed to the user: sidebars, dialogs, toasts, alerts and menus
 * (SpreadsheetApp's Ui writes here; tests and the local preview read it).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AppsScriptEnumValue,
  appsScriptEnumType,
  type ExecutionContext,
  type ServiceModule,
} from '../service-module.ts';
import { createBlob } from './blob.ts';
import { escapeHtml } from './escape-html.ts';

export interface ShownHtml {
  readonly kind: 'sidebar' | 'modalDialog' | 'modelessDialog';
  readonly title: string;
  readonly content: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly spreadsheetId: string | null;
  /** Clock time (ms) when it was shown. */
  readonly at: number;
}

export interface ShownToast {
  readonly spreadsheetId: string;
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
  readonly at: number;
}

export interface ShownAlert {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: string;
  /** The button the runtime answered with. */
  readonly answer: string;
  readonly at: number;
}

export type MenuEntry =
  | { readonly caption: string; readonly functionName: string }
  | { readonly separator: true }
  | { readonly caption: string; readonly subMenu: readonly MenuEntry[] };

export interface AddedMenu {
  readonly kind: 'addon' | 'custom';
  /** The custom menu's caption; for the add-on menu, null (Sheets shows the add-on's name). */
  readonly caption: string | null;
  readonly items: readonly MenuEntry[];
  readonly spreadsheetId: string | null;
  readonly at: number;
}

/** Everything shown to the user, across executions. */
export class UiRecorder {
  readonly shown: ShownHtml[] = [];
  readonly toasts: ShownToast[] = [];
  readonly alerts: ShownAlert[] = [];
  readonly menus: AddedMenu[] = [];
  /** Buttons the "user" clicks on the next alerts (e.g. ['NO']); OK (or YES) when empty. */
  readonly alertAnswers: string[] = [];

  get sidebars(): ShownHtml[] {
    return this.shown.filter((s) => s.kind === 'sidebar');
  }

  get dialogs(): ShownHtml[] {
    return this.shown.filter((s) => s.kind !== 'sidebar');
  }

  get lastSidebar(): ShownHtml | null {
    return this.sidebars.at(-1) ?? null;
  }

  /** The menu most recently added with addToUi (what the user sees now). */
  get lastMenu(): AddedMenu | null {
    return this.menus.at(-1) ?? null;
  }
}

export interface HtmlOutputState {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  metaTags: { name: string; content: string }[];
  sandboxMode: AppsScriptEnumValue | null;
  xFrameOptionsMode: AppsScriptEnumValue | null;
  faviconUrl: string | null;
}

const outputs = new WeakMap<object, HtmlOutputState>();

/** The state of an HtmlOutput made by this runtime (for Ui.showSidebar), or null. */
export function htmlOutputState(value: unknown): HtmlOutputState | null {
  return typeof value === 'object' && value !== null ? (outputs.get(value) ?? null) : null;
}

export const SANDBOX_MODE = appsScriptEnumType('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
export const X_FRAME_OPTIONS_MODE = appsScriptEnumType('XFrameOptionsMode', [
  'ALLOWALL',
  'DEFAULT',
]);

function createHtmlOutput(
  ctx: ExecutionContext,
  content: string,
): GoogleAppsScript.HTML.HtmlOutput {
  const state: HtmlOutputState = {
    content,
    title: '',
    width: null,
    height: null,
    metaTags: [],
    sandboxMode: null,
    xFrameOptionsMode: null,
    faviconUrl: null,
  };
  const call = (m: string) => ctx.kernel.call(`HtmlOutput.${m}`);
  const output = {
    setTitle(title: string) {
      call('setTitle');
      state.title = String(title);
      return output;
    },
    getTitle() {
      call('getTitle');
      return state.title;
    },
    // Add-on sidebars are 300 px wide whatever setWidth says
    // (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)).
    setWidth(width: number) {
      call('setWidth');
      state.width = width;
      return output;
    },
    getWidth() {
      call('getWidth');
      return state.width ?? 0;
    },
    setHeight(height: number) {
      call('setHeight');
      state.height = height;
      return output;
    },
    getHeight() {
      call('getHeight');
      return state.height ?? 0;
    },
    getContent() {
      call('getContent');
      return state.content;
    },
    setContent(html: string) {
      call('setContent');
      state.content = String(html);
      return output;
    },
    append(html: string) {
      call('append');
      state.content += String(html);
      return output;
    },
    appendUntrusted(text: string) {
      call('appendUntrusted');
      state.content += escapeHtml(text);
      return output;
    },
    clear() {
      call('clear');
      state.content = '';
      return output;
    },
    setSandboxMode(mode: AppsScriptEnumValue) {
      call('setSandboxMode');
      state.sandboxMode = mode;
      return output;
    },
    getSandboxMode() {
      call('getSandboxMode');
      return state.sandboxMode ?? SANDBOX_MODE.IFRAME;
    },
    addMetaTag(name: string, content2: string) {
      call('addMetaTag');
      // Only `viewport` and a few apple-mobile tags are accepted by Apps Script; not enforced.
      state.metaTags.push({ name: String(name), content: String(content2) });
      return output;
    },
    getMetaTags() {
      call('getMetaTags');
      return ctx.toRealm(
        state.metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content })),
      );
    },
    setXFrameOptionsMode(mode: AppsScriptEnumValue) {
      call('setXFrameOptionsMode');
      state.xFrameOptionsMode = mode;
      return output;
    },
    setFaviconUrl(url: string) {
      call('setFaviconUrl');
      state.faviconUrl = String(url);
      return output;
    },
    getFaviconUrl() {
      call('getFaviconUrl');
      return state.faviconUrl;
    },
    getBlob() {
      call('getBlob');
      return createBlob(ctx, state.content, 'text/html', state.title || null);
    },
    getAs(contentType: string) {
      call('getAs');
      return createBlob(ctx, state.content, 'text/html', null).getAs(contentType);
    },
    toString() {
      return 'HtmlOutput';
    },
  };
  outputs.set(output, state);
  return output as unknown as GoogleAppsScript.HTML.HtmlOutput;
}

/**
 * Compiles a template's scriptlets into a function of the execution's realm: `<?= ?>` prints
 * escaped, `<?!= ?>` prints raw, `<? ?>` runs code
 * (https://developers.google.com/apps-script/guides/html/templates). Template variables are the
 * properties assigned on the template object.
 */
function compileTemplate(source: string): string {
  const parts: string[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    parts.push(`__out.push(${JSON.stringify(source.slice(last, m.index))});`);
    const code = m[2] ?? '';
    if (m[1] === '=') parts.push(`__out.push(__escape(${code}));`);
    else if (m[1] === '!=') parts.push(`__out.push(String(${code}));`);
    else parts.push(code);
    last = m.index + m[0].length;
  }
  parts.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  return `(function (__vars, __escape) { var __out = []; with (__vars) { ${parts.join('\n')} } return __out.join(''); })`;
}

function readHtmlFile(ctx: ExecutionContext, filename: string): string {
  const name = String(filename);
  // Apps Script file names carry no extension; `Sidebar.html` is also accepted here.
  const base = name.endsWith('.html') ? name.slice(0, -5) : name;
  try {
    return readFileSync(join(ctx.distDir, `${base}.html`), 'utf8');
  } catch {
    // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
    throw ctx.newError(`No HTML file named ${base} was found.`);
  }
}

function createTemplate(ctx: ExecutionContext, source: string): GoogleAppsScript.HTML.HtmlTemplate {
  const methods = new Set(['evaluate', 'getCode', 'getCodeWithComments', 'getRawContent']);
  const template: Record<string, unknown> = {
    evaluate() {
      ctx.kernel.call('HtmlTemplate.evaluate');
      const vars: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(template)) if (!methods.has(k)) vars[k] = v;
      const fn = ctx.evaluate(compileTemplate(source)) as (
        vars: Record<string, unknown>,
        escapeFn: (v: unknown) => string,
      ) => string;
      return createHtmlOutput(ctx, fn(vars, escapeHtml));
    },
    getCode() {
      ctx.kernel.call('HtmlTemplate.getCode');
      return compileTemplate(source);
    },
    getCodeWithComments() {
      ctx.kernel.call('HtmlTemplate.getCodeWithComments');
      return compileTemplate(source);
    },
    getRawContent() {
      ctx.kernel.call('HtmlTemplate.getRawContent');
      return source;
    },
  };
  return template as unknown as GoogleAppsScript.HTML.HtmlTemplate;
}

export class HtmlModule implements ServiceModule {
  globals(ctx: ExecutionContext): Record<string, unknown> {
    const HtmlService = {
      SandboxMode: SANDBOX_MODE,
      XFrameOptionsMode: X_FRAME_OPTIONS_MODE,
      createHtmlOutput(html?: unknown) {
        ctx.kernel.call('HtmlService.createHtmlOutput');
        const source =
          html === undefined
            ? ''
            : typeof html === 'object' && html !== null && 'getDataAsString' in html
              ? String((html as { getDataAsString(): string }).getDataAsString())
              : String(html);
        return createHtmlOutput(ctx, source);
      },
      createHtmlOutputFromFile(filename: string) {
        ctx.kernel.call('HtmlService.createHtmlOutputFromFile');
        return createHtmlOutput(ctx, readHtmlFile(ctx, filename));
      },
      createTemplate(html: unknown) {
        ctx.kernel.call('HtmlService.createTemplate');
        return createTemplate(ctx, String(html));
      },
      createTemplateFromFile(filename: string) {
        ctx.kernel.call('HtmlService.createTemplateFromFile');
        return createTemplate(ctx, readHtmlFile(ctx, filename));
      },
      getUserAgent() {
        ctx.kernel.call('HtmlService.getUserAgent');
        return 'Mozilla/5.0 (offline Apps Script runtime)';
      },
      toString() {
        return 'HtmlService';
      },
    };
    return { HtmlService };
  }
}
