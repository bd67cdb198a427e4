/** unverifiable-claim: points claimed on an actual that proves nothing checkable. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isDocumentCriterion, round2, rowNames, squash } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'unverifiable-claim',
  category: 'evidence',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '得分无法由完成值验证', en: 'Score that the actual cannot verify' },
    description: {
      zh: '完成值不能证明任何可核对的结果（如“中长期”、没有数字的叙述），自评却给了分。照抄指标值的完成值（“≤5万元”→“≤5万元”）只重复了目标；“达成预期指标”“已完成”“符合要求”“效果明显”之类是单位自己的结论，不是实测结果。此类得分只能依靠佐证材料判断。几行因同一原因（同一句结论、照抄指标值）无法验证的，合并为一条，列出所有行。',
      en: 'The actual proves nothing checkable ("中长期", prose without a number) yet points are claimed. An actual that copies the target ("≤5万元" → "≤5万元") only repeats the goal; "达成预期指标", "已完成", "符合要求", "效果明显" are the unit\'s own verdict, not a measurement. Such a score can only be judged from supporting documents. Rows that prove nothing for the same reason (the same verdict, targets copied) are one finding naming them all.',
    },
    basis: { zh: '财预〔2020〕10号：自评应有充分佐证；定性指标应分级分档以便评判。', en: '财预〔2020〕10号: self-scores need supporting evidence; qualitative indicators are graded so that they can be judged.' },
    fix: { zh: '用可核对的数值或分级表述填写完成值，并附佐证。', en: 'State the actual as a checkable number or grade and attach the evidence.' },
  },
  messages: {
    unverifiable: { zh: '{what}完成值“{actual}”无法验证，自评 {claimed} 分缺少依据', en: '{whatEn}: the actual "{actual}" cannot be verified; the {claimed} points claimed rest on nothing' },
    copiesTarget: { zh: '{what}完成值“{actual}”照抄指标值，不能证明实际完成了多少，自评 {claimed} 分缺少依据', en: '{whatEn}: the actual "{actual}" copies the target and proves nothing about what was done; the {claimed} points claimed rest on nothing' },
    copiesTargetRows: { zh: '第 {rows} 行共 {count} 项指标的完成值照抄指标值，不能证明实际完成了多少，自评合计 {claimed} 分缺少依据', en: 'rows {rowsEn}: {count} actuals copy their targets and prove nothing about what was done; the {claimed} points claimed rest on nothing' },
    verdictRows: { zh: '第 {rows} 行共 {count} 项指标的完成值都是“{actual}”，是单位自己的结论，不是实测结果，自评合计 {claimed} 分缺少依据', en: 'rows {rowsEn}: {count} actuals all read "{actual}", the unit\'s own verdict, not a measurement; the {claimed} points claimed rest on nothing' },
    verdict: { zh: '{what}完成值“{actual}”是单位自己的结论，不是实测结果，自评 {claimed} 分缺少依据', en: '{whatEn}: the actual "{actual}" is the unit\'s own verdict, not a measurement; the {claimed} points claimed rest on nothing' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    // Rows that prove nothing for the same reason are one fact: every row answered 达成预期指标, or
    // every actual copying its target. Reported once, at the first row, naming them all.
    const groups = new Map<string, { rows: number[]; claimed: number }>();
    const singles: { index: number; claimed: number }[] = [];
    for (const s of scored.indicators) {
      if (s.check !== 'unverifiable' || s.claimed === null || s.claimed <= 0) continue;
      // A damaged cell makes the row unverifiable: value-unreadable's finding, one finding per fact.
      if (s.damage) continue;
      // A 决策/过程 criterion is scored on documents against its 评价标准: prose is its normal answer,
      // though an answer that only copies the standard still proves nothing.
      if (isDocumentCriterion(scored, s) && s.notEvidence !== 'copies-target') continue;
      // A non-numeric actual on a numeric target is actual-not-numeric's finding; a copied bound is ours.
      if ((s.target.kind === 'number' || s.target.kind === 'range') && s.notEvidence !== 'copies-target') continue;
      const key = s.notEvidence === 'copies-target' ? 'copies' : s.notEvidence === 'verdict' ? `verdict:${squash(scored.evaluation.indicators[s.index].actual)}` : null;
      if (key === null) {
        singles.push({ index: s.index, claimed: s.claimed });
        continue;
      }
      const g = groups.get(key) ?? groups.set(key, { rows: [], claimed: 0 }).get(key)!;
      g.rows.push(s.index);
      g.claimed += s.claimed;
    }
    for (const { index, claimed } of singles) {
      const x = scored.evaluation.indicators[index];
      report({ path: `indicators[${index}].actual`, messageId: 'unverifiable', data: { ...rowNames(x.name, index), actual: x.actual.trim(), claimed: round2(claimed) } });
    }
    for (const [key, g] of groups) {
      const first = g.rows[0];
      const x = scored.evaluation.indicators[first];
      const copies = key === 'copies';
      if (g.rows.length === 1) {
        report({ path: `indicators[${first}].actual`, messageId: copies ? 'copiesTarget' : 'verdict', data: { ...rowNames(x.name, first), actual: x.actual.trim(), claimed: round2(g.claimed) } });
        continue;
      }
      const rows = g.rows.map((i) => i + 1).join('、');
      report({
        path: `indicators[${first}].actual`,
        messageId: copies ? 'copiesTargetRows' : 'verdictRows',
        data: { rows, rowsEn: g.rows.map((i) => i + 1).join(', '), count: g.rows.length, actual: x.actual.trim(), claimed: round2(g.claimed) },
      });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '效益指标', level2: '可持续影响指标', name: '区域双创活跃度每年逐渐增加', target: '中长期', actual: '中长期', weight: 5, score: 5 }] },
    errors: [{ messageId: 'unverifiable', path: 'indicators[0].actual', data: { claimed: '5' } }],
  },
  right: { patch: { indicators: [{ level1: '效益指标', level2: '可持续影响指标', name: '双创活动参与企业数', target: '≥50家', actual: '56家', weight: 5, score: 5 }] } },
};
