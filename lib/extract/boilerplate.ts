import { parseDateLine } from './dates';

/** Dropping the page furniture Readability lets through: repeated captions, share bars, menus, photo credits. */

// Whole-paragraph UI labels and credit lines. Anchored and short, so a sentence that merely contains
// one of these words is never touched.
const UI_LINE =
  /^(advertisement|advertising|sponsored|caption|close|share|share this( article| story)?|sign in|log in|subscribe|newsletters?|read more|related|comments?|tags?|skip to (main )?content|image \d+ of \/? ?\d*|photo|video|(photo|image|picture|video)s?( credit)?:.{0,80}|(ap|afp|reuters|getty images)( photo)?(\/.{0,60})?|©.{0,80}|copyright.{0,80})$/i;

/** Word count of a paragraph. */
function words(p: string): number {
  return p.split(/\s+/).filter(Boolean).length;
}

// A "tiny" paragraph is a menu item or a tag: a few words and no sentence punctuation.
function isTiny(p: string): boolean {
  return words(p) <= 3 && !/[.!?:;"”]$/.test(p);
}

// Bylines and date lines at the top of the body are metadata, already kept in Article.byline/publishedTime.
function isHeaderLine(p: string): boolean {
  if (words(p) > 14) return false;
  return /^(?:[Bb]y|[Ww]ritten by|[Ff]rom)\s+\p{Lu}/u.test(p) || parseDateLine(p) !== null;
}

/** Removes boilerplate paragraphs; `url` lets a paragraph that is just the page address go too. */
export function dropBoilerplate(paras: string[], url = ''): string[] {
  const kept: string[] = [];
  let start = 0;
  while (start < Math.min(3, paras.length - 1) && isHeaderLine(paras[start])) start++;
  for (const p of paras.slice(start)) {
    // A paragraph straight after an identical one is a caption or credit printed twice, not prose.
    if (kept.length > 0 && kept[kept.length - 1] === p) continue;
    if (UI_LINE.test(p) || (url && p === url)) continue;
    kept.push(p);
  }
  // Runs of four or more tiny paragraphs are navigation or tag lists, not prose.
  const out: string[] = [];
  for (let i = 0; i < kept.length; ) {
    let j = i;
    while (j < kept.length && isTiny(kept[j])) j++;
    if (j - i >= 4) i = j;
    else {
      if (j === i) j = i + 1;
      for (; i < j; i++) out.push(kept[i]);
    }
  }
  return out.length > 0 ? out : kept;
}
