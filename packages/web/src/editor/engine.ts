/**
 * The scoring and review engine (core's checkEvaluation with every rule), loaded on first use. It is
 * the largest part of the app, and the list, dashboard and login do not need it: loading it with the
 * first page that scores keeps it out of the initial JavaScript (the 400 KB budget of
 * docs/web-bundle.md). Pages that score wait for it with useEngine; tests call loadEngine first.
 */
import { useEffect, useState } from 'react';
import type { checkEvaluation, getRule } from '@jixiao/core';

export type Check = typeof checkEvaluation;

let loaded: Check | null = null;
let rules: typeof getRule | null = null;
let loading: Promise<Check> | null = null;

/** The engine once loaded, else null. */
export function engine(): Check | null {
  return loaded;
}

/** A review rule by id once the engine is loaded (findings only exist after it is), else undefined. */
export function loadedRule(id: string): ReturnType<typeof getRule> {
  return rules?.(id);
}

/** Load the engine (once; later calls share the same promise). */
export function loadEngine(): Promise<Check> {
  loading ??= import('./engineModule').then(
    (m) => {
      rules = m.getRule;
      return (loaded = m.checkEvaluation);
    },
    (e: unknown) => {
      loading = null; // a chunk that failed to load (a network blip) is fetched again by the next caller
      throw e;
    },
  );
  return loading;
}

/** The engine for a component: null on the first render when it is not loaded yet, then the engine. */
export function useEngine(): Check | null {
  // Functions in state are wrapped: useState and setState would call a bare function as an initialiser or updater.
  const [check, setCheck] = useState<Check | null>(() => loaded);
  useEffect(() => {
    if (check) return;
    let live = true;
    // On failure the page keeps waiting; the next mount (navigation, reload) tries again.
    loadEngine().then((c) => live && setCheck(() => c), () => undefined);
    return () => void (live = false);
  }, [check]);
  return check;
}
