/** The roles a user holds, each at one organisation. */
import type { OrgKind } from './organisations';

/**
 * 实施单位填报 · 主管部门审核 · 财政复核 · 管理员 · 复核专家. An expert (外聘专家 or a hired firm's
 * reviewer) belongs to the finance bureau that engaged it but sees no organisation's forms: only
 * the forms assigned to it for 抽查复核, and only within the assignment's period.
 */
export const ROLES = ['unit_editor', 'dept_reviewer', 'finance_reviewer', 'admin', 'expert'] as const;
export type Role = (typeof ROLES)[number];

/** The organisation kind each role belongs at; null: any (an admin). */
export const ROLE_KIND: Record<Role, OrgKind | null> = {
  unit_editor: 'unit',
  dept_reviewer: 'department',
  finance_reviewer: 'finance',
  admin: null,
  expert: 'finance',
};
