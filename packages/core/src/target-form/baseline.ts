/**
 * Approved targets as the self-evaluation's starting point: the Evaluation pre-filled from a target
 * form (header, funds as 年初预算数, 年度目标 as 预期目标, every indicator's 一级/二级/三级, 指标值 and
 * 分值), and the check that a self-evaluation kept what approval locked.
 */
import { emptyEvaluation, emptyFundRow, type Evaluation, type FundKey } from '../model';
import { Big } from '../money';
import type { Issue } from '../result';
import { getTemplate, INDICATORS_100, MOF_2020, type Template } from '../templates';
import { TARGET_FIELDS, type TargetField } from '../workflow/targets';
import type { TargetForm } from './model';

/**
 * The template the self-evaluation will be scored with: the one the form names, else — as
 * detection does for a filled form — indicators worth the whole total mean execution is reported
 * apart (indicators-100), anything else the national default.
 */
export function baselineTemplate(form: TargetForm): Template {
  const named = getTemplate(form.template);
  if (named) return named;
  const sum = form.indicators.reduce((a, x) => (x.weight === null ? a : a.plus(x.weight)), new Big(0));
  return sum.eq(INDICATORS_100.total) ? INDICATORS_100 : MOF_2020;
}

/** A self-evaluation pre-filled from an (approved) target form; actuals, scores and reasons are blank. */
export function evaluationFromTargetForm(form: TargetForm): Evaluation {
  const ev = emptyEvaluation(form.year, form.template);
  const template = baselineTemplate(form);
  ev.projectName = form.projectName;
  ev.department = form.department;
  ev.implementer = form.implementer;
  ev.funds.unit = form.funds.unit;
  for (const k of ['total', 'fiscal', 'carryover', 'other'] as FundKey[]) ev.funds[k] = { ...emptyFundRow(), initial: form.funds[k] };
  ev.funds.total.weight = template.execution.weight;
  ev.goals.expected = form.goals.annual;
  ev.indicators = form.indicators.map((x) => ({
    level1: x.level1, level2: x.level2, name: x.name, target: x.target, weight: x.weight, actual: '', score: null, deviation: '',
  }));
  ev.total.weight = template.total;
  return ev;
}

/** The approved value of each locked field, per indicator, as the baseline holds them. */
export type LockedTargets = readonly (Pick<Evaluation['indicators'][number], 'level1' | 'level2' | TargetField>)[];

/** The locked part of a target form: structure (一级/二级) and the fields approval locks. */
export function lockedTargets(form: TargetForm): LockedTargets {
  return form.indicators.map((x) => ({ level1: x.level1, level2: x.level2, name: x.name, target: x.target, weight: x.weight }));
}

const STRUCTURE = ['level1', 'level2'] as const;

/**
 * Where a self-evaluation departs from its approved targets: a row added or removed, or a locked
 * field changed. Empty when it kept them. The server refuses such edits; an approved 目标调整
 * changes the baseline itself (applyAdjustment), never the self-evaluation alone.
 */
export function baselineChanges(ev: Evaluation, locked: LockedTargets): Issue[] {
  const out: Issue[] = [];
  if (ev.indicators.length !== locked.length) {
    out.push({
      code: 'target-rows-changed',
      path: 'indicators',
      message: { zh: `已批复 ${locked.length} 项指标，自评表有 ${ev.indicators.length} 项`, en: `${locked.length} indicators were approved, the self-evaluation has ${ev.indicators.length}` },
    });
  }
  const n = Math.min(ev.indicators.length, locked.length);
  for (let i = 0; i < n; i++) {
    for (const key of [...STRUCTURE, ...TARGET_FIELDS.map((f) => f.key)]) {
      const was = locked[i][key];
      const now = ev.indicators[i][key];
      if (was === now) continue;
      const label = TARGET_FIELDS.find((f) => f.key === key)?.label ?? (key === 'level1' ? { zh: '一级指标', en: 'level 1' } : { zh: '二级指标', en: 'level 2' });
      out.push({
        code: 'target-changed',
        path: `indicators[${i}].${key}`,
        message: { zh: `第${i + 1}行${label.zh}已批复为“${was ?? ''}”，不能改为“${now ?? ''}”（须经目标调整）`, en: `row ${i + 1}: the ${label.en} was approved as "${was ?? ''}" and cannot become "${now ?? ''}" without an approved adjustment` },
      });
    }
  }
  return out;
}
