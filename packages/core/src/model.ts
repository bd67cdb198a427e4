/**
 * The Evaluation model: one 项目支出绩效自评表 as structured data. Field names are public API
 * (JSON, database, exports); docs/evaluation.schema.json is generated from these schemas
 * (`npm run schema`). Text is kept verbatim; money is a decimal string.
 */
import { z } from 'zod';

/**
 * Bounds that keep every amount and score inside what both databases store exactly: an amount
 * in 分 (0.01 元) stays an exact integer, and sums over forms do not overflow.
 */
export const LIMITS = {
  /** Digits before the point: 999,999,999,999 元, or as many 万元 (the per-unit bound is on `funds`). */
  moneyIntegerDigits: 12,
  /** Digits after the point (万元 to 4 places is 1 元; more is allowed, within reason). */
  moneyFractionDigits: 6,
  /** Largest amount in 分: 10 万亿元. */
  maxFen: 1e15,
  /** Scores and weights: any real form's are within 0–100; this bounds typing slips. */
  maxScore: 10_000,
  /** Indicators in one form: real forms have 5–60; 9,000 once froze a PDF export for 7 s. */
  maxIndicators: 1000,
} as const;

/** A decimal amount as a string ("45.8966"), in the unit the form states; never a float. */
export const MoneySchema = z
  .string()
  .regex(new RegExp(`^-?\\d{1,${LIMITS.moneyIntegerDigits}}(\\.\\d{1,${LIMITS.moneyFractionDigits}})?$`), {
    message: `money must be a decimal string such as "45.8966", at most ${LIMITS.moneyIntegerDigits} digits before the point and ${LIMITS.moneyFractionDigits} after`,
  });

/** A score or weight: finite and within ±LIMITS.maxScore. */
const ScoreSchema = z.number().finite().min(-LIMITS.maxScore).max(LIMITS.maxScore);

/** One row of the 项目资金 table: 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分. */
export const FundRowSchema = z.object({
  initial: MoneySchema.nullable(),
  adjusted: MoneySchema.nullable(),
  executed: MoneySchema.nullable(),
  weight: ScoreSchema.nullable(),
  rate: z.string().nullable(),
  score: ScoreSchema.nullable(),
});

/** One row of the 绩效指标 table. target/actual/deviation are verbatim text. */
export const IndicatorSchema = z.object({
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  target: z.string(),
  actual: z.string(),
  weight: ScoreSchema.nullable(),
  score: ScoreSchema.nullable(),
  deviation: z.string(),
});

/**
 * What the printed page shows, as the importer saw it: which parts of the form are on the page
 * and the points its headings state. Each field is absent when unknown (a form typed in the
 * editor); `false` means the page does not show that part (cut off, or a continuation page).
 * Review reads it so that no arithmetic is done on parts the page does not show.
 */
export const LayoutSchema = z.object({
  /** 'department' for a 部门整体支出 form (no project), from its title. */
  kind: z.enum(['project', 'department']).optional(),
  /** The page prints a year; when false, `year` is a placeholder and the year is unknown. */
  year: z.boolean().optional(),
  title: z.boolean().optional(),
  header: z.boolean().optional(),
  funds: z.boolean().optional(),
  goals: z.boolean().optional(),
  /** The goals block has a 实际完成情况 column. */
  goalsActual: z.boolean().optional(),
  indicatorHeader: z.boolean().optional(),
  /** The page shows a 总分/合计 row. */
  total: z.boolean().optional(),
  /** Points a funds heading or its 得分 label states (预算执行情况(20分), 得分(20分*执行率)). */
  fundsPoints: z.number().finite().optional(),
  /** Points the indicator table's heading states (绩效指标(90分), 年度绩效目标(80分)). */
  indicatorsPoints: z.number().finite().optional(),
});

export const SourceSchema = z.object({
  file: z.string().optional(),
  format: z.string().optional(),
  form: z.number().int().optional(),
  notes: z.array(z.string()).optional(),
  /** Paths of values read with low OCR confidence ("indicators[2].actual"): scoring treats them as unreadable. */
  unreadable: z.array(z.string()).optional(),
  /**
   * 分值/得分 cells whose printed text is not a number ("IO" for 10, OCR reading digits as letters),
   * by path ("indicators[8].score"), with the text as printed: unreadable, not blank.
   */
  unreadableText: z.record(z.string(), z.string()).optional(),
  /** Paths of values the importer inferred where the cell was blank ("indicators[5].level1", from its 二级). */
  inferred: z.array(z.string()).optional(),
  layout: LayoutSchema.optional(),
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
  funds: z
    .object({
      unit: z.enum(['万元', '元']),
      total: FundRowSchema,
      fiscal: FundRowSchema,
      carryover: FundRowSchema,
      other: FundRowSchema,
    })
    .superRefine((f, ctx) => {
      // 万元 amounts are bounded so that their value in 分 is, like 元 amounts.
      const toFen = f.unit === '元' ? 100 : 1_000_000;
      for (const key of ['total', 'fiscal', 'carryover', 'other'] as const)
        for (const col of ['initial', 'adjusted', 'executed'] as const) {
          const v = f[key][col];
          if (v !== null && Math.abs(Number(v)) * toFen > LIMITS.maxFen)
            ctx.addIssue({ code: 'custom', path: [key, col], message: `amount above ${LIMITS.maxFen / toFen} ${f.unit}` });
        }
    }),
  goals: z.object({ expected: z.string(), actual: z.string() }),
  indicators: z.array(IndicatorSchema).max(LIMITS.maxIndicators),
  total: z.object({ weight: ScoreSchema.nullable(), score: ScoreSchema.nullable() }),
  financeReview: FinanceReviewSchema.optional(),
  signatures: SignaturesSchema.optional(),
  source: SourceSchema.optional(),
});

export type FundRow = z.infer<typeof FundRowSchema>;
export type Layout = z.infer<typeof LayoutSchema>;
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
