import { parseDateLine } from '@/lib/text/dates';

/** Dropping the page furniture Readability lets through: captions, credits, share bars, menus, promos. */

// Whole-paragraph UI labels. Anchored and short, so a sentence that merely contains one of these words
// is never touched.
const UI_LINE =
  /^(advert|advertisement|advertising|sponsored|caption|close|share|share this( article| story)?|sign in|log in|subscribe|newsletters?|read more|comments?|tags?|skip to (main )?content|image \d+ of \/? ?\d*|photo|video|loading( content)?( \.\.\.|…)?|post comment( \(\+\))?|this slideshow requires javascript\.?|©.{0,80}|copyright.{0,80})$/i;

// Photo credits and caption labels: "Image copyright Getty Images", "(Image: NASA)", "Credit...Jane Doe/Agency",
// "Jane Doe | Getty Images".
const CREDIT_START =
  /^\(?(image|photo|picture|media|video)s?( copyright| caption| credit)?\s*[:\s]|^credit\s*(\.\.\.|:|…)/i;
const CREDIT_END =
  /(getty images|shutterstock|\bap( photo)?|reuters|afp|\bepa\b|bloomberg|associated press|getty|istock)\s*\)?$/i;

// In-body promotions that point elsewhere: "Read more: …", "Related post: …", "Also on …".
const PROMO_START =
  /^(read more|read also|related( post| article| story| coverage)?|also on \S+|see also|more)\s*[:|]/i;

// Headings after which a page lists other stories: everything from there on is dropped.
const TAIL_MARKER =
  /^(related( news| stories| articles| posts| content| coverage)?|you may also like|you might also like|more great .{1,30} stories|trending( now| stories)?|popular( this week| now)?|most (read|popular|viewed)|recent (articles|posts)|recommended( for you| stories)?|more from .{1,40}|more stories|more:|further reading|latest news)\s*:?$/i;

// Calls to action that close many pages.
const CALL_TO_ACTION =
  /\b(subscribe|sign up|newsletter|click here|follow (us|\w+) on|cookies|share it with a friend|have a tip\?)/i;

/** Word count of a paragraph. */
function words(p: string): number {
  return p.split(/\s+/).filter(Boolean).length;
}

// A "tiny" paragraph is a menu item or a tag: a few words and no sentence punctuation.
function isTiny(p: string): boolean {
  return words(p) <= 3 && !/[.!?:;"”]$/.test(p);
}

const MONTH_WORD =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

// Bylines, date lines and section labels at the top of the body: metadata, kept in Article.byline/publishedTime.
function isHeaderLine(p: string): boolean {
  if (words(p) > 14) return false;
  if (/^(?:[Bb]y|[Ww]ritten by|[Ff]rom|[Pp]osted by)\s+\p{Lu}/u.test(p) || parseDateLine(p) !== null)
    return true;
  if (/^(published|updated|posted|first published|last updated)\b/i.test(p)) return true;
  if (MONTH_WORD.test(p) && words(p) <= 8 && !/[.!?"”]$/.test(p)) return true;
  return isTiny(p);
}

function isCredit(p: string): boolean {
  if (words(p) > 10 && !/^(image|media) caption\b/i.test(p)) return false;
  return CREDIT_START.test(p) || (words(p) <= 8 && CREDIT_END.test(p) && !/[.!?"”]$/.test(p));
}

function dropTinyRuns(paras: string[]): string[] {
  // Runs of four or more tiny paragraphs are navigation or tag lists, not prose.
  const out: string[] = [];
  for (let i = 0; i < paras.length; ) {
    let j = i;
    while (j < paras.length && isTiny(paras[j])) j++;
    if (j - i >= 4) i = j;
    else {
      if (j === i) j = i + 1;
      for (; i < j; i++) out.push(paras[i]);
    }
  }
  return out;
}

function trimTail(paras: string[]): string[] {
  let end = paras.length;
  const cut = paras.findIndex((p, i) => i >= paras.length / 2 && words(p) <= 8 && TAIL_MARKER.test(p));
  if (cut > 0) end = cut;
  while (end > 1) {
    const p = paras[end - 1];
    if (words(p) <= 40 && !/["“”]/.test(p) && CALL_TO_ACTION.test(p)) end--;
    else if (isTiny(p)) end--;
    else break;
  }
  return paras.slice(0, end);
}

/** Removes boilerplate paragraphs; `url` lets a paragraph that is just the page address go too. */
export function dropBoilerplate(paras: string[], url = ''): string[] {
  const runsGone = dropTinyRuns(paras);
  let start = 0;
  while (start < Math.min(4, runsGone.length - 1) && isHeaderLine(runsGone[start])) start++;
  const kept: string[] = [];
  for (const p of runsGone.slice(start)) {
    // A paragraph straight after an identical one is a caption or credit printed twice, not prose.
    if (kept.length > 0 && kept[kept.length - 1] === p) continue;
    if (UI_LINE.test(p) || (url && p === url) || isCredit(p) || PROMO_START.test(p)) continue;
    kept.push(p);
  }
  const out = trimTail(kept);
  return out.length > 0 ? out : paras;
}
