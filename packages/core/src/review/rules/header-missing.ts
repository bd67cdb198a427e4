/** header-missing: 项目名称, 主管部门 or 实施单位 not stated. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank } from '../helpers';
import { startsInside } from '../../scoring/completeness';
import { toSimplified } from '../../grammar/traditional';

type O = Record<string, never>;
const FIELDS = [
  ['projectName', '项目名称', 'project name'],
  ['department', '主管部门', 'supervising department'],
  ['implementer', '实施单位', 'implementing unit'],
] as const;

// A value that points elsewhere instead of naming: 本单位, 我局, 同上, 见上.
const NOT_A_NAME = /^(本|我|该)(单位|部门|局|委|院|校|所|中心)$|^(同上|见上|略|无)$/;

/** The rule. */
export const rule: Rule<O> = {
  id: 'header-missing',
  category: 'structure',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '表头信息缺失', en: 'Header information missing' },
    description: {
      zh: '项目名称、主管部门或实施单位未填写（或在导入时无法读出），或只写“本单位”“同上”而未写明名称。缺少表头，自评结果无法归属到项目和责任单位。',
      en: 'The project name, supervising department or implementing unit is blank (or could not be read on import), or is given only as 本单位 or 同上 without a name. Without them the result cannot be attributed to a project and a responsible unit.',
    },
    basis: { zh: '财预〔2020〕10号附件自评表：表头须填写项目名称、主管部门、实施单位。', en: 'The form in the annex to 财预〔2020〕10号: the header names the project, department and unit.' },
    fix: { zh: '补全表头信息。', en: 'Complete the header.' },
  },
  messages: {
    missing: { zh: '未填写{field}', en: 'no {fieldEn}' },
    notNamed: { zh: '{field}只写“{text}”，未写明名称', en: 'the {fieldEn} is given only as "{text}": not named' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const ev = scored.evaluation;
    // A continuation page has its header on the page before; a 部门整体支出 form has no project
    // and no unit apart from its department.
    if (startsInside(ev)) return;
    const department = ev.source?.layout?.kind === 'department' || ev.formType === '部门整体支出';
    for (const [key, zh, en] of FIELDS) {
      if (department && key !== 'department') continue;
      if (isBlank(ev[key])) report({ path: key, messageId: 'missing', data: { field: zh, fieldEn: en } });
      else if (NOT_A_NAME.test(toSimplified(ev[key]).replace(/\s+/g, ''))) report({ path: key, messageId: 'notNamed', data: { field: zh, fieldEn: en, text: ev[key].trim() } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: { patch: { header: { implementer: '' } }, errors: [{ messageId: 'missing', path: 'implementer', data: { field: '实施单位' } }] },
  right: { patch: {} },
};
