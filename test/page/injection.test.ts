import { beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  AUTO_SCRIPT_ID,
  CONTENT_SCRIPT_FILE,
  injectInto,
  syncRegistration,
} from '@/lib/ext/background/injection';

// The browser API methods are overloaded (promise and callback forms); the mocks only need the promise form.
type AsyncMock = MockInstance<(...args: unknown[]) => Promise<unknown>>;
const spy = <T extends object>(api: T, method: keyof T & string) =>
  vi.spyOn(api as Record<string, () => unknown>, method) as unknown as AsyncMock;

describe('injection wiring (WXT fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('injects the built content script into the tab', async () => {
    const exec = spy(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(await injectInto(7)).toEqual({ ok: true, value: true });
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [CONTENT_SCRIPT_FILE] });
  });

  it('turns a refused injection into a clear message instead of a rejection', async () => {
    spy(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const r = await injectInto(7);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('Parallax cannot run on this page: Cannot access a chrome:// URL');
  });

  it('registers the granted origins at document_idle, and unregisters when none are left', async () => {
    const getAll = spy(fakeBrowser.permissions, 'getAll');
    getAll.mockResolvedValue({ origins: ['https://news.example/*', 'chrome://favicon/*'], permissions: [] });
    spy(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    const register = spy(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    const unregister = spy(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined);
    expect(await syncRegistration()).toEqual(['https://news.example/*']);
    expect(register).toHaveBeenCalledWith([
      {
        id: AUTO_SCRIPT_ID,
        matches: ['https://news.example/*'],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: false,
      },
    ]);
    getAll.mockResolvedValue({ origins: [], permissions: [] });
    spy(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([
      { id: AUTO_SCRIPT_ID, matches: ['https://news.example/*'] },
    ]);
    register.mockClear();
    expect(await syncRegistration()).toEqual([]);
    expect(unregister).toHaveBeenCalledWith({ ids: [AUTO_SCRIPT_ID] });
    expect(register).not.toHaveBeenCalled();
  });
});
