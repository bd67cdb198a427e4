/**
 * Exports of the forms before the self-evaluation — the 绩效目标申报表 and the 运行监控表 — in their
 * official layouts, drawn by the self-evaluation's exporters (xlsx, docx, pdf, html). The heavy
 * libraries load on first use, as for the self-evaluation.
 */
import { DEFAULT_LIGHT_SETTINGS, type LightSettings, type MonitoringForm, type TargetForm } from '@jixiao/core';
import type { FormLayout } from '../layout/official';
import { layoutTargetForm, TARGET_TITLE } from '../layout/target';
import type { PlanSignatures } from '../layout/plan-head';
import { layoutMonitoringForm, MONITORING_TITLE } from '../layout/monitoring';
import type { ImportOptions } from '../grid/types';
import { detectFormat } from '../detect/detect';
import { checkFileSize, importError } from '../safety/limits';
import { readTargetGrid, type TargetImportResult } from './read-target';
import { templatesIn } from '../grid/meta';

/** The formats the plan forms are written in. */
export const PLAN_EXPORT_FORMATS = ['xlsx', 'docx', 'pdf', 'html'] as const;
export type PlanExportFormat = (typeof PLAN_EXPORT_FORMATS)[number];

/** Marks a workbook or document as a target-form export: what the paper form does not show (the template) rides in its description. */
export const TARGET_META_PREFIX = 'jixiao-target:';

/** Options of the plan exports. */
export interface PlanExportOptions {
  /** Per form (same order), who filed and approved it and when: the signature line under the table (blank lines where absent). */
  signatures?: (PlanSignatures | undefined)[];
}

/** Write target forms in the official 申报表 layout. */
export async function exportTargetForms(forms: TargetForm[], format: PlanExportFormat, opts: PlanExportOptions = {}): Promise<Uint8Array | string> {
  const meta = TARGET_META_PREFIX + JSON.stringify({ templates: forms.map((f) => f.template) });
  return writeLayouts(forms.map((f, i) => ({ layout: layoutTargetForm(f, opts.signatures?.[i]), name: f.projectName })), format, titleOf(TARGET_TITLE, forms), meta);
}

/** Options of the monitoring export. */
export interface MonitoringExportOptions extends PlanExportOptions {
  /** The traffic-light thresholds in force (the finance bureau's setting); the defaults otherwise. */
  lights?: LightSettings;
}

/** Write monitoring forms in the official 运行监控表 layout (A4 landscape), lights as words. */
export async function exportMonitoringForms(forms: MonitoringForm[], format: PlanExportFormat, opts: MonitoringExportOptions = {}): Promise<Uint8Array | string> {
  const lights = opts.lights ?? DEFAULT_LIGHT_SETTINGS;
  return writeLayouts(forms.map((f, i) => ({ layout: layoutMonitoringForm(f, lights, opts.signatures?.[i]), name: f.projectName })), format, titleOf(MONITORING_TITLE, forms));
}

function titleOf(title: string, forms: { projectName: string }[]): string {
  return forms.length === 1 && forms[0].projectName ? `${title} — ${forms[0].projectName}` : title;
}

async function writeLayouts(sheets: { layout: FormLayout; name: string }[], format: PlanExportFormat, title: string, meta?: string): Promise<Uint8Array | string> {
  const layouts = sheets.map((s) => s.layout);
  switch (format) {
    case 'xlsx':
      return (await import('../xlsx/export')).exportLayoutsXlsx(sheets, meta);
    case 'docx':
      return (await import('../docx/export')).exportLayoutsDocx(layouts, { title, description: meta });
    case 'pdf':
      return (await import('../pdf/export')).exportLayoutsPdf(layouts, title);
    case 'html':
      return (await import('../html/export')).exportLayoutsHtml(layouts, title, meta);
  }
}

/** Read the target forms of an xlsx, docx, pdf or html file (the self-evaluation's grid readers, the 申报表's labels). Never throws. */
export async function importTargetForms(bytes: Uint8Array, opts: ImportOptions = {}): Promise<TargetImportResult> {
  try {
    const big = checkFileSize(bytes);
    if (big) return big;
    const format = detectFormat(bytes, opts.fileName);
    if (format === 'xlsx') {
      const g = await (await import('../xlsx/import')).xlsxGrid(bytes);
      return g.ok ? readTargetGrid(g.rows, opts, metaTemplates(g.description)) : g;
    }
    if (format === 'docx') {
      const [{ docxGrid }, { decodeXml }] = await Promise.all([import('../docx/import'), import('../docx/grid')]);
      const g = docxGrid(bytes);
      const desc = g.ok ? /<dc:description>([^<]*)<\/dc:description>/.exec(g.coreXml ?? '')?.[1] : undefined;
      return g.ok ? readTargetGrid(g.rows, opts, metaTemplates(desc && decodeXml(desc))) : g;
    }
    if (format === 'pdf') {
      // A PDF with a text layer (as the provincial systems print the 申报表); scans are not read here.
      const g = await (await import('../pdf-import/import')).pdfGrid(bytes);
      return g.ok ? readTargetGrid(g.rows, opts, null) : g;
    }
    if (format === 'html') {
      const [{ htmlGrid }, { decodeHtml }] = await Promise.all([import('../html/grid'), import('../html/import')]);
      const html = decodeHtml(bytes);
      const g = htmlGrid(html);
      if ('tooMany' in g) return importError('too-many-cells', g.tooMany, '单元格过多', 'too many cells');
      const meta = /<meta name="jixiao-plan" content="([^"]*)">/.exec(html)?.[1];
      return readTargetGrid(g.rows, opts, metaTemplates(meta && unescapeHtml(meta)));
    }
    return importError('target-format', 'file', '绩效目标申报表可从 xlsx、docx、pdf（有文字层）或 html 文件导入', 'target forms are imported from xlsx, docx, pdf (with a text layer) or html files');
  } catch (e) {
    return importError('internal-error', 'file', `导入时出错：${String(e)}`, `error while importing: ${String(e)}`);
  }
}

/** The template ids our target export keeps in the file's description, or null for anyone else's file. */
function metaTemplates(description: string | undefined): string[] | null {
  return templatesIn(TARGET_META_PREFIX, description);
}

/** The five entities our html export escapes, back. */
function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}
