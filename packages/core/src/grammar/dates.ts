/**
 * Dates and deadlines in a normalised cell: 2020年10月30日, 2020.12.31, 12月30日, 10.31日,
 * 12月底, 9月, 年底, 第四季度 …  A missing year is the form's year.
 */

/** One date found in the text, with its span in the normalised string. */
export interface DateToken {
  start: number;
  end: number;
  /** ISO date, the last day of the month/year for coarser precision; null when impossible (2月30日). */
  date: string | null;
  precision: 'day' | 'month' | 'year';
  yearInferred: boolean;
  /** Written as an end of a period (12月底, 年底, 第四季度): a deadline, op '<='. */
  deadline: boolean;
  /** A bare year such as "2020年" or "2020年度" inside other text: context, not a value. */
  yearOnly: boolean;
}

// One regex, alternatives in priority order (leftmost match, first alternative wins):
// full dates before month-only ones, a year written before a quarter before a bare year, and
// digits never glued to a longer number.
const DATE = new RegExp(
  [
    /(?<!\d)(?<y1>\d{4})年(?<m1>\d{1,2})月(?<d1>\d{1,2})[日号]?/.source,
    /(?<![\d.])(?<y2>\d{4})(?<sep>[./-])(?<m2>\d{1,2})\k<sep>(?<d2>\d{1,2})(?![\d.])[日号]?/.source,
    /(?<!\d)(?<y3>\d{4})年(?<m3>\d{1,2})月份?(?<e3>底|末)?/.source,
    /(?:(?<yq>\d{4})年度?)?第?(?<q>[一二三四1-4])季度/.source,
    /(?:(?<yh>\d{4})年度?)?(?<h>[上下])半年/.source,
    /(?<!\d)(?<y4>\d{4})年(?<e4>度|底|末)?/.source,
    /(?<![\d.])(?<m5>\d{1,2})月(?<d5>\d{1,2})[日号]/.source,
    /(?<![\d.])(?<m6>\d{1,2})\.(?<d6>\d{1,2})[日号]/.source,
    /(?<![\d.])(?<m7>\d{1,2})月份?(?<e7>底|末)?/.source,
    /(?<e8>年底|年末|年内|年度内|本年度|当年)/.source,
  ].join('|'),
  'g',
);

const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2199) return null;
  if (!(m >= 1 && m <= 12)) return null;
  if (!(d >= 1 && d <= daysIn(y, m))) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every date in a normalised cell. ctxYear fills dates written without a year. */
export function findDates(s: string, ctxYear: number): DateToken[] {
  const out: DateToken[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(s); m !== null; m = DATE.exec(s)) {
    const g = m.groups ?? {};
    const tok: DateToken = {
      start: m.index,
      end: m.index + m[0].length,
      date: null,
      precision: 'day',
      yearInferred: false,
      deadline: false,
      yearOnly: false,
    };
    const y = (v: string | undefined) => (v === undefined ? ((tok.yearInferred = true), ctxYear) : Number(v));
    if (g.m1 !== undefined) tok.date = iso(y(g.y1), Number(g.m1), Number(g.d1));
    else if (g.m2 !== undefined) tok.date = iso(y(g.y2), Number(g.m2), Number(g.d2));
    else if (g.m5 !== undefined) tok.date = iso(y(undefined), Number(g.m5), Number(g.d5));
    else if (g.m6 !== undefined) tok.date = iso(y(undefined), Number(g.m6), Number(g.d6));
    else if (g.m3 !== undefined || g.m7 !== undefined) {
      const yy = y(g.y3);
      const mm = Number(g.m3 ?? g.m7);
      tok.precision = 'month';
      tok.deadline = (g.e3 ?? g.e7) !== undefined;
      tok.date = mm >= 1 && mm <= 12 ? iso(yy, mm, daysIn(yy, mm)) : null;
    } else if (g.y4 !== undefined) {
      tok.precision = 'year';
      tok.deadline = g.e4 === '底' || g.e4 === '末';
      tok.yearOnly = !tok.deadline;
      tok.date = iso(Number(g.y4), 12, 31);
    } else if (g.e8 !== undefined) {
      tok.precision = 'year';
      tok.deadline = true;
      tok.date = iso(y(undefined), 12, 31);
    } else if (g.q !== undefined || g.h !== undefined) {
      // A quarter or half year cannot be stated at month precision: read as "by its end".
      const yy = y(g.yq ?? g.yh);
      const mm = g.q !== undefined ? QUARTER[g.q] * 3 : g.h === '上' ? 6 : 12;
      tok.precision = 'month';
      tok.deadline = true;
      tok.date = iso(yy, mm, daysIn(yy, mm));
    }
    out.push(tok);
  }
  return out;
}
