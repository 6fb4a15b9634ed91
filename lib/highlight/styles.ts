import { CATEGORIES, claimLine, type Scheme, tint } from './palette';

/** Name of the CSS highlight (and fallback mark attribute value) for a category. */
export function highlightName(category: string): string {
  return `parallax-${category.replace('_', '-')}`;
}

/** The flash shown on scroll-to. */
export const FLASH = 'flash';

/** Stylesheet text for both the Custom Highlight API and the `<mark>` fallback. */
export function highlightCss(scheme: Scheme): string {
  // The neutral mark rule comes first so the category rules (same specificity) win.
  const rules = ['mark[data-parallax] { background-color: transparent; color: inherit; padding: 0; }'];
  for (const c of CATEGORIES) {
    const name = highlightName(c);
    const decl =
      c === 'claim'
        ? `text-decoration: underline dotted 2px ${claimLine(scheme)}; text-underline-offset: 4px;`
        : `background-color: ${tint(c, scheme)};`;
    rules.push(`::highlight(${name}) { ${decl} }`);
    rules.push(`mark[data-parallax~="${name}"] { ${decl} color: inherit; }`);
  }
  const flash = scheme === 'light' ? 'rgba(240, 228, 66, 0.9)' : 'rgba(230, 159, 0, 0.8)';
  rules.push(`::highlight(${highlightName(FLASH)}) { background-color: ${flash}; color: #000; }`);
  rules.push(`mark[data-parallax~="${highlightName(FLASH)}"] { background-color: ${flash}; color: #000; }`);
  return rules.join('\n');
}

/**
 * Adds the stylesheet to the document, through `adoptedStyleSheets` when possible so the page's DOM is
 * not touched, else a `<style>` element. Returns the function that removes it.
 */
export function installStyles(doc: Document, css: string): () => void {
  const view = doc.defaultView;
  try {
    if (view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // Firefox content scripts may not share constructed sheets with the page (Xray wrappers): fall through.
  }
  const style = doc.createElement('style');
  style.dataset.parallax = 'styles';
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
