/** While there are unsaved edits, closing the tab warns and an in-app route change asks first. */
import { useEffect } from 'react';
import { setNavigationBlocker } from '../router';

/** Guard unsaved edits; `question` is asked before an in-app navigation. */
export function useLeaveGuard(dirty: boolean, question: string): void {
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    const unblock = setNavigationBlocker(() => window.confirm(question));
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      unblock();
    };
  }, [dirty, question]);
}
