/**
 * The functions the sidebar calls through google.script.run: the use cases of
 * src/app/sidebar/sidebar-calls.ts, exported as they are under the names of the `SidebarApi`
 * contract (src/api/sidebar-api.ts) that the sidebar's bridge is typed by. Their signatures are
 * declared there plainly and checked against the contract once, here, at compile time only (a
 * value-level `satisfies` would make the bundle build the module's namespace object).
 */
import type { SidebarApi } from '../api/sidebar-api.ts';
import type * as calls from '../app/sidebar/sidebar-calls.ts';

/** `T` if it has every function of the contract with its signature, and nothing else. */
type SatisfiesSidebarApi<T extends SidebarApi & Record<Exclude<keyof T, keyof SidebarApi>, never>> =
  T;

/** The sidebar's server functions, as the contract checked them. */
export type SidebarFunctions = SatisfiesSidebarApi<typeof calls>;

export * from '../app/sidebar/sidebar-calls.ts';
