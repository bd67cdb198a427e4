// Writes docs/evaluation.schema.json from the model's zod schema; --check fails when it is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { EvaluationSchema } from '../packages/core/src/model';

const path = 'docs/evaluation.schema.json';

/** The published JSON Schema of an Evaluation, as text. */
export function schemaText(): string {
  const schema = z.toJSONSchema(EvaluationSchema, { target: 'draft-2020-12' });
  const doc = {
    $id: 'urn:jixiao:evaluation:1',
    title: 'jixiao Evaluation (项目支出绩效自评表)',
    ...schema,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

if (process.argv[1]?.endsWith('gen-schema.ts')) {
  const text = schemaText();
  if (process.argv.includes('--check')) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current !== text) {
      console.error(`${path} is stale: run npm run schema`);
      process.exit(1);
    }
    console.log(`${path} is current`);
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
