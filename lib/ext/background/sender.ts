/**
 * Who sent a message. Content scripts run inside web pages, and a compromised renderer can make its content
 * script send anything; so messages that change the collection or reach across tabs are answered only for
 * the extension's own pages, and a content script speaks only for the top frame of its own tab.
 */
import { browser } from 'wxt/browser';

/** The parts of `runtime.MessageSender` the checks read. */
export interface SenderLike {
  tab?: { id?: number };
  url?: string;
  frameId?: number;
}

/** The message returned to a sender that may not ask. */
export const EXTENSION_PAGES_ONLY = "Only Parallax's own pages (side panel, options) can ask for this.";

/**
 * True for the extension's own pages: no tab (side panel, popup, offscreen document) or a page on the
 * extension's origin (the options page or panel opened in a tab). The browser sets both fields.
 */
export function isExtensionPage(sender: SenderLike, origin = browser.runtime.getURL('/')): boolean {
  if (!sender.tab) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/** The tab a content script speaks for: its own, from its top frame only; undefined otherwise. */
export function ownTabId(sender: SenderLike): number | undefined {
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  return sender.tab?.id;
}
