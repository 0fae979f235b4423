import { useEffect, useRef, useState } from 'preact/hooks';

/** Long enough to notice a wrong click and undo it, as Gmail's "Undo send" does. */
export const UNDO_DELAY_MS = 6_000;

/**
 * Skips the user asked for, held back for a few seconds so they can be undone: nothing reaches
 * the server (neither the log nor the sheet) until the delay is over, so an undo leaves both
 * exactly as they were. `flush` sends the waiting ones at once, before anything that reads them
 * (run now).
 */
export function usePendingSkips(commit: (invoiceNumber: string) => Promise<void>) {
  const [pending, setPending] = useState<readonly string[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const commitRef = useRef(commit);
  commitRef.current = commit;

  const settle = (number: string) => {
    const timer = timers.current.get(number);
    if (timer === undefined) return null;
    clearTimeout(timer);
    timers.current.delete(number);
    setPending((current) => current.filter((n) => n !== number));
    return number;
  };

  // Leaving the view sends what was asked: an undo is offered, not a silent drop.
  useEffect(
    () => () => {
      for (const number of [...timers.current.keys()])
        if (settle(number)) commitRef.current(number);
    },
    [],
  );

  return {
    pending,
    skip(number: string) {
      if (timers.current.has(number)) return;
      timers.current.set(
        number,
        setTimeout(() => {
          if (settle(number)) void commitRef.current(number);
        }, UNDO_DELAY_MS),
      );
      setPending((current) => [...current, number]);
    },
    undo(number: string) {
      settle(number);
    },
    async flush() {
      for (const number of [...timers.current.keys()]) {
        if (settle(number)) await commitRef.current(number);
      }
    },
  };
}
