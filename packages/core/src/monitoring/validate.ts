/**
 * Validation of a monitoring form: the shape, then what the department would send back — an
 * indicator without a likelihood, a likely shortfall without a cause or a corrective measure,
 * execution above the budget. Every issue has a stable code and a path.
 */
import { toBig } from '../money';
import type { Issue, Result } from '../result';
import { schemaIssues } from '../schema-issues';
import { MonitoringFormSchema, type MonitoringForm } from './model';

function issue(code: string, path: string, zh: string, en: string): Issue {
  return { code, path, message: { zh, en } };
}

/** The form's own problems (the input already is a MonitoringForm). */
export function monitoringFormIssues(form: MonitoringForm): Issue[] {
  const out: Issue[] = [];
  const budget = toBig(form.funds.budget);
  const executed = toBig(form.funds.executed);
  if (budget && executed && executed.gt(budget)) out.push(issue('executed-over-budget', 'funds.executed', `执行数 ${form.funds.executed} 超过年度预算 ${form.funds.budget}`, `executed ${form.funds.executed} exceeds the budget ${form.funds.budget}`));
  form.indicators.forEach((x, i) => {
    const row = i + 1;
    if (x.likelihood === null) {
      out.push(issue('likelihood-missing', `indicators[${i}].likelihood`, `第${row}行未判断完成可能性`, `row ${row}: no likelihood given`));
      return;
    }
    if (x.likelihood === 'certain') return;
    if (x.cause.kind === null || (x.cause.kind === 'other' && x.cause.text.trim() === '')) out.push(issue('cause-missing', `indicators[${i}].cause`, `第${row}行可能完不成，未说明偏差原因`, `row ${row}: a likely shortfall with no cause`));
    if (x.measure.trim() === '') out.push(issue('measure-missing', `indicators[${i}].measure`, `第${row}行可能完不成，未提出纠偏措施`, `row ${row}: a likely shortfall with no corrective measure`));
  });
  return out;
}

/** Check that a value is a valid monitoring form, shape and content. Never throws. */
export function validateMonitoringForm(input: unknown): Result<MonitoringForm> {
  const r = MonitoringFormSchema.safeParse(input);
  if (!r.success) {
    return { ok: false, issues: schemaIssues(r.error, 'invalid-monitoring-form') };
  }
  const issues = monitoringFormIssues(r.data);
  return issues.length ? { ok: false, issues } : { ok: true, value: r.data };
}
