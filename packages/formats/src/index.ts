/**
 * @jixiao/formats — reading and writing 项目支出绩效自评表 documents: seed-style text, flat text,
 * json, xlsx, docx, html, pdf and csv. `importFile` chooses an importer by content; `exportForms`
 * writes any export format. Heavy libraries (exceljs, docx, pdfmake) load on first use.
 */
import type { Evaluation, Lang, RankingRow, Sample } from '@jixiao/core';
import type { ImportOptions, ImportResult } from './grid/types';
import { detectFormat } from './detect/detect';
import { checkFileSize, importError } from './safety/limits';
import { importAnyText } from './text/detect';
import { decodeBytes } from './text/decode';
import { exportText } from './text/export';
import { importJson, exportJson } from './json/json';
import type { ProgressOptions } from './progress/progress';
import type { EvidenceEntry } from './layout/evidence';

// ── shared grid and text formats (text-formats helper) ─────────────────────────────────────────
export * from './grid/types';
export { readForms } from './grid/read-forms';
export { importText, parseCellText } from './text/cells';
export { exportText } from './text/export';
export { importJson, exportJson } from './json/json';
export { importFlat, flatToGrid } from './flat/flat';
export { importPipe, parsePipeText } from './pipe/pipe';
export { detectTextFormat, importAnyText, type TextFormat } from './text/detect';
export { canonicalCellText } from './text/export';
export { MAX_TEXT_LENGTH } from './text/limits';
export type { ImportProgress, ProgressOptions } from './progress/progress';

// ── office and web formats ─────────────────────────────────────────────────────────────────────
export { detectFormat, type DetectedFormat } from './detect/detect';
export { LIMITS } from './safety/limits';
export { exportCsv } from './csv/export';
export { exportHtml } from './html/export';
export { layoutForm, type FormLayout, type LayoutCell } from './layout/official';
export { assessForm, type Assessment } from './layout/assess';
export { evidenceRows, sizeText, EVIDENCE_HEAD, EVIDENCE_TITLE, HASH_PREFIX, type EvidenceEntry } from './layout/evidence';

// ── the forms before the self-evaluation: 绩效目标申报表 and 运行监控表 (issue 14) ──────────────────────
export { exportTargetForms, exportMonitoringForms, importTargetForms, PLAN_EXPORT_FORMATS, type PlanExportFormat, type MonitoringExportOptions, type PlanExportOptions } from './plans/export';
export type { PlanSignatures } from './layout/plan-head';
export { layoutTargetForm, TARGET_TITLE } from './layout/target';
export { readTargetGrid, type ImportedTargetForm, type TargetImportResult } from './plans/read-target';
export { layoutMonitoringForm, MONITORING_TITLE } from './layout/monitoring';

/** Formats jixiao writes, as `exportForms` names them. */
export type ExportFormat = 'xlsx' | 'docx' | 'pdf' | 'html' | 'csv' | 'json' | 'text';

