import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { anchorAll, toRange } from '@/lib/anchor/anchor';
import { makeSelector } from '@/lib/anchor/selector';
import { createHighlighter, type HighlightItem, supportedMode } from '@/lib/highlight/highlighter';
import { luminance, parseColour, schemeOf } from '@/lib/highlight/palette';
import { highlightCss } from '@/lib/highlight/styles';

const html = `<!doctype html><html><head></head><body><article>
<p>Defense Secretary Lloyd Austin said <em>Kataib Hezbollah</em> was behind the attack on Tower 22.</p>
<p>The group denied it in a statement.</p></article></body></html>`;

function setup() {
  const doc = new JSDOM(html).window.document;
  const text = doc.body.textContent ?? '';
  const at = (needle: string) => {
    const start = text.indexOf(needle);
    const [hit] = anchorAll(doc.body, [makeSelector(text, { start, end: start + needle.length })]);
    if (!hit) throw new Error(`no anchor for ${needle}`);
    return toRange(doc, hit.span);
  };
  const items: HighlightItem[] = [
    {
      key: 'claim:c1',
      category: 'claim',
      range: at('Lloyd Austin said Kataib Hezbollah was behind the attack'),
    },
    { key: 'actor:austin:0', category: 'person', range: at('Lloyd Austin') },
    { key: 'actor:kh:0', category: 'armed_group', range: at('Kataib Hezbollah') },
  ];
  return { doc, items };
}

describe('highlighter, <mark> fallback (jsdom has no CSS.highlights)', () => {
  it('chooses the fallback when the API is missing', () => {
    expect(supportedMode(new JSDOM(html).window.document)).toBe('marks');
  });

  it('wraps claims and actors, nesting actors inside claims, without changing the text', () => {
    const { doc, items } = setup();
    const before = doc.body.textContent;
    const h = createHighlighter(doc, doc.body, 'marks');
    h.set(items);
    expect(doc.body.textContent).toBe(before);
    const texts = (sel: string) => [...doc.querySelectorAll(sel)].map((m) => m.textContent).join('');
    expect(texts('mark[data-parallax~="parallax-person"]')).toBe('Lloyd Austin');
    // An actor inside a claim carries both names, so both styles (tint and underline) apply.
    expect(
      doc.querySelector('mark[data-parallax~="parallax-person"]')?.getAttribute('data-parallax'),
    ).toContain('parallax-claim');
    expect(texts('mark[data-parallax~="parallax-claim"]')).toBe(
      'Lloyd Austin said Kataib Hezbollah was behind the attack',
    );
    expect(doc.querySelectorAll('mark[data-parallax~="parallax-armed-group"]').length).toBe(1);
  });

  it('toggles one category and everything, and restores the exact DOM on destroy', () => {
    const { doc, items } = setup();
    const original = doc.body.innerHTML;
    const h = createHighlighter(doc, doc.body, 'marks');
    h.set(items);
    h.setToggles({ enabled: true, categories: { person: false } });
    expect(doc.querySelectorAll('mark[data-parallax~="parallax-person"]').length).toBe(0);
    expect(doc.querySelectorAll('mark[data-parallax~="parallax-claim"]').length).toBeGreaterThan(0);
    h.setToggles({ enabled: false, categories: {} });
    expect(doc.querySelectorAll('mark[data-parallax~="parallax-claim"]').length).toBe(0);
    h.setToggles({ enabled: true, categories: { person: true } });
    expect(doc.querySelectorAll('mark[data-parallax~="parallax-person"]').length).toBe(1);
    h.destroy();
    expect(doc.body.innerHTML).toBe(original);
    expect(doc.querySelectorAll('style[data-parallax]').length).toBe(0);
  });

  it('hit-tests a point to the actor and the claim around it, actor first', () => {
    const { doc, items } = setup();
    const h = createHighlighter(doc, doc.body, 'marks');
    h.set(items);
    const node = doc.querySelector('mark[data-parallax~="parallax-person"]')?.firstChild as Text;
    const keys = h.itemsAt(node, 2).map((i) => i.key);
    expect(keys).toEqual(['actor:austin:0', 'claim:c1']);
    const outside = doc.querySelectorAll('p')[1].firstChild as Text;
    expect(h.itemsAt(outside, 3)).toEqual([]);
  });

  it('flashes a range and removes the flash afterwards', async () => {
    const { doc, items } = setup();
    const h = createHighlighter(doc, doc.body, 'marks');
    h.set(items);
    h.flash(items[2].range, 20);
    expect(doc.querySelector('mark[data-parallax~="parallax-flash"]')?.textContent).toBe('Kataib Hezbollah');
    await new Promise((r) => setTimeout(r, 40));
    expect(doc.querySelectorAll('mark[data-parallax~="parallax-flash"]').length).toBe(0);
  });
});

describe('palette', () => {
  it('reads computed colours and tells light from dark pages', () => {
    expect(parseColour('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance(parseColour('rgb(255, 255, 255)')!)).toBeCloseTo(1);
    const dark = new JSDOM('<body style="background-color: rgb(18, 18, 18)"><p>x</p></body>').window.document;
    expect(schemeOf(dark.querySelector('p'))).toBe('dark');
    const light = new JSDOM('<body style="background-color: #fafafa"><p>x</p></body>').window.document;
    expect(schemeOf(light.querySelector('p'))).toBe('light');
  });

  it('styles every category for both schemes, claims as underline', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const css = highlightCss(scheme);
      expect(css).toMatch(/::highlight\(parallax-claim\) \{ text-decoration: underline dotted/);
      for (const c of ['person', 'organization', 'state', 'armed-group', 'place', 'media'])
        expect(css).toContain(`::highlight(parallax-${c}) { background-color: rgba(`);
    }
  });
});
