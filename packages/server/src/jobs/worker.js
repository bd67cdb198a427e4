// A job worker (plain JavaScript, so the same file runs from the sources and beside the bundle):
// imports and exports through @jixiao/formats, off the server's event loop. The pool bounds each
// job's time and memory; this file only does the work and answers.
import { parentPort } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { exportForms, exportMonitoringForms, exportTargetForms, importFile, importTargetForms } from '@jixiao/formats';

// Answer, moving the bytes' memory instead of copying it where the runtime allows. Node 24 refuses to
// transfer some ArrayBuffers it allocated itself (Buffer's shared pool, as the docx writer's output is
// built on): DataCloneError. Those are copied instead; the answer is the same.
function answer(msg, transfer) {
  try {
    parentPort.postMessage(msg, transfer);
  } catch (e) {
    if (!(e && e.name === 'DataCloneError')) throw e;
    parentPort.postMessage(msg);
  }
}

// The job running now can be cancelled: the pool sends { kind: 'cancel' } (and terminates this
// worker shortly after); aborting kills the tesseract/pdftoppm processes the import started.
let running = null;

parentPort.on('message', async (job) => {
  if (job.kind === 'cancel') {
    running?.abort();
    return;
  }
  running = new AbortController();
  const signal = running.signal;
  try {
    if (job.kind === 'upload') {
      // The raw multipart body of an import: split into files and hash each, here rather than on the
      // server's event loop. An unreadable body is an answer (the route makes it a 400), not a failure.
      let form;
      try {
        form = await new Response(job.body, { headers: { 'content-type': job.contentType } }).formData();
      } catch {
        parentPort.postMessage({ ok: true, value: { ok: false } });
        return;
      }
      const files = [];
      for (const f of form.getAll('files')) {
        if (typeof f === 'string') continue;
        const bytes = new Uint8Array(await f.arrayBuffer());
        files.push({ name: f.name, bytes, hash: createHash('sha256').update(bytes).digest('hex') });
      }
      answer({ ok: true, value: { ok: true, files } }, files.map((f) => f.bytes.buffer));
    } else if (job.kind === 'import') {
      // With `progress`, each page read (and OCR page) is sent before the answer; the pool hands it on.
      const onProgress = job.progress ? (p) => parentPort.postMessage({ progress: p }) : undefined;
      parentPort.postMessage({ ok: true, value: await importFile(job.bytes, { fileName: job.fileName, onProgress, signal }) });
    } else if (job.kind === 'export') {
      const value = await exportForms(job.forms, job.format, { evidence: job.evidence });
      answer({ ok: true, value }, typeof value === 'string' ? [] : [value.buffer]);
    } else if (job.kind === 'export-target' || job.kind === 'export-monitoring') {
      // The forms before the self-evaluation (绩效目标申报表, 运行监控表), in their official layouts.
      const value = job.kind === 'export-target' ? await exportTargetForms(job.forms, job.format) : await exportMonitoringForms(job.forms, job.format, { lights: job.lights });
      answer({ ok: true, value }, typeof value === 'string' ? [] : [value.buffer]);
    } else if (job.kind === 'import-target') {
      parentPort.postMessage({ ok: true, value: await importTargetForms(job.bytes, { fileName: job.fileName, defaultYear: job.defaultYear }) });
    } else if (job.kind === 'spin') {
      // Tests: burn CPU for the given milliseconds, as a heavy import would.
      const end = Date.now() + job.ms;
      let next = Date.now() + (job.every ?? Infinity);
      for (let now = Date.now(); now < end; now = Date.now()) {
        if (now >= next) {
          parentPort.postMessage({ progress: { stage: 'spin', done: now - end + job.ms, total: job.ms } });
          next += job.every;
        }
      }
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
