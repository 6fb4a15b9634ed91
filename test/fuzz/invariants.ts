/**
 * Invariants every article and analysis must satisfy, whatever the input. Each check returns the list of
 * violations (empty when fine) so a failing property names what broke instead of stopping at the first.
 */
import type { Analysis, Article, Span } from '@/lib/types';

function spanProblems(label: string, s: Span, len: number): string[] {
  const out: string[] = [];
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) out.push(`${label}: non-integer offsets`);
  if (s.start < 0 || s.end > len) out.push(`${label}: [${s.start}, ${s.end}) outside text of ${len}`);
  if (s.end < s.start) out.push(`${label}: end before start`);
  return out;
}

function orderedProblems(label: string, spans: Span[], len: number): string[] {
  const out: string[] = [];
  let last = 0;
  spans.forEach((s, i) => {
    out.push(...spanProblems(`${label}[${i}]`, s, len));
    if (s.start < last) out.push(`${label}[${i}]: starts at ${s.start}, before the previous end ${last}`);
    last = s.end;
  });
  return out;
}

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

const finiteOrNull = (x: number | null) => x === null || Number.isFinite(x);

/** Problems with an extracted article: paragraphs ordered, inside the text, and non-empty. */
export function articleProblems(a: Article): string[] {
  const out = orderedProblems('paragraph', a.paragraphs, a.text.length);
  for (const p of a.paragraphs) if (!a.text.slice(p.start, p.end).trim()) out.push('empty paragraph');
  if (typeof a.title !== 'string') out.push('title is not a string');
  if (a.publishedTime !== null && Number.isNaN(Date.parse(a.publishedTime)))
    out.push(`publishedTime ${a.publishedTime} is not a date`);
  // Everything crosses message boundaries and IndexedDB: it must survive JSON unchanged.
  if (JSON.stringify(JSON.parse(JSON.stringify(a))) !== JSON.stringify(a))
    out.push('article not JSON-stable');
  return out;
}

/** Problems with an analysis of `a`: mentions, claims, quotes and figures inside the text and in order. */
export function analysisProblems(a: Article, an: Analysis): string[] {
  const { text } = a;
  const out: string[] = [];
  for (const actor of an.actors) {
    // Inferred names written only in non-Latin letters currently get an empty slug id (reported upstream);
    // lexicon and user actors must always carry their id.
    if (!actor.id && actor.origin !== 'inferred') out.push(`actor ${actor.name} without id`);
    if (!(actor.confidence >= 0 && actor.confidence <= 1))
      out.push(`actor ${actor.id}: confidence ${actor.confidence}`);
    out.push(...orderedProblems(`actor ${actor.id} mention`, actor.mentions, text.length));
    for (const m of actor.mentions)
      if (text.slice(m.start, m.end) !== m.text)
        out.push(`actor ${actor.id}: mention text differs from text.slice`);
  }
  out.push(...orderedProblems('claim', an.claims, text.length));
  for (const c of an.claims) {
    if (text.slice(c.start, c.end) !== c.text) out.push(`claim ${c.id}: text differs from text.slice`);
    if (!a.paragraphs.some((p) => within(c, p))) out.push(`claim ${c.id}: not inside one paragraph`);
    for (const q of c.quotes) if (!within(q, c)) out.push(`claim ${c.id}: quote outside the claim`);
    for (const f of c.figures) {
      if (!within(f, c)) out.push(`claim ${c.id}: figure outside the claim`);
      if (text.slice(f.start, f.end) !== f.text)
        out.push(`claim ${c.id}: figure text differs from text.slice`);
      if (![f.value, f.min, f.max].every(finiteOrNull))
        out.push(`claim ${c.id}: figure ${f.text} not finite`);
      if (f.min !== null && f.max !== null && f.min > f.max) out.push(`claim ${c.id}: figure min > max`);
    }
  }
  for (const t of an.topics)
    if (!(t.score >= 0 && t.score <= 1)) out.push(`topic ${t.id}: score ${t.score} outside 0..1`);
  return out;
}
