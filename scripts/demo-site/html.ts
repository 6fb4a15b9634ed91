/** Escaping helpers: every page-derived or payload string passes through one of these before output. */

const textEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const attrEntities: Record<string, string> = { ...textEntities, '"': '&quot;', "'": '&#39;' };

/** Escapes a string for an HTML text node. */
export function escText(s: string): string {
  return s.replace(/[&<>]/g, (c) => textEntities[c]);
}

/** Escapes a string for a double- or single-quoted HTML attribute value. */
export function escAttr(s: string): string {
  return s.replace(/[&<>"']/g, (c) => attrEntities[c]);
}

/**
 * Serialises data for a <script> element. `<`, `>`, `&` and the JS line separators are
 * \u-escaped so a string containing "</script>" or "<!--" cannot end or alter the element.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Escapes a paragraph and turns `[label](/path)` into a same-site link. */
export function inlineMarkup(s: string): string {
  return escText(s).replace(
    /\[([^\]]+)\]\((\/[A-Za-z0-9/_.-]*)\)/g,
    (_m, label: string, href: string) => `<a href="${href}">${label}</a>`,
  );
}

/** The visible text of a paragraph once its link markup is removed. */
export function plainText(s: string): string {
  return s.replace(/\[([^\]]+)\]\((\/[A-Za-z0-9/_.-]*)\)/g, '$1');
}

/** Formats an ISO date for readers: "January 28, 2024, 7:42 PM UTC" (us) or "28 January 2024, 19:42 UTC" (uk). */
export function humanDate(iso: string, style: 'us' | 'uk' = 'us'): string {
  const d = new Date(iso);
  const locale = style === 'us' ? 'en-US' : 'en-GB';
  const date = d.toLocaleDateString(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const time = d.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return `${date}, ${time} UTC`;
}

/** Counts words the way a reader would, for the 450–900 word target of articles. */
export function wordCount(paragraphs: string[]): number {
  return paragraphs
    .map(plainText)
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