/** Every format with its file extensions, mime type and direction. */
export const FORMATS: readonly {
  name: string;
  extensions: string[];
  mime: string;
  import: boolean;
  export: boolean;
}[] = [
  { name: 'xlsx', extensions: ['.xlsx'], mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', import: true, export: true },
  { name: 'docx', extensions: ['.docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', import: true, export: true },
  { name: 'pdf', extensions: ['.pdf'], mime: 'application/pdf', import: true, export: true },
  { name: 'png', extensions: ['.png'], mime: 'image/png', import: true, export: false },
  { name: 'jpeg', extensions: ['.jpg', '.jpeg'], mime: 'image/jpeg', import: true, export: false },
  { name: 'html', extensions: ['.html', '.htm'], mime: 'text/html; charset=utf-8', import: true, export: true },
  { name: 'csv', extensions: ['.csv'], mime: 'text/csv; charset=utf-8', import: true, export: true },
  { name: 'tsv', extensions: ['.tsv', '.tab'], mime: 'text/tab-separated-values; charset=utf-8', import: true, export: false },
  { name: 'json', extensions: ['.json'], mime: 'application/json', import: true, export: true },
  { name: 'text', extensions: ['.txt'], mime: 'text/plain; charset=utf-8', import: true, export: true },
];

/** Import a web page holding the form's table. parse5 loads on first use, so that the CLI's score and check of other formats never load it. */
export async function importHtml(input: Uint8Array | string, opts: ImportOptions = {}): Promise<ImportResult> {
  return (await import('./html/import')).importHtml(input, opts);
}

/** Options of `importFile`: the importer's, and progress and cancellation for long imports (PDF, OCR). */
export type ImportFileOptions = ImportOptions & ProgressOptions;

/** Import any supported file, choosing the importer by content. Never throws. */
export async function importFile(bytes: Uint8Array, opts: ImportFileOptions = {}): Promise<ImportResult> {
  try {
    const big = checkFileSize(bytes);
    if (big) return big;
    switch (detectFormat(bytes, opts.fileName)) {
      case 'xlsx':
        return (await import('./xlsx/import')).importXlsx(bytes, opts);
      case 'docx':
        return (await import('./docx/import')).importDocx(bytes, opts);
      case 'html':
        return importHtml(bytes, opts);
      case 'pdf':
        return (await import('./pdf-import/import')).importPdf(bytes, opts);
      case 'png':
      case 'jpeg':
        // A scanned form: OCR (tesseract), or a message saying how to install it.
        return (await import('./ocr/import-image')).importImage(bytes, opts);
      case 'xls':
      case 'doc':
        return importError('legacy-office', 'file', '不支持旧版 .xls/.doc 文件：请另存为 .xlsx/.docx', 'old .xls/.doc files are not supported: save as .xlsx/.docx');
      case 'ods':
        return importError('opendocument', 'file', '不支持 OpenDocument 表格（.ods）：请在 WPS 或 LibreOffice 中另存为 .xlsx 后再导入', 'OpenDocument spreadsheets (.ods) are not read: save it as .xlsx in WPS or LibreOffice and import that', { saveAs: '.xlsx' });
      case 'odt':
        return importError('opendocument', 'file', '不支持 OpenDocument 文档（.odt）：请在 WPS 或 LibreOffice 中另存为 .docx 后再导入', 'OpenDocument text (.odt) is not read: save it as .docx in WPS or LibreOffice and import that', { saveAs: '.docx' });
      case 'zip':
        return importError('unknown-zip', 'file', '压缩包既不是 xlsx 也不是 docx', 'the zip archive is neither xlsx nor docx');
      case 'binary':
        return importError('unknown-format', 'file', '无法识别的文件格式', 'unrecognised file format');
      case 'text':
        // By content: JSON, the seed's cell-per-line layout, pipe tables, or text flattened from a PDF or web page.
        return importAnyText(decodeBytes(bytes), opts);
    }
  } catch (e) {
    return importError('internal-error', 'file', `导入时出错：${String(e)}`, `error while importing: ${String(e)}`);
  }
}

/** The risk ranking as an xlsx workbook (exceljs loads on first use); see ranking/xlsx. */
export async function exportRankingXlsx(rows: readonly RankingRow[], lang: Lang, sample?: Sample): Promise<Uint8Array> {
  return (await import('./ranking/xlsx')).writeRankingXlsx(rows, lang, sample);
}

/** Read a ranking workbook written by exportRankingXlsx back into rows. */
export async function importRankingXlsx(bytes: Uint8Array): Promise<RankingRow[]> {
  return (await import('./ranking/xlsx')).readRankingXlsx(bytes);
}

/** Options of `exportForms`. */
export interface ExportOptions {
  /** pdf/html: add the review findings on a page after each form. */
  findings?: boolean;
  /** xlsx: add the summary sheet (default true). */
  summary?: boolean;
  /** Each form's 佐证材料 (in the order of the forms): listed after a form that has any (xlsx: one sheet for all). */
  evidence?: readonly (readonly EvidenceEntry[] | undefined)[];
}

/** Write forms in the given format: bytes for xlsx/docx/pdf, text for the others. */
export async function exportForms(forms: Evaluation[], format: ExportFormat, opts: ExportOptions = {}): Promise<Uint8Array | string> {
  const { assessForm } = await import('./layout/assess');
  const findings = opts.findings ? forms.map(assessForm) : undefined;
  switch (format) {
    case 'xlsx': {
      const [{ exportXlsx }, { summaryRows }] = await Promise.all([import('./xlsx/export'), import('./xlsx/summary')]);
      return exportXlsx(forms, { summary: opts.summary === false ? undefined : summaryRows(forms), evidence: opts.evidence });
    }
    case 'docx':
      return (await import('./docx/export')).exportDocx(forms, { evidence: opts.evidence });
    case 'pdf':
      return (await import('./pdf/export')).exportPdf(forms, { findings, evidence: opts.evidence });
    case 'html':
      return (await import('./html/export')).exportHtml(forms, { findings, evidence: opts.evidence });
    case 'csv':
      return (await import('./csv/export')).exportCsv(forms);
    case 'json':
      return exportJson(forms);
    case 'text':
      return exportText(forms);
  }
}

/** 结果应用: the department's results report as xlsx or pdf (exceljs/pdfmake load on first use); see results/report. */
export async function exportResultsReport(doc: import('./results/report').ResultsDocument, format: 'xlsx' | 'pdf', lang: Lang = 'zh'): Promise<Uint8Array> {
  const m = await import('./results/report');
  return format === 'xlsx' ? m.writeResultsXlsx(doc, lang) : m.writeResultsPdf(doc, lang);
}
export type { ResultsDocument } from './results/report';
