/**
 * The 绩效目标申报表 (target form) as data: what a unit files with its budget request, and what the
 * department and finance approve as the year's baseline. Field names follow the Evaluation's where
 * the paper forms share a cell (projectName, level1, target, weight …) and are public API; the
 * JSON Schema is docs/target-form.schema.json (`npm run schema`). Text is kept verbatim.
 */
import { z } from 'zod';
import { MoneySchema } from '../model';

/** 指标值设定依据: the standard a target value rests on (财预〔2021〕101号). */
export const BASIS_KINDS = ['plan', 'industry', 'history', 'budget', 'other'] as const;
export type BasisKind = (typeof BASIS_KINDS)[number];

/** The names the paper form gives each basis. */
export const BASIS_LABELS: Record<BasisKind, { zh: string; en: string }> = {
  plan: { zh: '计划标准', en: 'plan standard' },
  industry: { zh: '行业标准', en: 'industry standard' },
  history: { zh: '历史标准', en: 'historical standard' },
  budget: { zh: '预算支出标准', en: 'spending standard' },
  other: { zh: '其他', en: 'other' },
};

/** One row of the target form's 绩效指标 table. */
export const TargetIndicatorSchema = z.object({
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  /** 指标值 in the value grammar ("≥20家", "2020年10月30日前", "≤5万元"), verbatim. */
  target: z.string(),
  weight: z.number().finite().nullable(),
  /** 指标值设定依据: the kind, and the text that names the plan, standard or year it rests on. */
  basis: z.object({ kind: z.enum(BASIS_KINDS).nullable(), text: z.string() }),
  /** 评(扣)分标准, where the template asks for one; blank otherwise. */
  scoring: z.string(),
  /** The indicator library entry this row was picked from, if any. */
  libraryId: z.string().optional(),
});

/** 资金申请: 年度资金总额 and its sources, in the unit the form states. */
export const TargetFundsSchema = z.object({
  unit: z.enum(['万元', '元']),
  total: MoneySchema.nullable(),
  fiscal: MoneySchema.nullable(),
  carryover: MoneySchema.nullable(),
  other: MoneySchema.nullable(),
});

/** The whole target form. */
export const TargetFormSchema = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int().min(1990).max(2100),
  projectName: z.string(),
  department: z.string(),
  implementer: z.string(),
  /** The scoring template the self-evaluation will use (blank: decided from the weights). */
  template: z.string(),
  funds: TargetFundsSchema,
  /** 中长期目标 and 年度目标. */
  goals: z.object({ longTerm: z.string(), annual: z.string() }),
  indicators: z.array(TargetIndicatorSchema),
});

export type TargetIndicator = z.infer<typeof TargetIndicatorSchema>;
export type TargetFunds = z.infer<typeof TargetFundsSchema>;
export type TargetForm = z.infer<typeof TargetFormSchema>;

/** A blank target form for the year, for editors and importers to fill. */
export function emptyTargetForm(year: number, template = ''): TargetForm {
  return {
    schemaVersion: 1,
    year,
    projectName: '',
    department: '',
    implementer: '',
    template,
    funds: { unit: '万元', total: null, fiscal: null, carryover: null, other: null },
    goals: { longTerm: '', annual: '' },
    indicators: [],
  };
}

/** A target row with blanks where nothing is given. */
export function targetRow(p: Partial<TargetIndicator>): TargetIndicator {
  return { level1: '', level2: '', name: '', target: '', weight: null, basis: { kind: null, text: '' }, scoring: '', ...p };
}
