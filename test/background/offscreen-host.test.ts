import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createOffscreenHost,
  OFFSCREEN_IDLE_MS,
  type OffscreenApi,
} from '@/lib/ext/background/offscreen-host';

/** A fake chrome.offscreen that, like Chrome, allows one document and throws on a second create. */
function fakeApi(openAtStart = false) {
  const log: string[] = [];
  let open = openAtStart;
  const tick = () => new Promise((r) => setTimeout(r, 5));
  const api: OffscreenApi = {
    exists: async () => {
      await tick();
      return open;
    },
    create: async () => {
      log.push('create');
      await tick();
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
    },
    close: async () => {
      log.push('close');
      await tick();
      if (!open) throw new Error('No current offscreen document.');
      open = false;
    },
  };
  return { api, log, isOpen: () => open, vanish: () => (open = false) };
}

describe('offscreen document host', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens exactly one document for many tabs asking at once', async () => {
    const f = fakeApi();
    const host = createOffscreenHost(f.api);
    const runs = Array.from({ length: 12 }, (_, i) =>
      host.use(async () => {
        await new Promise((r) => setTimeout(r, 3 * i));
        return i;
      }),
    );
    await vi.advanceTimersByTimeAsync(200);
    expect(await Promise.all(runs)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(f.log).toEqual(['create']);
    expect(f.isOpen()).toBe(true);
  });

  it('closes the document after the idle period, and opens it again on the next request', async () => {
    const f = fakeApi();
    const host = createOffscreenHost(f.api);
    const first = host.use(async () => 'a');
    await vi.advanceTimersByTimeAsync(50);
    expect(await first).toBe('a');
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS - 100);
    expect(f.isOpen()).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(f.isOpen()).toBe(false);
    const again = host.use(async () => 'b');
    await vi.advanceTimersByTimeAsync(50);
    expect(await again).toBe('b');
    expect(f.log).toEqual(['create', 'close', 'create']);
  });

  it('never closes under a running request, however long it takes', async () => {
    const f = fakeApi();
    const host = createOffscreenHost(f.api);
    const slow = host.use(() => new Promise((r) => setTimeout(() => r('slow'), OFFSCREEN_IDLE_MS * 3)));
    await vi.advanceTimersByTimeAsync(50);
    const quick = host.use(async () => 'quick');
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS * 2);
    expect(await quick).toBe('quick');
    expect(f.isOpen()).toBe(true);
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS);
    expect(await slow).toBe('slow');
    expect(f.isOpen()).toBe(true);
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS);
    expect(f.isOpen()).toBe(false);
    expect(f.log).toEqual(['create', 'close']);
  });

  it('a request arriving while the document closes waits for the close, then opens a new one', async () => {
    const f = fakeApi();
    const host = createOffscreenHost(f.api, 100);
    const first = host.use(async () => 1);
    await vi.advanceTimersByTimeAsync(20);
    await first;
    await vi.advanceTimersByTimeAsync(101); // the idle close has started (exists → close)
    const second = host.use(async () => 2);
    await vi.advanceTimersByTimeAsync(50);
    expect(await second).toBe(2);
    expect(f.log).toEqual(['create', 'close', 'create']);
    expect(f.isOpen()).toBe(true);
  });

  it('reuses a document left open by an earlier run of the worker, and closes it when idle', async () => {
    const f = fakeApi(true);
    const host = createOffscreenHost(f.api);
    host.closeWhenIdle();
    const r = host.use(async () => 'reused');
    await vi.advanceTimersByTimeAsync(50);
    expect(await r).toBe('reused');
    expect(f.log).toEqual([]);
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS + 50);
    expect(f.log).toEqual(['close']);
  });

  it('after a failed request looks for the document again (it may have gone) instead of trusting it', async () => {
    const f = fakeApi();
    const host = createOffscreenHost(f.api);
    const first = host.use(async () => 'ok');
    await vi.advanceTimersByTimeAsync(20);
    await first;
    f.vanish(); // e.g. the document's renderer crashed
    const failed = host.use(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const caught = failed.catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(20);
    expect(await caught).toMatch(/Receiving end/);
    const retry = host.use(async () => 'again');
    await vi.advanceTimersByTimeAsync(20);
    expect(await retry).toBe('again');
    expect(f.log).toEqual(['create', 'create']);
  });

  it('a failed creation rejects every waiting request, and the next request tries again', async () => {
    const f = fakeApi();
    let refuse = true;
    const create = f.api.create;
    f.api.create = async () => {
      if (refuse) throw new Error('offscreen unavailable');
      return create();
    };
    const host = createOffscreenHost(f.api);
    const a = host.use(async () => 'a').catch((e: Error) => e.message);
    const b = host.use(async () => 'b').catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(20);
    expect([await a, await b]).toEqual(['offscreen unavailable', 'offscreen unavailable']);
    refuse = false;
    const c = host.use(async () => 'c');
    await vi.advanceTimersByTimeAsync(20);
    expect(await c).toBe('c');
    expect(f.isOpen()).toBe(true);
  });
});
