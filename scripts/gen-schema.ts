// Writes docs/*.schema.json from the models' zod schemas; --check fails when one is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { EvaluationSchema } from '../packages/core/src/model';
import { TargetFormSchema } from '../packages/core/src/target-form/model';
import { AdjustmentSchema } from '../packages/core/src/target-form/adjustment';
import { MonitoringFormSchema } from '../packages/core/src/monitoring/model';
import { TaskSchema } from '../packages/core/src/tasks/model';
import { LibraryIndicatorSchema } from '../packages/core/src/library/model';

const path = 'docs/evaluation.schema.json';

/** Every published schema: file, $id, title and the zod schema it comes from. */
const SCHEMAS: { path: string; id: string; title: string; schema: z.ZodType }[] = [
  { path, id: 'urn:jixiao:evaluation:1', title: 'jixiao Evaluation (项目支出绩效自评表)', schema: EvaluationSchema },
  { path: 'docs/target-form.schema.json', id: 'urn:jixiao:target-form:1', title: 'jixiao TargetForm (绩效目标申报表)', schema: TargetFormSchema },
  { path: 'docs/adjustment.schema.json', id: 'urn:jixiao:adjustment:1', title: 'jixiao Adjustment (目标调整申请)', schema: AdjustmentSchema },
  { path: 'docs/monitoring-form.schema.json', id: 'urn:jixiao:monitoring-form:1', title: 'jixiao MonitoringForm (绩效运行监控表)', schema: MonitoringFormSchema },
  { path: 'docs/task.schema.json', id: 'urn:jixiao:task:1', title: 'jixiao Task (任务布置)', schema: TaskSchema },
  { path: 'docs/library-indicator.schema.json', id: 'urn:jixiao:library-indicator:1', title: 'jixiao LibraryIndicator (指标库指标)', schema: LibraryIndicatorSchema },
];

function render(s: (typeof SCHEMAS)[number]): string {
  const schema = z.toJSONSchema(s.schema, { target: 'draft-2020-12' });
  return JSON.stringify({ $id: s.id, title: s.title, ...schema }, null, 2) + '\n';
}

/** The published JSON Schema of an Evaluation, as text. */
export function schemaText(): string {
  return render(SCHEMAS[0]);
}

/** Every published schema's text, by file. */
export function schemaTexts(): Map<string, string> {
  return new Map(SCHEMAS.map((s) => [s.path, render(s)]));
}

if (process.argv[1]?.endsWith('gen-schema.ts')) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of schemaTexts()) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === text) {
      if (check) console.log(`${file} is current`);
      continue;
    }
    if (check) {
      console.error(`${file} is stale: run npm run schema`);
      stale++;
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
  }
  if (stale) process.exit(1);
}
