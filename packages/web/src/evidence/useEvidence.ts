/** The form's 佐证材料 list, loaded with the editor and reloaded after each change; counts per row for review. */
import { useCallback, useEffect, useState } from 'react';
import type { EvidenceCount } from '@jixiao/core';
import * as api from '../api';
import type { EvidenceItem, EvidenceList } from '../api/evidence';

/** Evidence counts per indicator row, as the server gives review (files for the whole form are no row's). */
export function evidenceCounts(items: readonly EvidenceItem[]): EvidenceCount[] {
  const by = new Map<number, number>();
  for (const it of items) if (it.indicator !== null) by.set(Number(it.indicator), (by.get(Number(it.indicator)) ?? 0) + 1);
  return [...by].sort(([a], [b]) => a - b).map(([indicatorIndex, count]) => ({ indicatorIndex, count }));
}

export function useEvidence(formId: string): { list: EvidenceList | null; reload(): void } {
  const [list, setList] = useState<EvidenceList | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    void api.listEvidence(formId).then((r) => live && r.ok && setList(r.value));
    return () => {
      live = false;
    };
  }, [formId, tick]);
  return { list, reload: useCallback(() => setTick((n) => n + 1), []) };
}
