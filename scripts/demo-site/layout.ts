import { escAttr, escText } from './html';
import { type Outlet, outlets } from './outlets';
import type { OutletId } from './types';

/** What a page puts inside the outlet's chrome. */
export interface ShellParts {
  /** Plain text; escaped here. */
  title: string;
  /** Already-escaped extra <head> markup (metadata). */
  head?: string;
  /** Already-escaped main column. */
  main: string;
  /** Already-escaped sidebar. */
  aside?: string;
}

function header(o: Outlet): string {
  const nav = o.sections
    .map(
      (s) => `<li><a href="/${o.id}/section/${s.toLowerCase().replace(/\s+/g, '-')}">${escText(s)}</a></li>`,
    )
    .join('');
  return `<header class="site-header"><div class="wrap">
<a class="brand" href="/">${escText(o.name)}</a><p class="tagline">${escText(o.tagline)}</p>
<nav class="site-nav" aria-label="Sections"><ul>${nav}<li><a href="/">Home</a></li></ul></nav>
</div></header>`;
}

function cookieBanner(o: Outlet): string {
  // A CSS-only banner: the demo pages carry no scripts of their own, so any execution a test sees is real.
  return `<input type="checkbox" id="cookie-ok" class="cookie-toggle" aria-label="Accept cookies">
<div class="cookie-banner" role="region" aria-label="Cookie notice"><p>${escText(o.name)} uses cookies to measure readership and remember your preferences. Manage choices in Privacy settings.</p><label for="cookie-ok">Accept all</label></div>`;
}

function footer(o: Outlet): string {
  return `<footer class="site-footer"><div class="wrap">
<nav aria-label="Footer"><a href="/${o.id}/about">About us</a> · <a href="/${o.id}/contact">Contact</a> · <a href="/${o.id}/corrections">Corrections</a> · <a href="/${o.id}/privacy">Privacy</a> · <a href="/${o.id}/terms">Terms</a></nav>
<p>© 2024 ${escText(o.name)}. All rights reserved.</p>
<p class="demo-note">A fictional outlet on the Parallax demo site, served locally for testing.</p>
</div></footer>`;
}

/** An advertisement placeholder, the way real pages reserve ad slots. */
export function adSlot(kind: string): string {
  return `<div class="ad ad-${kind}" aria-label="Advertisement">Advertisement</div>`;
}

/** The newsletter sign-up box most news pages carry. */
export function newsletterBox(o: Outlet): string {
  return `<section class="newsletter" aria-label="Newsletter"><h2>The ${escText(o.name)} Briefing</h2>
<p>The day's most important stories, in your inbox every morning.</p>
<form action="/subscribe" method="post"><input type="email" name="email" placeholder="you@example.com" aria-label="Email address"> <button type="submit">Sign up</button></form></section>`;
}

/** Wraps a page in its outlet's chrome: head, cookie banner, header, ad slots, sidebar, footer. */
export function renderShell(id: OutletId, parts: ShellParts): string {
  const o = outlets[id];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escText(parts.title)}</title>
<link rel="stylesheet" href="/assets/${id}.css"><link rel="icon" href="/assets/icon-${id}.svg" type="image/svg+xml">
${parts.head ?? ''}</head><body class="outlet-${id}${o.dark ? ' theme-dark' : ''}">
${cookieBanner(o)}
${header(o)}
<div class="wrap">${adSlot('leaderboard')}
<div class="layout"><main id="main">${parts.main}</main>
<aside class="rail" aria-label="More from ${escAttr(o.name)}">${parts.aside ?? ''}${adSlot('rail')}</aside></div></div>
${footer(o)}
</body></html>
`;
}
