/**
 * The paper form as a grid for the keyboard: arrow keys move between cells (within a cell's text
 * first: up/down leave a cell only from its first/last line, left/right only from its start/end),
 * Enter moves down (Alt+Enter is a new line inside the cell). Cells are the form's inputs and
 * textareas; "the cell below" is the one in the next row whose column is nearest.
 */
const FIELD = 'input.jx-input, textarea.jx-input';

type Field = HTMLInputElement | HTMLTextAreaElement;

function fieldsOf(row: Element): Field[] {
  return [...row.querySelectorAll<Field>(FIELD)];
}

/** The field in the row after (dir 1) or before (-1) `from`'s row, nearest its column; null at the edge. */
export function verticalNeighbour(from: Field, dir: 1 | -1, root: Element): Field | null {
  const rows = [...root.querySelectorAll('tr')].filter((r) => fieldsOf(r).length > 0);
  const row = from.closest('tr');
  let i = row ? rows.indexOf(row) : -1;
  if (i < 0) return null;
  const x = centre(from);
  for (i += dir; i >= 0 && i < rows.length; i += dir) {
    const candidates = fieldsOf(rows[i]);
    if (candidates.length === 0) continue;
    return candidates.reduce((best, f) => (Math.abs(centre(f) - x) < Math.abs(centre(best) - x) ? f : best));
  }
  return null;
}

/** The next (1) or previous (-1) field in the same row. */
export function horizontalNeighbour(from: Field, dir: 1 | -1): Field | null {
  const row = from.closest('tr');
  if (!row) return null;
  const all = fieldsOf(row);
  return all[all.indexOf(from) + dir] ?? null;
}

function centre(el: Element): number {
  const r = el.getBoundingClientRect();
  return r.left + r.width / 2;
}

/** Whether the caret is on the field's first (or last) line. */
function onEdgeLine(f: Field, edge: 'first' | 'last'): boolean {
  const pos = f.selectionStart ?? 0;
  const v = f.value;
  return edge === 'first' ? !v.slice(0, pos).includes('\n') : !v.slice(f.selectionEnd ?? pos).includes('\n');
}

/** Insert a line break at the caret the way typing would (React sees an input event). */
function insertNewline(f: HTMLTextAreaElement): void {
  const start = f.selectionStart ?? f.value.length;
  const end = f.selectionEnd ?? start;
  const next = `${f.value.slice(0, start)}\n${f.value.slice(end)}`;
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(f, next);
  f.selectionStart = f.selectionEnd = start + 1;
  f.dispatchEvent(new Event('input', { bubbles: true }));
}

function go(to: Field | null, e: KeyboardEvent): void {
  if (!to) return;
  e.preventDefault();
  to.focus();
  to.select?.();
}

/** Handle a keydown inside the paper; returns nothing, moves focus when the key is a grid move. */
export function gridKeyDown(e: KeyboardEvent, root: Element): void {
  const f = e.target as Field;
  if (!(f instanceof HTMLInputElement || f instanceof HTMLTextAreaElement) || !f.matches(FIELD)) return;
  if (e.ctrlKey || e.metaKey || e.shiftKey) return;
  const all = f.selectionStart === 0 && f.selectionEnd === f.value.length && f.value.length > 0;
  switch (e.key) {
    case 'Enter':
      if (e.altKey) {
        if (f instanceof HTMLTextAreaElement) {
          e.preventDefault();
          insertNewline(f);
        }
        return;
      }
      return go(verticalNeighbour(f, 1, root), e);
    case 'ArrowDown':
      if (all || onEdgeLine(f, 'last')) go(verticalNeighbour(f, 1, root), e);
      return;
    case 'ArrowUp':
      if (all || onEdgeLine(f, 'first')) go(verticalNeighbour(f, -1, root), e);
      return;
    case 'ArrowRight':
      if (all || f.selectionStart === f.value.length) go(horizontalNeighbour(f, 1), e);
      return;
    case 'ArrowLeft':
      if (all || f.selectionEnd === 0) go(horizontalNeighbour(f, -1), e);
      return;
  }
}
