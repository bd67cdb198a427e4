/** Organisation kinds and how they nest: 财政局 → 主管部门 → 实施单位. */

/** The kinds an organisation can be, top of the tree first. */
export const ORG_KINDS = ['finance', 'department', 'unit'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Which kinds may sit under which (null: at the root); a region may nest one 财政局 under another. */
export const PARENT_KINDS: Record<OrgKind, readonly (OrgKind | null)[]> = {
  finance: [null, 'finance'],
  department: ['finance'],
  unit: ['department'],
};
