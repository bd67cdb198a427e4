/**
 * Formulas a generator or a script wrote without cached results (Excel and WPS store the result
 * on save; exceljs, openpyxl and many exporters do not). The simple ones a form holds — SUM over
 * ranges and cells, + − × ÷ and brackets over cells and numbers — are evaluated exactly (decimal,
 * not binary floating point); anything else is left for the caller to note.
 */
import { Big } from '@jixiao/core';

/** How a formula's cell references are resolved: a number, null for a blank, or undefined when unknown. */
export type Resolve = (address: string) => Big | null | undefined;

/** The value of a simple formula, or null when it is not simple or cannot be computed. */
export function evaluateFormula(formula: string, resolve: Resolve, maxCells = 10_000): Big | null {
  try {
    const p = new Parser(formula.replace(/^=/, ''), resolve, maxCells);
    const v = p.expr();
    p.skip();
    return p.done() ? v : null;
  } catch {
    return null;
  }
}

class Fail extends Error {}

class Parser {
  private i = 0;
  private cells = 0;
  constructor(
    private readonly s: string,
    private readonly resolve: Resolve,
    private readonly maxCells: number,
  ) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  skip(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  expr(): Big {
    let v = this.term();
    for (;;) {
      this.skip();
      const op = this.s[this.i];
      if (op !== '+' && op !== '-') return v;
      this.i++;
      const r = this.term();
      v = op === '+' ? v.plus(r) : v.minus(r);
    }
  }

  private term(): Big {
    let v = this.unary();
    for (;;) {
      this.skip();
      const op = this.s[this.i];
      if (op !== '*' && op !== '/') return v;
      this.i++;
      const r = this.unary();
      if (op === '*') v = v.times(r);
      else {
        if (r.eq(0)) throw new Fail('#DIV/0!');
        v = v.div(r);
      }
    }
  }

  private unary(): Big {
    this.skip();
    if (this.s[this.i] === '-') {
      this.i++;
      return this.unary().times(-1);
    }
    if (this.s[this.i] === '+') {
      this.i++;
      return this.unary();
    }
    return this.atom();
  }

  private atom(): Big {
    this.skip();
    const rest = this.s.slice(this.i);
    if (rest[0] === '(') {
      this.i++;
      const v = this.expr();
      this.expect(')');
      return v;
    }
    const num = /^\d+(\.\d+)?%?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      const b = new Big(num[0].replace('%', ''));
      return num[0].endsWith('%') ? b.div(100) : b;
    }
    const fn = /^SUM\s*\(/i.exec(rest);
    if (fn) {
      this.i += fn[0].length;
      let acc = new Big(0);
      this.skip();
      if (this.s[this.i] !== ')') {
        for (;;) {
          acc = acc.plus(this.sumArg());
          this.skip();
          if (this.s[this.i] !== ',') break;
          this.i++;
        }
      }
      this.expect(')');
      return acc;
    }
    const ref = /^\$?([A-Z]{1,3})\$?(\d{1,7})/i.exec(rest);
    if (ref && !/^[A-Z]{1,3}\$?\d+\s*[:(]/i.test(rest)) {
      this.i += ref[0].length;
      const v = this.cell(`${ref[1].toUpperCase()}${ref[2]}`);
      // A blank cell in arithmetic is 0, as in Excel.
      return v ?? new Big(0);
    }
    throw new Fail('unsupported');
  }

  // A SUM argument: a range (blanks and text count as nothing), a cell, or an expression.
  private sumArg(): Big {
    this.skip();
    const range = /^\$?([A-Z]{1,3})\$?(\d{1,7})\s*:\s*\$?([A-Z]{1,3})\$?(\d{1,7})/i.exec(this.s.slice(this.i));
    if (!range) return this.expr();
    this.i += range[0].length;
    const c1 = colNumber(range[1]);
    const c2 = colNumber(range[3]);
    const r1 = Number(range[2]);
    const r2 = Number(range[4]);
    let acc = new Big(0);
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
        const v = this.cell(`${colName(c)}${r}`, true);
        if (v) acc = acc.plus(v);
      }
    return acc;
  }

  private cell(address: string, inRange = false): Big | null {
    if (++this.cells > this.maxCells) throw new Fail('too many cells');
    const v = this.resolve(address);
    if (v === undefined) {
      // Text in a SUM range is skipped, as Excel does; in arithmetic it is an error.
      if (inRange) return null;
      throw new Fail('not a number');
    }
    return v;
  }

  private expect(ch: string): void {
    this.skip();
    if (this.s[this.i] !== ch) throw new Fail(`expected ${ch}`);
    this.i++;
  }
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
