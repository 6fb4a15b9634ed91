import type { OutletId } from './types';

const base = `*{box-sizing:border-box}body{margin:0;line-height:1.6}
a{color:inherit}.wrap{max-width:1080px;margin:0 auto;padding:0 16px}
.site-header{padding:12px 0;border-bottom:1px solid var(--rule)}.brand{font-size:2rem;font-weight:700;text-decoration:none}
.tagline{margin:0;font-size:.85rem;opacity:.75}.site-nav ul{list-style:none;display:flex;gap:18px;padding:0;margin:8px 0 0}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:32px;margin-top:24px}
@media (max-width:800px){.layout{grid-template-columns:1fr}}
.ad{border:1px dashed var(--rule);text-align:center;padding:28px 8px;font-size:.75rem;letter-spacing:.1em;text-transform:uppercase;opacity:.7;margin:16px 0}
.kicker{text-transform:uppercase;font-size:.8rem;font-weight:700;color:var(--accent);margin:0}
h1{font-size:2.3rem;line-height:1.15;margin:.2em 0}.standfirst{font-size:1.2rem;opacity:.85}
.byline,.dateline-meta{font-size:.9rem;margin:2px 0}.story-body{font-size:1.1rem;margin-top:16px}
.story-body h2{font-size:1.35rem}.figure-art{margin:16px 0}.figure-art figcaption{font-size:.8rem;opacity:.75}
.related ul,.headlines{list-style:none;padding:0}.related li{margin:0 0 10px}
.newsletter,.sources{border:1px solid var(--rule);padding:16px;margin:24px 0}
.newsletter input{padding:6px;width:60%}.comments{margin:32px 0}.comment{border-top:1px solid var(--rule);padding:8px 0}
.comment .who{font-weight:700}.site-footer{margin-top:48px;padding:24px 0;border-top:3px solid var(--accent);font-size:.85rem}
.cookie-toggle{position:absolute;left:-9999px}.cookie-banner{position:fixed;bottom:0;left:0;right:0;padding:12px 16px;background:var(--banner);color:var(--banner-ink);z-index:10;display:flex;gap:16px;align-items:center}
.cookie-toggle:checked+.cookie-banner{display:none}.cookie-banner label{border:1px solid currentColor;padding:4px 12px;cursor:pointer}
.teaser{border-bottom:1px solid var(--rule);padding:12px 0}.teaser h3{margin:0 0 4px}.teaser p{margin:0}
.demo-note{opacity:.7;font-size:.75rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.infobox,.sidebar{border:1px solid var(--rule);font-size:.85rem;margin:16px 0}.infobox th{text-align:left;vertical-align:top;padding-right:8px}
.sidebar{padding:8px 12px}.sidebar ul,.navbox ul,.toc ol ol{list-style:none;padding:0;margin:0}.sidebar-heading{font-weight:700}
.navbox{border:1px solid var(--rule);font-size:.85rem;margin:16px 0}.navbox li{display:inline}.navbox li+li::before{content:" · "}
.navbox-title{text-align:center}.navbox-group{text-align:right;padding-right:8px;white-space:nowrap}.navbar{float:left}
.references,.notelist,.further{font-size:.85rem}.hatnote{font-style:italic;font-size:.9rem;margin-bottom:8px}
.mw-editsection{font-size:.75rem;font-weight:400;opacity:.7}.wikitable{border-collapse:collapse;font-size:.9rem}.wikitable th,.wikitable td{border:1px solid var(--rule);padding:4px 8px}`;

const themes: Record<OutletId, string> = {
  ledger: `:root{--rule:#d8d2c4;--accent:#1d3557;--banner:#1d3557;--banner-ink:#fff}
body{background:#fbf8f1;color:#1a1a1a;font-family:Georgia,'Times New Roman',serif}.brand{font-family:Georgia,serif;color:#1d3557}`,
  harbor: `:root{--rule:#c9d6e3;--accent:#0066b3;--banner:#eef4fa;--banner-ink:#102030}
body{background:#fff;color:#102030;font-family:Arial,Helvetica,sans-serif}.brand{color:#0066b3;letter-spacing:-.02em}
.site-header{background:#0066b3}.site-header .brand,.site-header a,.tagline{color:#fff}`,
  dispatch: `:root{--rule:#3a3f4b;--accent:#f2b632;--banner:#000;--banner-ink:#eee}
body{background:#14161b;color:#e6e6e6;font-family:'Helvetica Neue',Arial,sans-serif}a{color:#9cc8ff}.brand{color:#f2b632}`,
  northgate: `:root{--rule:#e0e0e0;--accent:#c8102e;--banner:#222;--banner-ink:#fff}
body{background:#fff;color:#222;font-family:Verdana,Geneva,sans-serif}.site-header{border-top:6px solid #c8102e}
.brand{color:#c8102e;text-transform:uppercase}h1{font-family:Impact,'Arial Narrow',sans-serif;font-weight:400}`,
};

/** The stylesheet served at /assets/<outlet>.css: shared layout plus the outlet's theme. */
export function outletCss(id: OutletId): string {
  return `${base}\n${themes[id]}\n`;
}

/** A small local SVG mark per outlet, used as favicon and masthead art (no remote images). */
export function outletIcon(id: OutletId): string {
  const colour = { ledger: '#1d3557', harbor: '#0066b3', dispatch: '#f2b632', northgate: '#c8102e' }[id];
  const letter = { ledger: 'M', harbor: 'H', dispatch: 'C', northgate: 'N' }[id];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${colour}"/><text x="16" y="23" font-size="20" text-anchor="middle" fill="#fff" font-family="Georgia,serif">${letter}</text></svg>`;
}
