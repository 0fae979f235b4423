/**
 * The functions the sidebar calls through google.script.run: the use cases of
 * src/app/sidebar/sidebar-calls.ts, exported under the names of the `SidebarApi` contract
 * (src/api/sidebar-api.ts) that the sidebar's bridge is typed by. Their signatures are declared
 * there plainly and checked against the contract once, here: a function missing, extra or with
 * another signature fails to compile. The check object is never used, so the bundle drops it.
 */
import type { SidebarApi } from '../api/sidebar-api.ts';
import {
  createTabs,
  getSetupStatus,
  getSidebarState,
  getStatistics,
  getTemplates,
  getToday,
  goLive,
  holdInvoice,
  markCallDone,
  openDialog,
  previewTemplate,
  resumeClient,
  runNow,
  saveColumnMapping,
  saveSettings,
  saveTemplate,
  sendSetupTest,
  sendTestEmail,
  setAutomation,
  setInterfaceLanguage,
  skipInvoice,
} from '../app/sidebar/sidebar-calls.ts';

const sidebarFunctions = {
  getSidebarState,
  setInterfaceLanguage,
  openDialog,
  getToday,
  runNow,
  skipInvoice,
  holdInvoice,
  markCallDone,
  resumeClient,
  saveSettings,
  setAutomation,
  getTemplates,
  previewTemplate,
  saveTemplate,
  sendTestEmail,
  getSetupStatus,
  saveColumnMapping,
  createTabs,
  sendSetupTest,
  goLive,
  getStatistics,
} satisfies SidebarApi;

/** The sidebar's server functions, as the contract checked them. */
export type SidebarFunctions = typeof sidebarFunctions;

export {
  createTabs,
  getSetupStatus,
  getSidebarState,
  getStatistics,
  getTemplates,
  getToday,
  goLive,
  holdInvoice,
  markCallDone,
  openDialog,
  previewTemplate,
  resumeClient,
  runNow,
  saveColumnMapping,
  saveSettings,
  saveTemplate,
  sendSetupTest,
  sendTestEmail,
  setAutomation,
  setInterfaceLanguage,
  skipInvoice,
};
