// `npm start`: build the packages' JavaScript (under a second) and the web app when its bundle is
// missing or stale, then serve with demo data through the compiled CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

const js = spawnSync(process.execPath, ['scripts/build.js', '--js'], { stdio: 'inherit' });
if (js.status !== 0) process.exit(js.status ?? 1);

const dist = 'packages/web/dist/index.html';
const webSrc = ['packages/web/src', 'packages/core/src'].filter(existsSync);
if (existsSync('packages/web/src') && (!existsSync(dist) || Math.max(...webSrc.map(newest)) > statSync(dist).mtimeMs)) {
  console.log('构建网页端 / building the web app …');
  const b = spawnSync('npm', ['run', 'build', '-w', '@jixiao/web'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const args = ['packages/cli/bin/jixiao.js', 'serve', '--demo', ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(r.status ?? 0);
