/** What the typeface tests of the xlsx writers share. */
import ExcelJS from 'exceljs';

/** The font names of every cell holding a value, on every sheet of a workbook, sorted, each once. */
export async function xlsxCellFonts(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const names = new Set<string>();
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => void (c.value !== null && c.value !== '' && names.add(c.font?.name ?? '(none)'))));
  return [...names].sort();
}
