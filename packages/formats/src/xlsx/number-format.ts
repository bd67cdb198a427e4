/**
 * A number as Excel shows it under the cell's number format: 100% stored as 1 with "0%", 15%,
 * 1,234.50 under "#,##0.00", 600人 under '0"人"'. A format that hides digits the cell holds
 * (0.9567 under "0%") shows them anyway: the reader must not round the form's figures.
 */
import { Big, canonical } from '@jixiao/core';

interface Shape {
  percent: boolean;
  decimals: number;
  grouped: boolean;
  prefix: string;
  suffix: string;
}

const SHAPES = new Map<string, Shape | null>();

/** The number as displayed under `numFmt`; the shortest exact text for General and unknown formats. */
export function formatNumber(value: Big, numFmt: string | undefined): string {
  const shape = numFmt ? shapeOf(numFmt) : null;
  if (!shape) return canonical(value);
  const v = shape.percent ? value.times(100) : value;
  const digits = Math.max(shape.decimals, decimalsOf(v));
  let s = v.toFixed(digits);
  if (shape.grouped) s = group(s);
  return `${shape.prefix}${s}${shape.percent ? '%' : ''}${shape.suffix}`;
}

function decimalsOf(b: Big): number {
  const s = canonical(b);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function group(s: string): string {
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  const [int, frac] = body.split('.');
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${g}${frac !== undefined ? `.${frac}` : ''}`;
}

// Only the positive section is read; colours, conditions and locale tags ([Red], [$-804]) show
// nothing; quoted text and \-escaped characters are shown as they are.
function shapeOf(numFmt: string): Shape | null {
  let s = SHAPES.get(numFmt);
  if (s !== undefined) return s;
  s = parseShape(numFmt);
  if (SHAPES.size > 1000) SHAPES.clear();
  SHAPES.set(numFmt, s);
  return s;
}

function parseShape(numFmt: string): Shape | null {
  const section = splitSections(numFmt)[0] ?? '';
  if (/^(general|@)?$/i.test(section.trim())) return null;
  let prefix = '';
  let suffix = '';
  let core = '';
  let inCore = false;
  let coreDone = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    let lit: string | null = null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit = section.slice(i + 1, end < 0 ? section.length : end);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      lit = section[i + 1] ?? '';
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const tag = section.slice(i + 1, end < 0 ? section.length : end);
      // [$¥-804] shows its currency symbol; colours and conditions show nothing.
      if (tag.startsWith('$')) lit = tag.slice(1).split('-')[0];
      else lit = '';
      i = end < 0 ? section.length : end;
    } else if (ch === '_' || ch === '*') {
      i++;
      lit = '';
    } else if ('0#?.,%'.includes(ch) && !coreDone) {
      core += ch;
      inCore = true;
      continue;
    } else if (/[ymdhsAaEe]/.test(ch)) {
      return null; // dates and scientific notation: exceljs gives dates; the rest stays General
    } else {
      lit = ch;
    }
    if (inCore) coreDone = true;
    if (coreDone) suffix += lit;
    else prefix += lit;
  }
  if (!/[0#?]/.test(core)) return null;
  const dot = core.indexOf('.');
  const decimals = dot < 0 ? 0 : (core.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  const intPart = dot < 0 ? core : core.slice(0, dot);
  const percent = core.includes('%') || suffix.includes('%');
  return {
    percent,
    decimals,
    grouped: /[0#?],[0#?]/.test(intPart),
    prefix: prefix.trim() === '' ? '' : prefix,
    suffix: suffix.replace('%', ''),
  };
}

function splitSections(numFmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < numFmt.length; i++) {
    const ch = numFmt[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (numFmt[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}
