/**
 * Validation of a target form: the shape first (untrusted JSON), then what an approver would send
 * back at once — funds that do not add up, rows without a name or a target, a basis of 其他 with
 * no text, 评(扣)分标准 missing where the template asks for them. Every issue has a stable code and
 * a path. Whether the targets are well chosen (measurable, high enough) is review's business
 * (reviewTargetForm), not validity's: "全覆盖" or "A级" is a valid target a reviewer may question.
 */
import { parseValue } from '../grammar/parse';
import { sumMoney, toBig } from '../money';
import { renderMsg, type Issue, type Result } from '../result';
import { schemaIssues } from '../schema-issues';
import { TargetFormSchema, type TargetForm } from './model';

/** The content codes validateTargetForm reports, each with its message (shape errors are `invalid-target-form`). */
export const TARGET_FORM_ISSUES = {
  'funds-sources-sum': { zh: '年度资金总额 {total} 不等于各来源之和 {sum}', en: 'the total {total} is not the sum of its sources {sum}' },
  'indicator-name-empty': { zh: '第{row}行未填三级指标名称', en: 'row {row} has no indicator name' },
  'indicator-target-empty': { zh: '第{row}行未填指标值', en: 'row {row} has no target value' },
  'scoring-missing': { zh: '第{row}行未填评(扣)分标准', en: 'row {row} has no scoring criteria' },
  'basis-other-empty': { zh: '第{row}行指标值设定依据为“其他”，但未说明', en: 'row {row}: the basis is "other" but not described' },
} as const;

export type TargetFormIssueCode = keyof typeof TARGET_FORM_ISSUES;

function issue(code: TargetFormIssueCode, path: string, data: Record<string, string | number>): Issue {
  return { code, path, message: renderMsg(TARGET_FORM_ISSUES[code], data), data };
}

/** What the deployment asks beyond the form's shape. */
export interface TargetFormRules {
  /** The template asks a 评(扣)分标准 on every row. */
  requireScoring?: boolean;
}

/** The form's own problems (no shape errors: the input already is a TargetForm). */
export function targetFormIssues(form: TargetForm, rules: TargetFormRules = {}): Issue[] {
  const out: Issue[] = [];
  const f = form.funds;
  const sources = [f.fiscal, f.carryover, f.other];
  const total = toBig(f.total);
  if (total && sources.some((s) => s !== null)) {
    const sum = sumMoney(sources);
    if (!total.eq(sum)) out.push(issue('funds-sources-sum', 'funds.total', { total: f.total!, sum }));
  }
  form.indicators.forEach((x, i) => {
    const row = i + 1;
    if (x.name.trim() === '') out.push(issue('indicator-name-empty', `indicators[${i}].name`, { row }));
    const t = parseValue(x.target, { year: form.year });
    if (t.kind === 'empty' || t.kind === 'placeholder') out.push(issue('indicator-target-empty', `indicators[${i}].target`, { row }));
    if (x.basis.kind === 'other' && x.basis.text.trim() === '') out.push(issue('basis-other-empty', `indicators[${i}].basis.text`, { row }));
    if (rules.requireScoring && x.scoring.trim() === '') out.push(issue('scoring-missing', `indicators[${i}].scoring`, { row }));
  });
  return out;
}

/** Check that a value is a valid target form, shape and content. Never throws. */
export function validateTargetForm(input: unknown, rules: TargetFormRules = {}): Result<TargetForm> {
  const r = TargetFormSchema.safeParse(input);
  if (!r.success) {
    return { ok: false, issues: schemaIssues(r.error, 'invalid-target-form') };
  }
  const issues = targetFormIssues(r.data, rules);
  return issues.length ? { ok: false, issues } : { ok: true, value: r.data };
}
