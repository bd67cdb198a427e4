/**
 * Stale answers never win: a page that asks the same question again (the list for new filters, the
 * editor's comments after a save) keeps one `Latest` slot. Each request gets its own
 * AbortController; a newer request or the page's unmount aborts the one before, and an answer that
 * arrives anyway is dropped, so a slow old list response cannot overwrite a newer one.
 */
import { useEffect, useState } from 'react';

export interface Latest {
  /**
   * Run `request` with a fresh signal, aborting the request before it. Resolves to its result, or
   * to null when a newer request or `abort()` came first (the caller then changes nothing).
   */
  run<T extends object>(request: (signal: AbortSignal) => Promise<T>): Promise<T | null>;
  /** Abort the request in flight, if any (on unmount). Later runs still work. */
  abort(): void;
}

/** A slot for one kind of request where only the newest answer counts. */
export function createLatest(): Latest {
  let current: AbortController | null = null;
  return {
    async run(request) {
      current?.abort();
      const mine = new AbortController();
      current = mine;
      const result = await request(mine.signal);
      if (mine.signal.aborted) return null;
      if (current === mine) current = null;
      return result;
    },
    abort() {
      current?.abort();
      current = null;
    },
  };
}

/** A `Latest` slot for a component: aborted when the component unmounts. */
export function useLatest(): Latest {
  const [slot] = useState(createLatest);
  useEffect(() => () => slot.abort(), [slot]);
  return slot;
}
