import { readFileSync } from 'node:fs';
import { importFile } from './src/index';
const show = (name: string, r: any) => console.log(name, r.ok ? r.forms.map((f:any)=>[f.evaluation.projectName, f.evaluation.indicators.length, f.evaluation.source.format, f.notes.length]) : r.error);
for (const n of ['plain.txt','layout.txt','notable.docx']) show(n, await importFile(readFileSync(`/tmp/i11x/${n}`), {fileName:n}));
