/**
 * The indicator library: indicators a unit picks from when filling a target form, each with its
 * usual unit, direction, basis and a note. Common entries follow 财预〔2020〕10号's framework and
 * 财预〔2021〕101号's 成本/产出/效益/满意度; each department adds its own, and approved target
 * forms grow it. Public API; JSON Schema in docs/library-indicator.schema.json.
 */
import { z } from 'zod';
import { BASIS_KINDS } from '../target-form/model';

/** ≥ to reach, ≤ to keep under, = to hit, or qualitative (graded wording). */
export const LIBRARY_DIRECTIONS = ['>=', '<=', '=', 'qualitative'] as const;
export type LibraryDirection = (typeof LIBRARY_DIRECTIONS)[number];

/** One library indicator. */
export const LibraryIndicatorSchema = z.object({
  /** Stable id: "common:…" for the built-in list, "<owner>:<name>" for grown entries. */
  id: z.string().min(1),
  level1: z.string(),
  level2: z.string(),
  name: z.string().min(1),
  /** The usual unit (家, 人次, %, 万元 …); null for dates and qualitative indicators. */
  unit: z.string().nullable(),
  direction: z.enum(LIBRARY_DIRECTIONS),
  /** The usual 指标值设定依据. */
  basis: z.enum(BASIS_KINDS).nullable(),
  note: z.string(),
  /** "common", or the department whose own indicator it is. */
  owner: z.string().min(1),
  /** Target values seen on approved forms, most recent first (a few), as examples. */
  examples: z.array(z.string()),
  /** A department's entry it no longer offers: kept (forms that picked it still name it), not found by search. */
  retired: z.boolean().optional(),
});

export type LibraryIndicator = z.infer<typeof LibraryIndicatorSchema>;

/** The owner of the built-in, common indicators. */
export const COMMON_OWNER = 'common';
