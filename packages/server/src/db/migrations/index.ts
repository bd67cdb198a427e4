/** The ordered list of migrations; names sort by date and sequence. Add new ones at the end. */
import type { MigrationStep } from './types';
import { step as m001 } from './20261127_001_create_orgs';
import { step as m002 } from './20261127_002_create_users';
import { step as m003 } from './20261127_003_create_sessions';
import { step as m004 } from './20261127_004_create_forms';
import { step as m005 } from './20261127_005_index_forms';
import { step as m006 } from './20261127_006_create_form_versions';
import { step as m007 } from './20261127_007_create_form_rules';
import { step as m008 } from './20261127_008_create_comments';
import { step as m009 } from './20261127_009_create_audit';
import { step as m010 } from './20261127_010_index_audit_form';
import { step as m011 } from './20261127_011_index_forms_stats';
import { step as m012 } from './20261127_012_create_rollups';
import { step as m013 } from './20261127_013_index_forms_gap';
import { step as m014 } from './20261127_014_index_forms_list';
import { step as m015 } from './20261127_015_forms_targets_lock';
import { step as m016 } from './20261127_016_index_forms_gap_covering';
import { step as m017 } from './20261127_017_forms_finance_review';
import { step as m101 } from './20261128_101_create_tasks';
import { step as m102 } from './20261128_102_create_plan_forms';
import { step as m103 } from './20261128_103_create_plan_versions';
import { step as m104 } from './20261128_104_create_library';
import { step as m201 } from './20261128_201_create_settings';
import { step as m202 } from './20261128_202_users_disabled';
import { step as m301 } from './20261128_301_create_throttle';
import { step as m302 } from './20261128_302_create_devices';
import { step as m303 } from './20261128_303_audit_org';
import { step as m304 } from './20261128_304_users_must_change_password';
import { step as m501 } from './20261128_501_create_evidence';
import { step as m601 } from './20261128_601_create_samples';
import { step as m602 } from './20261128_602_create_panel_assignments';
import { step as m604 } from './20261128_604_panel_assignments_public';
import { step as m701 } from './20261128_701_create_rectification';
import { step as m702 } from './20261128_702_index_rectification';
import { step as m703 } from './20261128_703_create_rectification_events';

export const MIGRATIONS: Record<string, MigrationStep> = {
  '20261127_001_create_orgs': m001,
  '20261127_002_create_users': m002,
  '20261127_003_create_sessions': m003,
  '20261127_004_create_forms': m004,
  '20261127_005_index_forms': m005,
  '20261127_006_create_form_versions': m006,
  '20261127_007_create_form_rules': m007,
  '20261127_008_create_comments': m008,
  '20261127_009_create_audit': m009,
  '20261127_010_index_audit_form': m010,
  '20261127_011_index_forms_stats': m011,
  '20261127_012_create_rollups': m012,
  '20261127_013_index_forms_gap': m013,
  '20261127_014_index_forms_list': m014,
  '20261127_015_forms_targets_lock': m015,
  '20261127_016_index_forms_gap_covering': m016,
  '20261127_017_forms_finance_review': m017,
  '20261128_101_create_tasks': m101,
  '20261128_102_create_plan_forms': m102,
  '20261128_103_create_plan_versions': m103,
  '20261128_104_create_library': m104,
  '20261128_201_create_settings': m201,
  '20261128_202_users_disabled': m202,
  '20261128_301_create_throttle': m301,
  '20261128_302_create_devices': m302,
  '20261128_303_audit_org': m303,
  '20261128_304_users_must_change_password': m304,
  '20261128_501_create_evidence': m501,
  '20261128_601_create_samples': m601,
  '20261128_602_create_panel_assignments': m602,
  '20261128_604_panel_assignments_public': m604,
  '20261128_701_create_rectification': m701,
  '20261128_702_index_rectification': m702,
  '20261128_703_create_rectification_events': m703,
};
