/**
 * Reads and replaces a value deep inside the settings by its field path (`offsets.new.r1`,
 * `lateFees.rates.0.percent`), the same paths the server's validation errors name.
 */
export function getIn(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], value);
}

export function setIn<T>(value: T, path: string, next: unknown): T {
  const [key, ...rest] = path.split('.');
  if (key === undefined) return value;
  const replaced = rest.length === 0 ? next : setIn(getIn(value, key), rest.join('.'), next);
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(key)] = replaced;
    return copy as T;
  }
  return { ...(value as object), [key]: replaced } as T;
}
