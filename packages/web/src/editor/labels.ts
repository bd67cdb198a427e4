/** Readable names for model paths, in the paper form's terms ("指标5「区域双创活跃度」· 得分"). */
import type { Evaluation, Msg } from '@jixiao/core';
import { loadedRule } from './engine';
import type { I18n, MessageKey } from '../i18n';

const CELL: Record<string, MessageKey> = {
  level1: 'level1',
  level2: 'level2',
  name: 'level3',
  target: 'target',
  actual: 'actual',
  weight: 'weight',
  score: 'score',
  deviation: 'deviation',
};
const FUND_COL: Record<string, MessageKey> = {
  initial: 'initial',
  adjusted: 'adjusted',
  executed: 'executedCol',
  weight: 'weight',
  rate: 'rate',
  score: 'score',
};
const TOP: Record<string, MessageKey> = {
  projectName: 'projectName',
  department: 'department',
  implementer: 'implementer',
  year: 'year',
  template: 'template',
  indicators: 'indicatorsHeader',
};

/** The button name of each workflow action and history entry ("return" → 退回). */
export const ACTION_KEYS: Record<string, MessageKey> = {
  create: 'newForm',
  import: 'navImport',
  edit: 'save',
  'unlock-targets': 'unlockTargets',
  submit: 'submit',
  withdraw: 'withdraw',
  return: 'returnForm',
  approve: 'approve',
  'finance-review': 'financeReview',
  publish: 'publish',
  unlock: 'unlock',
  update: 'save',
  save: 'save',
};

/** Label a path for people, using indicator names from the evaluation where it has them. */
export function pathLabel(path: string, ev: Evaluation | null, i18n: Pick<I18n, 't'>): string {
  const { t } = i18n;
  let m = /^indicators\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (m) {
    const i = Number(m[1]);
    const name = ev?.indicators[i]?.name;
    const head = name ? t('indicatorNamed', { n: i + 1, name }) : t('indicatorNo', { n: i + 1 });
    return m[2] ? `${head} · ${CELL[m[2]] ? t(CELL[m[2]]) : m[2]}` : head;
  }
  m = /^funds\.(\w+)(?:\.(\w+))?$/.exec(path);
  if (m) {
    const row = m[1] === 'unit' ? '' : t(`fund_${m[1]}` as MessageKey);
    return [t('fundsHeader', { unit: ev?.funds.unit ?? '万元' }), row, m[2] ? t(FUND_COL[m[2]] ?? 'weight') : ''].filter(Boolean).join(' · ');
  }
  m = /^goals\.(expected|actual)$/.exec(path);
  if (m) return `${t('goals')} · ${t(m[1] === 'expected' ? 'goalsExpected' : 'goalsActual')}`;
  m = /^total\.(weight|score)$/.exec(path);
  if (m) return `${t('totalScore')} · ${t(m[1] === 'weight' ? 'weight' : 'score')}`;
  if (TOP[path]) return t(TOP[path]);
  return path === '' ? t('wholeForm') : path;
}

/** A stored ISO time as the trail shows it: "2026-11-27 20:12", with seconds when asked. */
export function timeText(iso: string | null | undefined, withSeconds = false): string {
  return (iso ?? '').replace('T', ' ').slice(0, withSeconds ? 19 : 16);
}

/** A field value as text for diffs ("—" for blank). */
export function valueText(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  return String(v);
}

/** A review rule's title in the current language (its id when the rule is unknown to this build or the engine is not loaded). */
export function ruleTitle(id: string, m: (msg: Msg | null | undefined) => string): string {
  const rule = loadedRule(id);
  return rule ? m(rule.docs.title) : id;
}
