/**
 * SpreadsheetApp.getUi() (https://developers.google.com/apps-script/reference/base/ui): menus,
 * sidebars, dialogs and alerts, recorded in the runtime's UiRecorder. Alerts and prompts do not
 * wait for a person: they answer at once with the next button queued in
 * `runtime.ui.alertAnswers` (OK, or YES for YES_NO button sets, when nothing is queued).
 */
import { appsScriptEnumType, type ExecutionContext } from '../../service-module.ts';
import { htmlOutputState, type MenuEntry, type UiRecorder } from '../html.ts';

export const BUTTON = appsScriptEnumType('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const BUTTON_SET = appsScriptEnumType('ButtonSet', [
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
]);

/** Add-on sidebars are 300 px wide whatever setWidth says (Ui.showSidebar reference). */
export const ADDON_SIDEBAR_WIDTH = 300;

type Menu = { entries: MenuEntry[]; caption: string | null };
const menus = new WeakMap<object, Menu>();

function createMenu(
  ctx: ExecutionContext,
  ui: UiRecorder,
  kind: 'addon' | 'custom',
  caption: string | null,
): object {
  const state: Menu = { entries: [], caption };
  const call = (m: string) => ctx.kernel.call(`Menu.${m}`);
  const menu = {
    addItem(itemCaption: string, functionName: string) {
      call('addItem');
      state.entries.push({ caption: String(itemCaption), functionName: String(functionName) });
      return menu;
    },
    addSeparator() {
      call('addSeparator');
      state.entries.push({ separator: true });
      return menu;
    },
    addSubMenu(subMenu: object) {
      call('addSubMenu');
      const sub = menus.get(subMenu);
      if (!sub)
        throw ctx.newError(
          "The parameters (Object) don't match the method signature for Ui.Menu.addSubMenu.",
        );
      state.entries.push({ caption: sub.caption ?? '', subMenu: sub.entries });
      return menu;
    },
    addToUi() {
      call('addToUi');
      ui.menus.push({
        kind,
        caption,
        items: [...state.entries],
        spreadsheetId: ctx.activeSpreadsheetId,
        at: ctx.kernel.clock.now(),
      });
    },
    toString() {
      return 'Menu';
    },
  };
  menus.set(menu, state);
  return menu;
}

function buttonSetName(value: unknown): string {
  return value === undefined ? 'OK' : String(value);
}

function answer(ui: UiRecorder, buttons: string): string {
  const queued = ui.alertAnswers.shift();
  if (queued !== undefined) return queued;
  return buttons.startsWith('YES') ? 'YES' : 'OK';
}

export function createUi(ctx: ExecutionContext, ui: UiRecorder): object {
  const call = (m: string) => ctx.kernel.call(`Ui.${m}`);
  const show = (
    kind: 'sidebar' | 'modalDialog' | 'modelessDialog',
    output: unknown,
    title?: string,
  ) => {
    const state = htmlOutputState(output);
    if (!state) {
      throw ctx.newError(
        `The parameters (Object) don't match the method signature for Ui.show${kind[0]?.toUpperCase()}${kind.slice(1)}.`,
      );
    }
    ui.shown.push({
      kind,
      title: title ?? state.title,
      content: state.content,
      width: kind === 'sidebar' ? ADDON_SIDEBAR_WIDTH : state.width,
      height: state.height,
      spreadsheetId: ctx.activeSpreadsheetId,
      at: ctx.kernel.clock.now(),
    });
  };
  return {
    Button: BUTTON,
    ButtonSet: BUTTON_SET,
    alert(...args: unknown[]) {
      call('alert');
      // alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons)
      const [title, prompt, buttons] =
        args.length >= 3
          ? [String(args[0]), String(args[1]), buttonSetName(args[2])]
          : ['', String(args[0]), buttonSetName(args[1])];
      const pressed = answer(ui, buttons);
      ui.alerts.push({ title, prompt, buttons, answer: pressed, at: ctx.kernel.clock.now() });
      return BUTTON[pressed] ?? BUTTON.OK;
    },
    prompt(...args: unknown[]) {
      call('prompt');
      const [title, prompt, buttons] =
        args.length >= 3
          ? [String(args[0]), String(args[1]), buttonSetName(args[2])]
          : ['', String(args[0]), buttonSetName(args[1])];
      const pressed = answer(ui, buttons);
      ui.alerts.push({ title, prompt, buttons, answer: pressed, at: ctx.kernel.clock.now() });
      return {
        getResponseText: () => '',
        getSelectedButton: () => BUTTON[pressed] ?? BUTTON.OK,
      };
    },
    createMenu(caption: string) {
      call('createMenu');
      return createMenu(ctx, ui, 'custom', String(caption));
    },
    createAddonMenu() {
      call('createAddonMenu');
      return createMenu(ctx, ui, 'addon', null);
    },
    showSidebar(userInterface: unknown) {
      call('showSidebar');
      show('sidebar', userInterface);
    },
    showModalDialog(userInterface: unknown, title: string) {
      call('showModalDialog');
      show('modalDialog', userInterface, String(title));
    },
    showModelessDialog(userInterface: unknown, title: string) {
      call('showModelessDialog');
      show('modelessDialog', userInterface, String(title));
    },
    toString() {
      return 'Ui';
    },
  };
}
