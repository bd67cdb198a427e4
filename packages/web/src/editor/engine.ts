/**
 * The scoring and review engine (core's scoreAndReview with every rule), loaded on first use. It is
 * the largest part of the app, and the list, dashboard and login do not need it: loading it with the
 * first page that scores keeps it out of the initial JavaScript (the 400 KB budget of
 * docs/web-bundle.md). Pages that score wait for it with useEngine; tests call loadEngine first.
 */
import { useEffect, useState } from 'react';
import type { scoreAndReview, getRule } from '@jixiao/core';

export type Engine = typeof scoreAndReview;

let loaded: Engine | null = null;
let rules: typeof getRule | null = null;
let loading: Promise<Engine> | null = null;

/** The engine once loaded, else null. */
export function engine(): Engine | null {
  return loaded;
}

/** A review rule by id once the engine is loaded (findings only exist after it is), else undefined. */
export function loadedRule(id: string): ReturnType<typeof getRule> {
  return rules?.(id);
}

/** Load the engine (once; later calls share the same promise). */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engineModule').then(
    (m) => {
      rules = m.getRule;
      return (loaded = m.scoreAndReview);
    },
    (e: unknown) => {
      loading = null; // a chunk that failed to load (a network blip) is fetched again by the next caller
      throw e;
    },
  );
  return loading;
}

/** The engine for a component: null on the first render when it is not loaded yet, then the engine. */
export function useEngine(): Engine | null {
  // Functions in state are wrapped: useState and setState would call a bare function as an initialiser or updater.
  const [eng, setEng] = useState<Engine | null>(() => loaded);
  useEffect(() => {
    if (eng) return;
    let live = true;
    // On failure the page keeps waiting; the next mount (navigation, reload) tries again.
    loadEngine().then((c) => live && setEng(() => c), () => undefined);
    return () => void (live = false);
  }, [eng]);
  return eng;
}
