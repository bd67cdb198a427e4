/**
 * The Evaluation model: one 项目支出绩效自评表 as structured data. Field names are public API
 * (JSON, database, exports); docs/evaluation.schema.json is generated from these schemas
 * (`npm run schema`). Text is kept verbatim; money is a decimal string.
 */
import { z } from 'zod';

/** A decimal amount as a string ("45.8966"), in the unit the form states; never a float. */
export const MoneySchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, { message: 'money must be a decimal string such as "45.8966"' });

/** One row of the 项目资金 table: 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分. */
export const FundRowSchema = z.object({
  initial: MoneySchema.nullable(),
  adjusted: MoneySchema.nullable(),
  executed: MoneySchema.nullable(),
  weight: z.number().finite().nullable(),
  rate: z.string().nullable(),
  score: z.number().finite().nullable(),
});

/** One row of the 绩效指标 table. target/actual/deviation are verbatim text. */
export const IndicatorSchema = z.object({
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  target: z.string(),
  actual: z.string(),
  weight: z.number().finite().nullable(),
  score: z.number().finite().nullable(),
  deviation: z.string(),
});

export const SourceSchema = z.object({
  file: z.string().optional(),
  format: z.string().optional(),
  form: z.number().int().optional(),
  notes: z.array(z.string()).optional(),
  /** Paths of values read with low OCR confidence ("indicators[2].actual"): scoring treats them as unreadable. */
  unreadable: z.array(z.string()).optional(),
});

/** The finance bureau's re-score (财政复核): per indicator (by index, "0", "1" …) a score and its reason. */
export const FinanceReviewSchema = z.object({
  scores: z.record(z.string().regex(/^\d+$/), z.object({ score: z.number().finite().nullable(), reason: z.string() })),
  /** The overall 复核意见. */
  comment: z.string().optional(),
  /** 复核总分: re-scored scores, else the unit's own. */
  total: z.number().finite().nullable().optional(),
});

/** The signature block some forms carry: 填报人, 联系电话, 单位负责人, 填报日期 (verbatim). */
export const SignaturesSchema = z.object({
  preparer: z.string().optional(),
  phone: z.string().optional(),
  head: z.string().optional(),
  date: z.string().optional(),
});

/** The whole self-evaluation form. */
export const EvaluationSchema = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int().min(1990).max(2100),
  projectName: z.string(),
  department: z.string(),
  implementer: z.string(),
  template: z.string(),
  /** The kind of form as its title names it; absent: 项目支出 (项目支出绩效自评表). */
  formType: z.enum(['项目支出', '部门整体支出']).optional(),
  funds: z.object({
    unit: z.enum(['万元', '元']),
    total: FundRowSchema,
    fiscal: FundRowSchema,
    carryover: FundRowSchema,
    other: FundRowSchema,
  }),
  goals: z.object({ expected: z.string(), actual: z.string() }),
  indicators: z.array(IndicatorSchema),
  total: z.object({ weight: z.number().finite().nullable(), score: z.number().finite().nullable() }),
  financeReview: FinanceReviewSchema.optional(),
  signatures: SignaturesSchema.optional(),
  source: SourceSchema.optional(),
});

export type FundRow = z.infer<typeof FundRowSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Evaluation = z.infer<typeof EvaluationSchema>;
export type FinanceReview = z.infer<typeof FinanceReviewSchema>;
export type Signatures = z.infer<typeof SignaturesSchema>;
export type FundKey = 'total' | 'fiscal' | 'carryover' | 'other';
export const FUND_KEYS: readonly FundKey[] = ['total', 'fiscal', 'carryover', 'other'];

/** An empty fund row (every cell blank). */
export function emptyFundRow(): FundRow {
  return { initial: null, adjusted: null, executed: null, weight: null, rate: null, score: null };
}

/** A blank Evaluation for the given year, for editors and importers to fill. */
export function emptyEvaluation(year: number, template = 'mof-2020'): Evaluation {
  return {
    schemaVersion: 1,
    year,
    projectName: '',
    department: '',
    implementer: '',
    template,
    funds: {
      unit: '万元',
      total: emptyFundRow(),
      fiscal: emptyFundRow(),
      carryover: emptyFundRow(),
      other: emptyFundRow(),
    },
    goals: { expected: '', actual: '' },
    indicators: [],
    total: { weight: null, score: null },
  };
}
