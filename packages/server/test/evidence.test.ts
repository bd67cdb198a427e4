/** 佐证材料: upload checked by content, listing, download headers, access as the form's, reference-counted removal. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exportForms, sizeText } from '@jixiao/formats';
import { unzipSafe } from '../../formats/src/safety/zip';
import { openPdf } from '../../formats/src/pdf-import/pdfjs';
import { DIALECTS, freshDb } from './dbs';
import { Client, seedForm1, setupApi, type Api } from './harness';
import { sniffEvidence } from '../src/evidence';
import { backup, DEMO_PASSWORD, openDatabase, restore } from '../src/index';
import { restoreEvidence } from '../src/backup';
import { makeContext } from '../src/context';
import { createApp } from '../src/app';
import { API_CSP, EVIDENCE_VIEW_CSP } from '../src/headers';

const PNG = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../docs/screenshots/admin-audit.png', import.meta.url))));
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
let PDF: Uint8Array;
let XLSX: Uint8Array;
let DOCX: Uint8Array;

beforeAll(async () => {
  PDF = (await exportForms([seedForm1()], 'pdf')) as Uint8Array;
  XLSX = (await exportForms([seedForm1()], 'xlsx')) as Uint8Array;
  DOCX = (await exportForms([seedForm1()], 'docx')) as Uint8Array;
});

describe('evidence kinds by content', () => {
  it('tells pdf, png, jpeg, xlsx and docx by their bytes, and refuses a zip that is neither', () => {
    expect([PDF, PNG, JPEG, XLSX, DOCX].map(sniffEvidence)).toEqual(['pdf', 'png', 'jpeg', 'xlsx', 'docx']);
    expect(sniffEvidence(new TextEncoder().encode('<html><script>alert(1)</script>'))).toBeNull();
    // A zip without an OOXML package's parts (here: an xlsx with its workbook renamed).
    const broken = new Uint8Array(XLSX);
    const at = Buffer.from(broken).lastIndexOf('xl/workbook.xml');
    broken.set(new TextEncoder().encode('xl/workbooX.xml'), at);
    expect(sniffEvidence(broken)).toBeNull();
    expect(sniffEvidence(XLSX.subarray(0, 100))).toBeNull();
  });
});

const raw = (c: Client, path: string, bytes: Uint8Array) =>
  c.req('POST', path, new TextDecoder('latin1').decode(bytes), { 'content-type': 'application/octet-stream' });

describe.each(DIALECTS)('evidence on %s', (dialect) => {
  let api: Api;
  let unit: Client;
  let unit2: Client;
  let finance: Client;
  let formId: number;
  beforeAll(async () => {
    api = await setupApi(dialect, { evidence: { maxBytes: 2_000_000, maxPerOwner: 8 } });
    [unit, unit2, finance] = await Promise.all([api.login('unit1'), api.login('unit2'), api.login('finance1')]);
    formId = (await api.createAs(unit)).id;
  });
  afterAll(() => api.drop());

  // The harness client sends strings as UTF-8; binary goes through a Request body instead.
  const upload = async (c: Client, bytes: Uint8Array, query: string, id = formId) => {
    const h: Record<string, string> = { 'content-type': 'application/octet-stream', 'x-csrf-token': c.csrf, cookie: c.cookie };
    const res = await api.app.request(`/api/forms/${id}/evidence?${query}`, { method: 'POST', headers: h, body: bytes as BodyInit });
    return { status: res.status, body: await res.json() };
  };

  it('attaches every accepted kind, per indicator and for the form, and lists them', async () => {
    const kinds: [Uint8Array, string, string][] = [
      [PDF, '验收报告.pdf', 'name=%E9%AA%8C%E6%94%B6%E6%8A%A5%E5%91%8A.pdf&indicator=3'],
      [PNG, '现场照片.png', `name=${encodeURIComponent('现场照片.png')}&indicator=3`],
      [JPEG, 'photo.jpg', 'name=photo.jpg&indicator=0'],
      [XLSX, '台账.xlsx', `name=${encodeURIComponent('台账.xlsx')}`],
      [DOCX, '总结.docx', `name=${encodeURIComponent('总结.docx')}`],
    ];
    for (const [bytes, name, q] of kinds) {
      const r = await upload(unit, bytes, q);
      expect(r.status, name).toBe(201);
      expect(r.body).toMatchObject({ name, size: bytes.byteLength, ownerKind: 'form', ownerId: formId });
    }
    const all = await unit.get(`/api/forms/${formId}/evidence`);
    expect(all.body.items.map((x: { name: string; indicator: string | null; mime: string }) => [x.name, x.indicator, x.mime])).toEqual([
      ['验收报告.pdf', '3', 'application/pdf'],
      ['现场照片.png', '3', 'image/png'],
      ['photo.jpg', '0', 'image/jpeg'],
      ['台账.xlsx', null, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['总结.docx', null, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);
    expect((await unit.get(`/api/forms/${formId}/evidence?indicator=3`)).body.items).toHaveLength(2);
    expect(all.body.limits).toEqual({ maxBytes: 2_000_000, maxPerForm: 8 });
  });

  it('refuses by content, not by name, with typed 4xx errors', async () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const asPdf = await upload(unit, html, 'name=report.pdf');
    expect(asPdf.status).toBe(415);
    expect(asPdf.body.error).toMatchObject({ code: 'evidence-type', path: 'body' });
    const mismatch = await upload(unit, PNG, 'name=scan.pdf');
    expect(mismatch.status).toBe(415);
    expect(mismatch.body.error).toMatchObject({ code: 'evidence-type', path: 'name' });
    expect((await upload(unit, new Uint8Array(0), 'name=x.pdf')).body.error.code).toBe('evidence-type');
    const big = new Uint8Array(2_000_001);
    big.set(PDF.subarray(0, 8));
    const tooBig = await upload(unit, big, 'name=big.pdf');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.code).toBe('evidence-limit');
    expect((await upload(unit, PDF, 'indicator=1')).body.error).toMatchObject({ code: 'invalid-query', path: 'name' });
    expect((await upload(unit, PDF, 'name=a%2Fb.pdf')).body.error).toMatchObject({ code: 'invalid-query', path: 'name' });
    expect((await upload(unit, PDF, 'name=a.pdf&indicator=-1')).body.error).toMatchObject({ code: 'invalid-query', path: 'indicator' });
    expect((await raw(unit, `/api/forms/abc/evidence?name=a.pdf`, PDF)).status).toBe(400);
    expect((await unit.get(`/api/forms/${formId}/evidence/999999`)).status).toBe(404);
    expect((await unit.get(`/api/forms/${formId}/evidence/zz`)).status).toBe(400);
  });

  it('downloads with the original name, nosniff and a sandbox policy; inline only for images and PDF', async () => {
    const items = (await unit.get(`/api/forms/${formId}/evidence`)).body.items;
    const pdf = items.find((x: { name: string }) => x.name === '验收报告.pdf');
    const r = await unit.get(`/api/forms/${formId}/evidence/${pdf.id}`);
    expect(r.status).toBe(200);
    expect(new Uint8Array(await r.raw.arrayBuffer())).toEqual(PDF);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('验收报告.pdf')}`);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain('sandbox');
    expect((await unit.get(`/api/forms/${formId}/evidence/${pdf.id}?inline=1`)).headers.get('content-disposition')).toMatch(/^inline;/);
    const xlsx = items.find((x: { name: string }) => x.name === '台账.xlsx');
    expect((await unit.get(`/api/forms/${formId}/evidence/${xlsx.id}?inline=1`)).headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('lets the app frame an inline PDF and nothing else: its own narrow policy, framable by the same origin only', async () => {
    const items = (await unit.get(`/api/forms/${formId}/evidence`)).body.items as { id: number; name: string }[];
    const id = (n: string) => items.find((x) => x.name === n)!.id;
    const view = await unit.get(`/api/forms/${formId}/evidence/${id('验收报告.pdf')}?inline=1`);
    expect(view.headers.get('content-security-policy')).toBe(EVIDENCE_VIEW_CSP);
    expect(EVIDENCE_VIEW_CSP).toBe("default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'");
    expect(view.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(view.headers.get('x-content-type-options')).toBe('nosniff');
    expect(view.headers.get('cache-control')).toBe('private, no-store');
    // The same PDF as a download, an inline image (shown with <img>, never framed), a workbook, the list: no framing, sandboxed.
    for (const path of [`${id('验收报告.pdf')}`, `${id('现场照片.png')}?inline=1`, `${id('台账.xlsx')}?inline=1`, '']) {
      const r = await unit.get(`/api/forms/${formId}/evidence${path ? `/${path}` : ''}`);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('x-frame-options'), path).toBe('DENY');
      expect(r.headers.get('content-security-policy'), path).toBe(API_CSP);
    }
    // Someone else's answer is no PDF to show: the 404 keeps the API policy.
    const other = await unit2.get(`/api/forms/${formId}/evidence/${id('验收报告.pdf')}?inline=1`);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-security-policy')).toBe(API_CSP);
    expect(other.headers.get('x-frame-options')).toBe('DENY');
  });

  it('follows the form’s access: other units see nothing, readers may not attach, a submitted form takes no changes', async () => {
    expect((await unit2.get(`/api/forms/${formId}/evidence`)).status).toBe(404);
    const items = (await unit.get(`/api/forms/${formId}/evidence`)).body.items;
    expect((await unit2.get(`/api/forms/${formId}/evidence/${items[0].id}`)).status).toBe(404);
    expect((await upload(unit2, PDF, 'name=x.pdf')).status).toBe(404);
    // Finance does not see a unit's drafts, so not their evidence either.
    expect((await finance.get(`/api/forms/${formId}/evidence`)).status).toBe(404);
    expect((await api.anon().get(`/api/forms/${formId}/evidence`)).status).toBe(401);

    const other = await api.createAs(unit);
    const att = (await upload(unit, JPEG, 'name=before.jpg', other.id)).body;
    const sub = await unit.post(`/api/forms/${other.id}/transition`, { action: 'submit', version: other.version });
    expect(sub.status).toBe(200);
    // Submitted: finance reads the form, so its evidence; it may not change it; nor may the unit now.
    expect((await finance.get(`/api/forms/${other.id}/evidence`)).body.items.map((x: { name: string }) => x.name)).toEqual(['before.jpg']);
    expect((await finance.get(`/api/forms/${other.id}/evidence/${att.id}`)).status).toBe(200);
    expect((await upload(finance, PDF, 'name=x.pdf', other.id)).status).toBe(403);
    expect((await finance.del(`/api/forms/${other.id}/evidence/${att.id}`)).status).toBe(403);
    const locked = await upload(unit, PDF, 'name=x.pdf', other.id);
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('not-editable');
    expect((await unit.del(`/api/forms/${other.id}/evidence/${att.id}`)).status).toBe(409);
    // An attachment of one form is not reachable through another.
    expect((await unit.get(`/api/forms/${other.id}/evidence/${items[0].id}`)).status).toBe(404);
  });

  it('stores identical bytes once and keeps the file until the last attachment naming it goes', async () => {
    const dir = api.ctx.evidence.blobs.dir;
    const second = await api.createAs(unit);
    const a = (await upload(unit, PNG, 'name=a.png&indicator=1', second.id)).body;
    const b = (await upload(unit, PNG, 'name=b.png', second.id)).body;
    expect(a.sha256).toBe(b.sha256);
    const file = api.ctx.evidence.blobs.path(a.sha256);
    expect(existsSync(file)).toBe(true);
    // Also named by the first form (uploaded in the first test): three attachments, one file.
    const blob = await api.ctx.database.db.selectFrom('evidence_blobs').selectAll().where('sha256', '=', a.sha256).executeTakeFirstOrThrow();
    expect(blob.refs).toBe(3);
    expect((await unit.del(`/api/forms/${second.id}/evidence/${a.id}`)).status).toBe(204);
    expect((await unit.del(`/api/forms/${second.id}/evidence/${a.id}`)).status).toBe(404);
    expect((await unit.del(`/api/forms/${second.id}/evidence/${b.id}`)).status).toBe(204);
    expect(existsSync(file)).toBe(true);
    const first = (await unit.get(`/api/forms/${formId}/evidence`)).body.items.find((x: { sha256: string }) => x.sha256 === a.sha256);
    expect((await unit.del(`/api/forms/${formId}/evidence/${first.id}`)).status).toBe(204);
    expect(existsSync(file)).toBe(false);
    expect(await api.ctx.database.db.selectFrom('evidence_blobs').selectAll().where('sha256', '=', a.sha256).executeTakeFirst()).toBeUndefined();
    // No temporary files left behind by the atomic writes.
    const stray = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
    expect(stray).toEqual([]);
  });

  it('reviews with the evidence counts: a full 效益/满意度 score without a file is a finding until a file is attached to that row', async () => {
    type F = { ruleId: string; path: string; message: { zh: string } };
    const f = await api.createAs(unit);
    const bare = (r: { findings: F[] }) => r.findings.filter((x) => x.ruleId === 'evidence-required').map((x) => x.path);
    const paths = bare(f);
    // Seed form 1 claims full marks on its 效益 rows (8–10) and its 满意度 row (11); its 产出 rows need no file.
    expect(paths).toEqual([8, 9, 10, 11].map((i) => `indicators[${i}].score`));
    const row = f.evaluation.indicators.findIndex((x: { name: string }) => x.name === '区域双创活跃度每年逐渐增加');
    expect(paths).toContain(`indicators[${row}].score`);
    expect(f.findings.find((x: F) => x.path === `indicators[${row}].score` && x.ruleId === 'evidence-required').message.zh).toMatch(/区域双创活跃度.*未附佐证材料/);
    // A file for the whole form is no indicator's evidence.
    expect((await upload(unit, JPEG, 'name=all.jpg', f.id)).status).toBe(201);
    expect(bare((await unit.get(`/api/forms/${f.id}`)).body)).toEqual(paths);
    const it = (await upload(unit, PNG, `name=p.png&indicator=${row}`, f.id)).body;
    const after = (await unit.get(`/api/forms/${f.id}`)).body;
    expect(bare(after)).toEqual(paths.filter((p) => p !== `indicators[${row}].score`));
    // The stored counts (list and dashboard columns) follow, and the form's version does not move.
    expect(after.version).toBe(f.version);
    const warnings = async () => (await api.ctx.database.db.selectFrom('forms').select('findings_warning').where('id', '=', f.id).executeTakeFirstOrThrow()).findings_warning;
    expect(await warnings()).toBe(f.findings.filter((x: F & { severity: string }) => x.severity === 'warning').length - 1);
    expect((await unit.del(`/api/forms/${f.id}/evidence/${it.id}`)).status).toBe(204);
    expect(bare((await unit.get(`/api/forms/${f.id}`)).body)).toEqual(paths);
    expect(await warnings()).toBe(f.findings.filter((x: F & { severity: string }) => x.severity === 'warning').length);
  });

  it('deleting a form releases its evidence: files only it named are removed, shared ones stay with one reference less', async () => {
    const db = api.ctx.database.db;
    const keep = await api.createAs(unit);
    const gone = await api.createAs(unit);
    // Bytes no other test uploads (a PDF may carry a comment after its end).
    const pdf = (tag: string) => new Uint8Array([...PDF, ...new TextEncoder().encode(`\n%${tag}\n`)]);
    const shared = (await upload(unit, pdf('shared'), 'name=shared.pdf&indicator=2', keep.id)).body;
    expect((await upload(unit, pdf('shared'), 'name=shared-too.pdf', gone.id)).body.sha256).toBe(shared.sha256);
    const own = (await upload(unit, pdf('own'), 'name=own.pdf&indicator=1', gone.id)).body;
    expect((await upload(unit, pdf('own'), 'name=own-again.pdf&indicator=4', gone.id)).body.sha256).toBe(own.sha256);
    const refs = async (h: string) => (await db.selectFrom('evidence_blobs').select('refs').where('sha256', '=', h).executeTakeFirst())?.refs;
    expect([await refs(shared.sha256), await refs(own.sha256)]).toEqual([2, 2]);
    const version = (await unit.get(`/api/forms/${gone.id}`)).body.version;
    expect((await unit.del(`/api/forms/${gone.id}`, { version })).status).toBe(204);
    expect(await db.selectFrom('evidence').select('id').where('owner_kind', '=', 'form').where('owner_id', '=', gone.id).execute()).toEqual([]);
    expect(await refs(own.sha256)).toBeUndefined();
    expect(existsSync(api.ctx.evidence.blobs.path(own.sha256))).toBe(false);
    expect(await refs(shared.sha256)).toBe(1);
    expect(existsSync(api.ctx.evidence.blobs.path(shared.sha256))).toBe(true);
    expect((await unit.get(`/api/forms/${keep.id}/evidence/${shared.id}`)).status).toBe(200);
    const audit = await db.selectFrom('audit').select('detail').where('action', '=', 'form.delete').where('form_id', '=', gone.id).executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail as string)).toMatchObject({ evidence: 3 });
  });

  it('lists the form’s evidence in its xlsx, docx, pdf and html exports; a form without evidence exports without the list', async () => {
    const f = await api.createAs(unit);
    const bare = await api.createAs(unit);
    const pdf = (await upload(unit, PDF, `name=${encodeURIComponent('双创活跃度统计.pdf')}&indicator=10`, f.id)).body;
    const png = (await upload(unit, PNG, `name=${encodeURIComponent('路演照片.png')}&indicator=10`, f.id)).body;
    const row = ['1', '双创活跃度统计.pdf', '第11行 区域双创活跃度每年逐渐增加', sizeText(PDF.byteLength), pdf.sha256.slice(0, 12)];
    const html = (await unit.get(`/api/forms/${f.id}/export?format=html`)).body as string;
    const cells = [...html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells.slice(cells.indexOf('1'), cells.indexOf('1') + 10)).toEqual([...row, '2', '路演照片.png', row[2], sizeText(PNG.byteLength), png.sha256.slice(0, 12)]);
    expect(png.sha256).toBe(createHash('sha256').update(PNG).digest('hex'));
    expect((await unit.get(`/api/forms/${bare.id}/export?format=html`)).body).not.toContain('jx-evidence');
    // The selection export: the list after the form that has evidence only.
    const both = (await unit.get(`/api/export?format=html&ids=${bare.id},${f.id}`)).body as string;
    expect(both.match(/class="jx-page jx-evidence"/g)).toHaveLength(1);
    expect(both.indexOf('jx-evidence')).toBeGreaterThan(both.lastIndexOf('绩效指标'));
    const bin = async (format: string) => new Uint8Array(await (await unit.get(`/api/forms/${f.id}/export?format=${format}`)).raw.arrayBuffer());
    const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await bin('xlsx')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('佐证材料')!;
    expect([2, 3, 4, 5, 6].map((c) => ws.getCell(2, c).text)).toEqual(row);
    expect(ws.rowCount).toBe(3);
    const docx = unzipSafe(await bin('docx'), (n) => n === 'word/document.xml');
    expect(docx.ok && new TextDecoder().decode(docx.files.get('word/document.xml'))).toContain('双创活跃度统计.pdf');
    expect(text(await bin('pdf'))).toMatch(/^%PDF-/);
    const doc = await openPdf(await bin('pdf'));
    const last = (await (await doc.getPage(doc.numPages)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join('');
    await doc.destroy();
    for (const c of row) expect(last).toContain(c);
  });

  it('caps the number of files per form', async () => {
    const f = await api.createAs(unit);
    for (let i = 0; i < 8; i++) expect((await upload(unit, JPEG, `name=p${i}.jpg`, f.id)).status).toBe(201);
    const over = await upload(unit, JPEG, 'name=p8.jpg', f.id);
    expect(over.status).toBe(413);
    expect(over.body.error).toMatchObject({ code: 'evidence-limit', path: 'count' });
  });
});

describe.each(DIALECTS)('evidence in backups on %s', (dialect) => {
  it('backs up the files the rows name and restores them with the rows', async () => {
    const api = await setupApi(dialect);
    const target = await freshDb(dialect, { migrate: false });
    const out = mkdtempSync(join(tmpdir(), 'jx-evbackup-'));
    const targetEvidence = join(out, 'restored-evidence');
    try {
      const unit = await api.login('unit1');
      const f = await api.createAs(unit);
      const h = { 'content-type': 'application/octet-stream', 'x-csrf-token': unit.csrf, cookie: unit.cookie };
      const put = async (bytes: Uint8Array, name: string) => (await (await api.app.request(`/api/forms/${f.id}/evidence?name=${encodeURIComponent(name)}&indicator=2`, { method: 'POST', headers: h, body: bytes as BodyInit })).json()) as { id: number; sha256: string };
      const a = await put(PDF, '验收报告.pdf');
      const b = await put(PNG, '照片.png');
      await put(PNG, '照片副本.png');
      const file = join(out, `backup.${dialect === 'sqlite' ? 'sqlite' : 'json'}`);
      const r = await backup({ ...api.t.options, evidenceDir: api.ctx.evidence.blobs.dir, out: file });
      expect(r.evidence).toMatchObject({ files: 2, missing: [] });
      expect(readdirSync(r.evidence.dir, { recursive: true }).map(String).filter((x) => /[0-9a-f]{64}$/.test(x)).map((x) => x.slice(3)).sort()).toEqual([a.sha256, b.sha256].sort());

      await target.database.close();
      const restored = await restore({ ...target.options, evidenceDir: targetEvidence, from: file });
      expect(restored.evidenceFiles).toBe(2);
      const database = await openDatabase({ ...target.options, dataDir: target.options.dataDir });
      const ctx = makeContext(database, { evidence: { dir: targetEvidence } });
      try {
        const app = createApp(ctx).app;
        const c = new Client(app);
        const login = await c.post('/api/login', { username: 'unit1', password: DEMO_PASSWORD });
        c.csrf = login.body.csrfToken;
        const list = (await c.get(`/api/forms/${f.id}/evidence`)).body.items;
        expect(list.map((x: { name: string; indicator: string }) => [x.name, x.indicator])).toEqual([['验收报告.pdf', '2'], ['照片.png', '2'], ['照片副本.png', '2']]);
        const got = await c.get(`/api/forms/${f.id}/evidence/${a.id}`);
        expect(new Uint8Array(await got.raw.arrayBuffer())).toEqual(PDF);
        // Reference counts survive: removing one of the two PNG attachments keeps the file.
        expect((await c.del(`/api/forms/${f.id}/evidence/${b.id}`)).status).toBe(204);
        expect(existsSync(ctx.evidence.blobs.path(b.sha256))).toBe(true);
        // New attachments continue after the restored ids.
        const n = await app.request(`/api/forms/${f.id}/evidence?name=x.jpg`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': c.csrf, cookie: c.cookie }, body: JPEG as BodyInit });
        expect(n.status).toBe(201);
        expect(((await n.json()) as { id: number }).id).toBeGreaterThan(Math.max(...list.map((x: { id: number }) => x.id)));
      } finally {
        await ctx.jobs.close();
        await database.close();
      }
    } finally {
      await api.drop();
      await target.drop();
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses a backed-up file that does not match its hash', async () => {
    const out = mkdtempSync(join(tmpdir(), 'jx-evbad-'));
    try {
      const h = 'a'.repeat(64);
      mkdirSync(join(out, 'b.sqlite.evidence', 'aa'), { recursive: true });
      writeFileSync(join(out, 'b.sqlite.evidence', 'aa', h), 'not the bytes');
      expect(() => restoreEvidence(join(out, 'b.sqlite'), join(out, 'ev'))).toThrow(/does not match its hash/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
