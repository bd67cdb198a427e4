// Runs the whole test suite with vitest and ends with the line CI counts: "N passed, N failed"
// (", N skipped" after it when a tool was missing; just above it, one line per missing tool
// saying how to get it — test/tools.ts writes them).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-test-'));
const out = join(dir, 'report.json');
const skipLog = join(dir, 'skipped.txt');
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)];
const r = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, JIXIAO_SKIP_LOG: skipLog } });
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
if (existsSync(out)) {
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed = report.numPassedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  for (const s of report.testResults ?? []) {
    const file = (s.name ?? '').replace(process.cwd() + '/', '');
    if (s.status === 'failed' && (s.assertionResults ?? []).length === 0) {
      failed++;
      failures.push(`${file}: ${(s.message ?? '').split('\n')[0]}`);
    }
    for (const a of s.assertionResults ?? []) {
      if (a.status === 'failed') failures.push(`${file} › ${a.fullName}: ${(a.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200)}`);
    }
  }
} else {
  failed = 1;
}
if (existsSync(skipLog)) {
  for (const line of new Set(readFileSync(skipLog, 'utf8').split('\n').filter(Boolean))) console.log(line);
}
// CI keeps only the tail of the log: name every failure just above the count.
for (const f of failures) console.log(`FAILED ${f}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(r.status === 0 && failed === 0 ? 0 : 1);
