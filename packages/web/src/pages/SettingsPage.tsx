/**
 * 评价设置 (finance, admin): the template each organisation uses in a year — set at the finance
 * bureau for everyone, or at a department or unit for its subtree — whether error-level findings
 * block submission, the thresholds of the mid-year monitoring lights and the results report's budget signal.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Input, Select, Space, Switch, Table } from 'antd';
import { budgetThresholdsText, parseBudgetThresholds, DEFAULT_BUDGET_THRESHOLDS, GRADES, listTemplates, parseLightSettings, type Msg } from '@jixiao/core';
import { useI18n } from '../i18n';
import * as api from '../api';
import type { Org } from '../api/types';
import type { SettingEntry } from '../api/settings';
import { yearOptions } from '../components/filters';

// Here, not in the dictionaries: they load with every route, and this page loads on its own.
const DUTIES = { zh: '职责分离：同一人不能办理同一张表的两个环节', en: 'Separation of duties: one person, one stage of a form' };
const L = {
  title: { zh: '运行监控预警阈值（各年度适用）', en: 'Mid-year monitoring light thresholds (every year)' },
  hint: { zh: '执行进度（预算执行率或指标完成进度）占时序进度的比例：低于红灯阈值为红灯，低于黄灯阈值为黄灯，其余为绿灯。', en: 'Progress (budget execution or an indicator’s progress) as a share of the time-proportional expectation: below the red threshold red, below the yellow threshold yellow, else green.' },
  red: { zh: '红灯：低于', en: 'Red: below' },
  yellow: { zh: '黄灯：低于', en: 'Yellow: below' },
  save: { zh: '保存阈值', en: 'Save thresholds' },
  reset: { zh: '恢复默认（60%、80%）', en: 'Back to the default (60%, 80%)' },
  inForce: { zh: '当前生效', en: 'In force' },
  byDefault: { zh: '默认', en: 'default' },
};
const B = {
  title: { zh: '结果应用预算安排阈值（各年度适用）', en: 'Budget signal thresholds for the results report (every year)' },
  hint: { zh: '部门结果应用表中，评价等级（有财政复核时按复核等级）在所选等级及以下，或预算执行率低于所填百分比的项目，标为建议调减预算。', en: 'In a department’s results report, a form whose grade (the 复核 grade where there is one) is at or below the chosen grade, or whose execution rate is below the percent, is marked for a budget cut.' },
  grade: { zh: '等级在此及以下', en: 'Grade at or below' },
  execution: { zh: '执行率低于', en: 'Execution below' },
  save: { zh: '保存预算安排阈值', en: 'Save budget thresholds' },
  reset: { zh: `恢复默认（${budgetThresholdsText(DEFAULT_BUDGET_THRESHOLDS)}）`, en: `Back to the default (${budgetThresholdsText(DEFAULT_BUDGET_THRESHOLDS)})` },
};

/** The settings route /settings. */
export default function SettingsPage() {
  const { t, m } = useI18n();
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [orgs, setOrgs] = useState<Org[]>([]);
  const [entries, setEntries] = useState<SettingEntry[]>([]);
  const load = useCallback(async () => {
    const [o, s] = await Promise.all([api.listOrgs(), api.listSettings()]);
    if (o.ok) setOrgs(o.value);
    if (s.ok) setEntries(s.value);
  }, []);
  useEffect(() => void load(), [load]);

  const at = (orgId: Org['id'], y: number, key: SettingEntry['key']) => entries.find((e) => String(e.orgId) === String(orgId) && e.year === y && e.key === key)?.value;
  const put = async (orgId: Org['id'], y: number, key: SettingEntry['key'], value: string | null) => {
    const r = await api.putSetting(orgId, y, key, value);
    if (!r.ok) return void message.error(m(r.error.message) + (r.error.path ? ` (${r.error.path})` : ''));
    message.success(t('saved'));
    void load();
  };
  const templates = useMemo(() => listTemplates().map((tp) => ({ value: tp.id, label: m(tp.name) })), [m]);
  const root = orgs.find((o) => o.kind === 'finance');

  return (
    <div className="jx-settings" data-testid="settings">
      <h2>{t('navSettings')}</h2>
      {root && (
        <Card size="small" title={t('submissionRules')} style={{ marginBottom: 16 }}>
          <Space>
            <Switch checked={at(root.id, 0, 'errors-block') === 'true'} onChange={(on) => void put(root.id, 0, 'errors-block', on ? 'true' : 'false')} data-testid="errors-block" aria-label={t('errorsBlock')} />
            <span>{t('errorsBlock')}</span>
          </Space>
          <br />
          <Space style={{ marginTop: 8 }}>
            <Switch checked={at(root.id, 0, 'separation-of-duties') === 'true'} onChange={(on) => void put(root.id, 0, 'separation-of-duties', on ? 'true' : 'false')} data-testid="separation-of-duties" aria-label={m(DUTIES)} />
            <span>{m(DUTIES)}</span>
          </Space>
        </Card>
      )}
      {root && <LightThresholds value={at(root.id, 0, 'traffic-lights') ?? null} onSave={(v) => put(root.id, 0, 'traffic-lights', v)} />}
      {root && <BudgetThresholds value={at(root.id, 0, 'budget-thresholds') ?? null} onSave={(v) => put(root.id, 0, 'budget-thresholds', v)} />}
      <Card size="small" title={t('templatesByOrg')} extra={<Select value={year} onChange={setYear} options={yearOptions().map((y) => ({ value: y, label: y }))} style={{ width: 110 }} data-testid="settings-year" aria-label={t('year')} />}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={orgs}
          data-testid="settings-templates"
          columns={[
            { title: t('organisation'), dataIndex: 'name', render: (v: string, o) => <span style={{ paddingLeft: o.kind === 'unit' ? 32 : o.kind === 'department' ? 16 : 0 }}>{v}</span> },
            {
              title: t('template'),
              width: 360,
              render: (_: unknown, o) => (
                <Select
                  allowClear
                  placeholder={t('inherited')}
                  value={at(o.id, year, 'template')}
                  onChange={(v?: string) => void put(o.id, year, 'template', v ?? null)}
                  options={templates}
                  style={{ width: 340 }}
                  aria-label={`${o.name} ${t('template')}`}
                  data-testid={`template-for-${o.id}`}
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}

/** The two parts of a stored "a,b" setting as typed, reset when the stored text changes. */
function usePair(stored: string): [string, (v: string) => void, string, (v: string) => void] {
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  useEffect(() => {
    const [x = '', y = ''] = stored.split(',');
    setA(x);
    setB(y);
  }, [stored]);
  return [a, setA, b, setB];
}

/** A threshold setting's card (card: its test id; id prefixes its parts'): its fields, save (when valid and changed), back to the default, the message as typed and the value in force. */
function ThresholdCard(p: {
  id: string; card: string; title: Msg; hint: Msg; saveLabel: Msg; resetLabel: Msg; value: string | null; fallback: string; text: string;
  error: { message: Msg; field?: string } | null; onSave(v: string | null): Promise<void>; children: ReactNode;
}) {
  const { m } = useI18n();
  return (
    <Card size="small" title={m(p.title)} style={{ marginBottom: 16 }} data-testid={p.card}>
      <p className="jx-muted">{m(p.hint)}</p>
      <Space wrap align="start">
        {p.children}
        <Space style={{ marginTop: 22 }}>
          <Button type="primary" disabled={p.error !== null || p.text === (p.value ?? p.fallback)} onClick={() => void p.onSave(p.text)} data-testid={`${p.id}-save`}>{m(p.saveLabel)}</Button>
          <Button disabled={p.value === null} onClick={() => void p.onSave(null)} data-testid={`${p.id}-reset`}>{m(p.resetLabel)}</Button>
        </Space>
      </Space>
      {p.error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={m(p.error.message)} data-testid={`${p.id}-error`} data-field={p.error.field} />}
      <p style={{ marginTop: 8, marginBottom: 0 }} data-testid={`${p.id}-in-force`}>
        {m(L.inForce)}：{p.value ?? `${p.fallback}（${m(L.byDefault)}）`}
      </p>
    </Card>
  );
}

/**
 * The traffic-light thresholds finance sets for every year at the bureau (the `traffic-lights`
 * setting "red,yellow"), checked as typed by core's parseLightSettings — the server's own check —
 * with its message under the field at fault.
 */
function LightThresholds({ value, onSave }: { value: string | null; onSave(v: string | null): Promise<void> }) {
  const { m } = useI18n();
  const [red, setRed, yellow, setYellow] = usePair(value ?? '60,80');
  const set = `${red.trim()},${yellow.trim()}`;
  const parsed = parseLightSettings(set);
  const issue = parsed.ok ? null : parsed.issues[0];
  const field = issue?.data?.field;
  const wrong = (f: 'red' | 'yellow') => issue !== null && (field === f || field === 'value');
  return (
    <ThresholdCard id="lights" card="traffic-lights" title={L.title} hint={L.hint} saveLabel={L.save} resetLabel={L.reset} value={value} fallback="60,80" text={set} error={issue && { message: issue.message, field: String(field) }} onSave={onSave}>
      <label className="jx-field">
        <span>{m(L.red)}</span>
        <Input value={red} suffix="%" style={{ width: 120 }} inputMode="decimal" status={wrong('red') ? 'error' : undefined} aria-invalid={wrong('red')} onChange={(e) => setRed(e.target.value)} data-testid="lights-red" />
      </label>
      <label className="jx-field">
        <span>{m(L.yellow)}</span>
        <Input value={yellow} suffix="%" style={{ width: 120 }} inputMode="decimal" status={wrong('yellow') ? 'error' : undefined} aria-invalid={wrong('yellow')} onChange={(e) => setYellow(e.target.value)} data-testid="lights-yellow" />
      </label>
    </ThresholdCard>
  );
}

/**
 * The budget-signal thresholds of the results report (the `budget-thresholds` setting "grade,percent",
 * default 差,50) finance sets for every year at the bureau, checked as typed by core's
 * parseBudgetThresholds — the server's own check and message.
 */
function BudgetThresholds({ value, onSave }: { value: string | null; onSave(v: string | null): Promise<void> }) {
  const { m } = useI18n();
  const fallback = budgetThresholdsText(DEFAULT_BUDGET_THRESHOLDS);
  const [grade, setGrade, percent, setPercent] = usePair(value ?? fallback);
  const text = `${grade},${percent.trim()}`;
  const parsed = parseBudgetThresholds(text);
  const issue = parsed.ok ? null : parsed.issues[0].message;
  return (
    <ThresholdCard id="budget" card="budget-thresholds" title={B.title} hint={B.hint} saveLabel={B.save} resetLabel={B.reset} value={value} fallback={fallback} text={text} error={issue && { message: issue }} onSave={onSave}>
      <label className="jx-field">
        <span>{m(B.grade)}</span>
        <Select value={grade} onChange={setGrade} options={GRADES.map((g) => ({ value: g, label: g }))} style={{ width: 120 }} aria-label={m(B.grade)} data-testid="budget-grade" />
      </label>
      <label className="jx-field">
        <span>{m(B.execution)}</span>
        <Input value={percent} suffix="%" style={{ width: 120 }} inputMode="decimal" status={issue ? 'error' : undefined} aria-invalid={issue !== null} onChange={(e) => setPercent(e.target.value)} data-testid="budget-execution" />
      </label>
    </ThresholdCard>
  );
}
