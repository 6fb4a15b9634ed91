import { paletteCss } from '@/lib/highlight/palette';

const CSS = paletteCss();

/** The highlight palette as CSS variables, from the same source as the page's tints, so chips are a legend. */
export function PaletteStyle() {
  return <style>{CSS}</style>;
}
