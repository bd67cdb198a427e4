/** @jixiao/web — the React app; exported here: the editor's pure view model (used by the bench). */
export { buildView, rangeText, type EditorView, type RowView } from './editor/viewModel';
export { loadEngine } from './editor/engine';
export { planMerge, applyMerge, diffEvaluations, flatten } from './editor/diff';
