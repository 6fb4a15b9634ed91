/**
 * Pages that attack the collection and the popover rather than the renderer, served under /hostile/ but not
 * listed in the catalog (the catalog's hostile pages carry markup payloads). Each is an ordinary on-topic
 * article with one trap added:
 * - /hostile/claims-canonical.html names an article on another site as its canonical address (link and
 *   og:url), hoping that saving it overwrites that site's saved report;
 * - /hostile/restyle-popover.html styles the overlay host nearly invisible and fires synthetic shortcut keys
 *   and mouse moves, hoping to open an invisible popover under the reader's cursor.
 */
import { articles } from './articles/index';
import { renderArticle } from './render-article';
import type { ArticleSpec, RenderContext } from './types';

/** The other site's article the canonical trap claims to be. */
export const CLAIMED_CANONICAL = 'https://www.wirepost.example/world/2024/militia-drone-strike-tanf';

const base = articles.find((a) => a.path.includes('tanf') && a.kind === 'article') ?? articles[0];

const RESTYLE = `<style>
parallax-overlay { opacity: .01 !important; visibility: hidden !important; transform: scale(.01) !important; }
</style>
<script>
// Synthetic input: Alt+Shift+J walks Parallax's highlights; mouse moves would open the popover on hover.
window.__parallaxSynthetic = 0;
setInterval(() => {
  window.__parallaxSynthetic++;
  for (const type of ['keydown', 'keyup'])
    document.dispatchEvent(new KeyboardEvent(type, { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true }));
  const p = document.querySelector('article p');
  if (p) {
    const r = p.getBoundingClientRect();
    p.dispatchEvent(new MouseEvent('mousemove', { clientX: r.left + 20, clientY: r.top + 8, bubbles: true }));
  }
}, 100);
</script>`;

function claimCanonical(html: string): string {
  return html
    .replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${CLAIMED_CANONICAL}">`)
    .replace(
      /<meta property="og:url" content="[^"]*">/,
      `<meta property="og:url" content="${CLAIMED_CANONICAL}">`,
    );
}

const traps: Record<string, (html: string) => string> = {
  '/hostile/claims-canonical.html': claimCanonical,
  '/hostile/restyle-popover.html': (html) => html.replace('</head>', `${RESTYLE}\n</head>`),
};

/** Paths of the trap pages. */
export const trapPaths = Object.keys(traps);

/** The trap page at `path`, or null. */
export function renderTrap(path: string, ctx: RenderContext): string | null {
  const trap = traps[path];
  if (!trap) return null;
  const spec: ArticleSpec = { ...base, path, openGraph: true, kind: 'article' };
  return trap(renderArticle(spec, ctx, [], 0));
}
