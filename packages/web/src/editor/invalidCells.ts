/**
 * Cells whose text does not parse (十分 in 得分, 12,3.4 in an amount) keep the last good value in
 * the form, so a save would silently keep the old number. Each such cell reports itself here and
 * the editor refuses to save while any remains.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';

type Report = (key: string, bad: boolean) => void;

/** Where cells report whether their text parses; null outside an editor (public page, history). */
export const InvalidCellsContext = createContext<Report | null>(null);

/** The editor's registry: a report function for the cells and how many are invalid now. */
export function useInvalidCellRegistry(): { report: Report; count: number } {
  const bad = useRef(new Set<string>());
  const [count, setCount] = useState(0);
  const report = useCallback<Report>((key, isBad) => {
    const s = bad.current;
    if (isBad === s.has(key)) return;
    if (isBad) s.add(key);
    else s.delete(key);
    setCount(s.size);
  }, []);
  return { report, count };
}

/** Report this cell's state while it is mounted (an unmounted cell is no longer in the way). */
export function useReportInvalid(key: string, isBad: boolean): void {
  const report = useContext(InvalidCellsContext);
  useEffect(() => {
    report?.(key, isBad);
  }, [report, key, isBad]);
  useEffect(() => () => report?.(key, false), [report, key]);
}
