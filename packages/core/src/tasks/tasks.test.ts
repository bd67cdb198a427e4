/** Tasks with deadlines: a unit's list, overdue marking on a date, and finance's rates per department. */
import { describe, expect, it } from 'vitest';
import { departmentProgress, dueItems, dueStatus, validateTask, type Submission, type Task } from './index';

const task = (p: Partial<Task>): Task => ({ id: 't', year: 2020, stage: 'target', period: null, units: [], projects: [], deadline: '2020-03-31', note: '', ...p });

const TASKS: Task[] = [
  task({ id: 'targets', units: ['u1', 'u2', 'u3'], projects: [{ unit: 'u1', project: '创客中国' }, { unit: 'u1', project: '银河培训' }], deadline: '2020-03-31' }),
  task({ id: 'july', stage: 'monitoring', period: { from: 1, to: 7 }, units: ['u1', 'u3'], deadline: '2020-08-15' }),
];
const SUBMITTED: Submission[] = [
  { taskId: 'targets', unit: 'u1', project: '创客中国', submittedAt: '2020-03-30T10:00:00+08:00' },
  { taskId: 'targets', unit: 'u2', project: null, submittedAt: '2020-04-02' },
  { taskId: 'targets', unit: 'u3', project: null, submittedAt: null },
];
const DEPT: Record<string, string> = { u1: '工信局', u2: '工信局', u3: '农业农村局' };

describe('dueItems', () => {
  it("lists a unit's items, per project where the task names projects, overdue first", () => {
    const items = dueItems(TASKS, SUBMITTED, '2020-04-10', 'u1');
    expect(items.map((i) => [i.taskId, i.project, i.status, i.daysLeft])).toEqual([
      ['targets', '银河培训', 'overdue', -10],
      ['july', null, 'open', 127],
      ['targets', '创客中国', 'done', null],
    ]);
  });

  it('marks an item overdue only after its deadline day', () => {
    expect(['2020-03-31', '2020-04-01'].map((d) => dueStatus('2020-03-31', null, d))).toEqual(['open', 'overdue']);
    expect(dueStatus('2020-03-31', '2020-03-31T23:59:00', '2020-05-01')).toBe('done');
    expect(dueStatus('2020-03-31', '2020-04-01', '2020-05-01')).toBe('done-late');
  });
});

describe('departmentProgress', () => {
  it('gives completion and timeliness rates per department', () => {
    const rows = departmentProgress(dueItems(TASKS, SUBMITTED, '2020-04-10').filter((i) => i.taskId === 'targets'), (u) => DEPT[u]);
    expect(rows).toEqual([
      { department: '工信局', expected: 3, submitted: 2, onTime: 1, overdue: 1, completionRate: '0.6667', timelinessRate: '0.3333' },
      { department: '农业农村局', expected: 1, submitted: 0, onTime: 0, overdue: 1, completionRate: '0', timelinessRate: '0' },
    ]);
  });
});

describe('validateTask', () => {
  it('accepts a task and rejects a bad date or a monitoring task without a period, with a path', () => {
    expect(validateTask(TASKS[1]).ok).toBe(true);
    const bad = (t: unknown) => { const r = validateTask(t); return r.ok ? [] : r.issues.map((i) => [i.code, i.path]); };
    expect(bad({ ...TASKS[0], deadline: '2020-02-30' })).toEqual([['invalid-date', 'deadline']]);
    expect(bad({ ...TASKS[1], period: null })).toEqual([['invalid-task', 'period']]);
    expect(bad({ ...TASKS[0], stage: '决算' })[0]).toEqual(['invalid-task', 'stage']);
    expect(bad(null)).toEqual([['invalid-task', '(root)']]);
  });
});
