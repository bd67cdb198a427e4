// A job worker (plain JavaScript, so the same file runs from the sources and beside the bundle):
// imports and exports through @jixiao/formats, off the server's event loop. The pool bounds each
// job's time and memory; this file only does the work and answers.
import { parentPort } from 'node:worker_threads';
import { exportForms, importFile } from '@jixiao/formats';

parentPort.on('message', async (job) => {
  try {
    if (job.kind === 'import') {
      parentPort.postMessage({ ok: true, value: await importFile(job.bytes, { fileName: job.fileName }) });
    } else if (job.kind === 'export') {
      const value = await exportForms(job.forms, job.format);
      parentPort.postMessage({ ok: true, value }, typeof value === 'string' ? [] : [value.buffer]);
    } else if (job.kind === 'spin') {
      // Tests: burn CPU for the given milliseconds, as a heavy import would.
      const end = Date.now() + job.ms;
      while (Date.now() < end);
      parentPort.postMessage({ ok: true, value: job.ms });
    } else if (job.kind === 'hog') {
      // Tests: grow the heap until V8's limit for this worker stops it, as a file bomb would.
      const held = [];
      for (;;) held.push(new Array(1e6).fill(held.length));
    } else {
      parentPort.postMessage({ ok: false, message: `unknown job ${job.kind}` });
    }
  } catch (e) {
    parentPort.postMessage({ ok: false, message: String(e && e.stack ? e.stack : e) });
  }
});
