import type { Settings } from '../../../../src/api/settings.ts';

type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;

/** Every path into `T`, written as the server's validation names them: `a.b`, `list[2].c`. */
type PathsOf<T, P extends string = ''> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly (infer Item)[]
    ?
        | Join<P, K>
        | (Item extends object
            ? PathsOf<Item, `${Join<P, K>}[${number}]`>
            : `${Join<P, K>}[${number}]`)
    : NonNullable<T[K]> extends object
      ? Join<P, K> | PathsOf<NonNullable<T[K]>, Join<P, K>>
      : Join<P, K>;
}[keyof T & string];

/**
 * A field of the settings by its path (`offsets.new.r1`, `lateFees.rates[0].percent`, `cc[1]`):
 * the same paths the server's validation errors name, checked by the compiler so a section
 * cannot name a field that does not exist.
 */
export type SettingsPath = PathsOf<Settings>;

function keysOf(path: string): string[] {
  return path.split(/\.|\[(\d+)\]/).filter((key): key is string => Boolean(key));
}

export function getIn(value: unknown, path: string): unknown {
  return keysOf(path).reduce<unknown>(
    (node, key) => (node as Record<string, unknown> | null)?.[key],
    value,
  );
}

function setKeys<T>(value: T, keys: readonly string[], next: unknown): T {
  const [key, ...rest] = keys;
  if (key === undefined) return next as T;
  const replaced = setKeys((value as Record<string, unknown>)[key], rest, next);
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(key)] = replaced;
    return copy as T;
  }
  return { ...(value as object), [key]: replaced } as T;
}

/** A copy of `value` with the field at `path` replaced. */
export function setIn<T>(value: T, path: string, next: unknown): T {
  return setKeys(value, keysOf(path), next);
}

/** Whether an error at `errorPath` belongs to the field `path` or to something inside it. */
export function isWithin(errorPath: string, path: SettingsPath): boolean {
  return errorPath === path || errorPath.startsWith(`${path}.`) || errorPath.startsWith(`${path}[`);
}
