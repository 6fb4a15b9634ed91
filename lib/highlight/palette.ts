import type { HighlightCategory } from '@/lib/types';

/** Every category Parallax can highlight, in drawing order (claims last so their underline sits on top). */
export const CATEGORIES: HighlightCategory[] = [
  'person',
  'organization',
  'state',
  'armed_group',
  'place',
  'media',
  'claim',
];

/** Whether the page under the highlights is light or dark. */
export type Scheme = 'light' | 'dark';

type Rgb = [number, number, number];

// Okabe–Ito hues: distinguishable with the common colour-vision deficiencies.
const HUES: Record<HighlightCategory, Rgb> = {
  person: [230, 159, 0],
  organization: [86, 180, 233],
  state: [0, 158, 115],
  armed_group: [213, 94, 0],
  place: [240, 228, 66],
  media: [204, 121, 167],
  claim: [0, 114, 178],
};

/** The tint for an actor category: translucent, so the page's own text colour stays readable. */
export function tint(category: HighlightCategory, scheme: Scheme): string {
  const [r, g, b] = HUES[category];
  // Yellow is the lightest hue: on a light page it needs more opacity to be seen at all.
  const alpha = scheme === 'light' ? (category === 'place' ? 0.5 : 0.32) : 0.45;
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The underline colour for claims: dark blue on light pages, sky blue on dark ones. */
export function claimLine(scheme: Scheme): string {
  return scheme === 'light' ? 'rgb(0, 114, 178)' : 'rgb(86, 180, 233)';
}

/** The solid hue of a category, for legends and chip dots that must match the page's tints. */
export function swatch(category: HighlightCategory, scheme: Scheme): string {
  if (category === 'claim') return claimLine(scheme);
  const [r, g, b] = HUES[category];
  return `rgb(${r}, ${g}, ${b})`;
}

/**
 * The palette as CSS custom properties (`--actor-<category>`), light by default and dark under
 * `prefers-color-scheme`, so extension pages' chips and the page's tints share one source.
 */
export function paletteCss(): string {
  const vars = (scheme: Scheme) => CATEGORIES.map((c) => `--actor-${c}: ${swatch(c, scheme)};`).join(' ');
  return `:root { ${vars('light')} }\n@media (prefers-color-scheme: dark) { :root { ${vars('dark')} } }`;
}

/** Parses `rgb()`/`rgba()` as getComputedStyle reports it; null for transparent or unknown. */
export function parseColour(css: string): Rgb | null {
  const m = css.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  if (alpha < 0.5) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Light or dark, from the first opaque background among `el` and its ancestors (white when none is). */
export function schemeOf(el: Element | null): Scheme {
  const view = el?.ownerDocument.defaultView;
  for (let e = el; e && view; e = e.parentElement) {
    const rgb = parseColour(view.getComputedStyle(e).backgroundColor);
    if (rgb) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
