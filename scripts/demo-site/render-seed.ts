import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { escAttr, escText } from './html';
import { HTML, notFound, type RouteResult } from './not-found';

/** Where the shared corpus lives: ../shared/corpus beside the repo root. Read at request time, never copied. */
export const seedsDir = resolve(import.meta.dirname, '../../../shared/corpus/seeds');

/** A seed report parsed from its plain-text file. */
export interface SeedReport {
  title: string | null;
  /** ISO date or date-time, only when the text states one. */
  publishedTime: string | null;
  paragraphs: string[];
}

// Longer first lines are prose, not a headline (two seeds start straight with the body).
const MAX_TITLE = 180;

/** Parses a seed: title on the first line, paragraphs separated by blank lines (or by single lines). */
export function parseSeed(raw: string): SeedReport {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const first = (lines[0] ?? '').trim();
  const title = first.length > 0 && first.length <= MAX_TITLE ? first : null;
  const rest = title ? lines.slice(1) : lines;
  let publishedTime: string | null = null;
  const paragraphs: string[] = [];
  for (const line of rest.map((l) => l.trim())) {
    if (!line || line === title) continue;
    // A bare image URL is page furniture; printing it would only add an off-site address to the page.
    if (/^https?:\/\/\S+$/.test(line)) continue;
    const stamp = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2})h(\d{2})$/.exec(line);
    if (stamp && !publishedTime) {
      publishedTime = `${stamp[3]}-${stamp[2]}-${stamp[1]}T${stamp[4]}:${stamp[5]}:00`;
      continue;
    }
    const prefixed = /^date (\d{4}-\d{2}-\d{2}) (.*)$/.exec(line);
    if (prefixed && !publishedTime) {
      publishedTime = prefixed[1];
      paragraphs.push(prefixed[2]);
      continue;
    }
    paragraphs.push(line);
  }
  return { title, publishedTime, paragraphs };
}

function renderSeedPage(id: string, seed: SeedReport): string {
  const heading = seed.title ?? `Report ${id}`;
  const time = seed.publishedTime
    ? `<p class="meta">Published <time datetime="${escAttr(seed.publishedTime)}">${escText(seed.publishedTime.replace('T', ' '))}</time></p>`
    : '';
  const body = seed.paragraphs.map((p) => `<p>${escText(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escText(heading)}</title>
<style>body{font-family:Georgia,serif;max-width:720px;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#222;background:#fff}header,footer{font-family:Arial,sans-serif;font-size:.85rem;color:#555}</style>
</head><body>
<header><a href="/">Parallax demo site</a> · Seed report ${escText(id)}</header>
<main><article><h1>${escText(heading)}</h1>
${time}
${body}
</article></main>
<footer><p>Rendered at request time from the shared corpus; not part of the demo site's own content.</p></footer>
</body></html>
`;
}

/** Renders /seeds/NNN from ../shared/corpus/seeds at request time; 404 with a reason otherwise. */
export function renderSeedRoute(path: string, dir: string = seedsDir): RouteResult {
  const m = /^\/seeds\/(\d{3})$/.exec(path);
  if (!m) return notFound(path, 'Seed pages live at /seeds/000 to /seeds/004.');
  if (!existsSync(dir))
    return notFound(path, `Seed pages need the shared corpus, which was not found at ${dir}.`);
  const file = readdirSync(dir).find((f) => f.startsWith(`${m[1]}_`) && f.endsWith('.txt'));
  if (!file) return notFound(path, `There is no seed ${m[1]} in ${dir}.`);
  const seed = parseSeed(readFileSync(resolve(dir, file), 'utf8'));
  return { status: 200, type: HTML, body: renderSeedPage(m[1], seed) };
}
