import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLatest } from './latest';
import { listForms } from './forms';
import type { ListItem, Page } from './types';

/** A fetch whose answers the test releases one by one, in any order; it records each call's signal. */
function controlledFetch(opts: { honoursAbort: boolean }) {
  const calls: { url: string; signal: AbortSignal; answer(body: unknown): void }[] = [];
  const fetch = vi.fn((url: string, init: RequestInit) => {
    const signal = init.signal!;
    return new Promise<Response>((resolve, reject) => {
      calls.push({ url, signal, answer: (body) => resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })) });
      // A browser rejects at once with an AbortError; some servers answer anyway (the race the slot must win).
      if (opts.honoursAbort) signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

const page = (name: string): Page<ListItem> => ({ items: [{ projectName: name } as ListItem], total: 1, page: 1, pageSize: 20 });

/** What the list page does: ask for the list for `q` through the slot, show it if it still counts. */
function listPage() {
  const latest = createLatest();
  const shown: string[] = [];
  const load = async (q: string) => {
    const r = await latest.run((signal) => listForms({ q, page: 1, pageSize: 20 }, signal));
    if (r?.ok) shown.push(r.value.items[0].projectName);
    return r;
  };
  return { latest, shown, load };
}

afterEach(() => void vi.unstubAllGlobals());

describe('a Latest slot', () => {
  for (const honoursAbort of [true, false]) {
    it(`never lets a slow old list response overwrite a newer one (${honoursAbort ? 'aborted fetch' : 'answer arrives anyway'})`, async () => {
      const calls = controlledFetch({ honoursAbort });
      const { shown, load } = listPage();
      const old = load('旧');
      const newer = load('新');
      expect(calls.map((c) => new URL(c.url, 'http://x').searchParams.get('q'))).toEqual(['旧', '新']);
      // The newer request aborted the older one at once.
      expect(calls[0].signal.aborted).toBe(true);
      expect(calls[1].signal.aborted).toBe(false);

      calls[1].answer(page('新'));
      await expect(newer).resolves.toMatchObject({ ok: true });
      calls[0].answer(page('旧'));
      await expect(old).resolves.toBeNull();
      expect(shown).toEqual(['新']);
    });
  }

  it('drops the answer of a request in flight when the page unmounts, and works again after', async () => {
    const calls = controlledFetch({ honoursAbort: false });
    const { latest, shown, load } = listPage();
    const first = load('a');
    latest.abort();
    expect(calls[0].signal.aborted).toBe(true);
    calls[0].answer(page('a'));
    await expect(first).resolves.toBeNull();
    expect(shown).toEqual([]);

    const again = load('b');
    calls[1].answer(page('b'));
    await expect(again).resolves.toMatchObject({ ok: true });
    expect(shown).toEqual(['b']);
  });

  it('keeps answers that arrive in order', async () => {
    const calls = controlledFetch({ honoursAbort: true });
    const { shown, load } = listPage();
    const a = load('a');
    calls[0].answer(page('a'));
    await a;
    const b = load('b');
    calls[1].answer(page('b'));
    await b;
    expect(shown).toEqual(['a', 'b']);
  });
});
