/**
 * Datelines: "WASHINGTON —", "BEIRUT, Lebanon (Reuters) -", "Kyiv, Ukraine:" opening a paragraph. A place
 * there says where the story was filed, not who or what it is about, so it is not highlighted.
 */

// After the place: an optional region (", Lebanon", ", D.C."), an optional agency or date in
// parentheses, then the dash or colon that ends every dateline.
const AFTER = /^(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:\s*\([^()\n]{1,40}\))?\s*[—–:-]\s/;

/** Whether the span [start, end) of `text` is the place of a dateline at the start of a paragraph. */
export function isDateline(text: string, start: number, end: number): boolean {
  let p = start;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  if (p > 0 && text[p - 1] !== '\n') return false;
  return AFTER.test(text.slice(end, end + 60));
}
