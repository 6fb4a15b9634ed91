/**
 * Sending a typed protocol message from an extension page under test, in @webext-core/messaging's wire
 * format ({id, type, data, timestamp} → {res} | {err}), so e2e tests talk to the real background.
 */
import type { Page } from 'playwright-core';

/** What came back: the handler's value, or the error it threw, or the runtime's own error. */
export type WireReply = { res?: unknown; err?: { message?: string } | null; runtimeError?: string };

/** Sends `type` with `data` from `extPage` (a chrome-extension:// page) to the background. */
export function sendFromExtensionPage(extPage: Page, type: string, data: unknown): Promise<WireReply> {
  return extPage.evaluate(
    ({ type, data }) =>
      new Promise<WireReply>((resolve) => {
        const api = (globalThis as unknown as { chrome: ChromeRuntimeLike }).chrome;
        const msg = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
        api.runtime.sendMessage(msg, (reply) => {
          const runtimeError = api.runtime.lastError?.message;
          resolve(runtimeError ? { runtimeError } : ((reply as WireReply | undefined) ?? {}));
        });
      }),
    { type, data },
  );
}

/** The slice of `chrome.runtime` these helpers use. */
export interface ChromeRuntimeLike {
  runtime: {
    sendMessage(msg: unknown, cb: (reply: unknown) => void): void;
    lastError?: { message?: string };
  };
}
