/**
 * Typed values parsed from 年度指标值 / 实际完成值 cells. Every variant keeps the original text;
 * parsing adds interpretation beside it and never replaces what the user wrote.
 */

/** A comparison as written: ≥ 不低于 以上 → '>=', ≤ 不超过 以内 → '<=', and so on. */
export type Op = '>=' | '<=' | '>' | '<' | '=';

/** Grade of a qualitative statement, read from its words (达成 / 部分达成 / 未达成). */
export type QualGrade = 'achieved' | 'partial' | 'not-achieved';

export type ParsedValue =
  /** Blank cell. */
  | { kind: 'empty'; text: string }
  /** A dash, slash or 无 standing for "nothing here". */
  | { kind: 'placeholder'; text: string }
  /**
   * A number, possibly with a comparison and a unit: "≥20家", "35", "25万", "满意率达95%以上".
   * op is null for a bare number. value is a decimal string. unit is the canonical unit text
   * ("家", "%", "万元", "元/人", "人次") or null. prose is true when the number was found inside words.
   */
  | { kind: 'number'; text: string; op: Op | null; value: string; unit: string | null; prose: boolean }
  /** A range "1-3次", "90%-100%": low ≤ x ≤ high. */
  | { kind: 'range'; text: string; low: string; high: string; unit: string | null; prose: boolean }
  /**
   * A date or deadline: "2020年10月30日" (op '='), "≤10.31日", "12月底前", "年底前" (op '<=').
   * date is ISO "YYYY-MM-DD" (the last day of the month or year when precision is coarser);
   * yearInferred is true when the year came from the form, not the text.
   */
  | {
      kind: 'date';
      text: string;
      op: '<=' | '=' | '>=';
      date: string;
      precision: 'day' | 'month' | 'year';
      yearInferred: boolean;
    }
  /**
   * Words without a number: "明显提高", "达成预期指标", "中长期". grade is what the words claim,
   * null when they claim nothing checkable. vague is true for wording a reviewer cannot verify
   * (进一步提高, 明显改善, 中长期, 逐年增加 …).
   */
  | { kind: 'qualitative'; text: string; grade: QualGrade | null; vague: boolean }
  /** Anything else; the text is kept. */
  | { kind: 'unknown'; text: string };

export type ValueKind = ParsedValue['kind'];

/** Context for parsing: the form's year fills dates written without one. */
export interface ParseContext {
  year: number;
  /**
   * The unit of the paired cell (the target's unit when parsing an actual), when known. Used only
   * to choose among several numbers in prose: the one number whose unit has the same base wins.
   */
  unit?: string | null;
}
