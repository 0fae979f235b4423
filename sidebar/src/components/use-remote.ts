import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** What a server call looks like to a view: loading, its value, or the error it failed with. */
export type Remote<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: Error };

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Loads once on mount (and again on `reload`); `set` replaces the value after an action. */
export function useLoad<T>(load: () => Promise<T>, initial?: T) {
  const [remote, setRemote] = useState<Remote<T>>(
    initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial },
  );
  const loadRef = useRef(load);
  loadRef.current = load;
  const reload = useCallback(() => {
    setRemote({ status: 'loading' });
    loadRef.current().then(
      (value) => setRemote({ status: 'ready', value }),
      (error: unknown) => setRemote({ status: 'error', error: asError(error) }),
    );
  }, []);
  const set = useCallback((value: T) => setRemote({ status: 'ready', value }), []);
  useEffect(() => {
    if (initial === undefined) reload();
    // Loads once: `initial` only matters on the first render.
  }, []);
  return { remote, reload, set };
}

/**
 * A user action that calls the server: `busy` while it runs (one at a time), `error` when it
 * failed. The view stays usable whatever happens.
 */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const run = useCallback(async <T>(name: string, action: () => Promise<T>): Promise<T | null> => {
    setBusy(name);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(asError(caught));
      return null;
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, error, run, clearError: () => setError(null) };
}
