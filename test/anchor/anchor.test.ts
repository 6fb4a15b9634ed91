import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Anchorer, anchorAll, spanText, toRange } from '@/lib/anchor/anchor';
import { normaliseText } from '@/lib/anchor/normalise';
import { makeSelector } from '@/lib/anchor/selector';
import { buildTextIndex } from '@/lib/anchor/text-index';

const page = `<!doctype html><html><head><title>t</title><style>.x{color:red}</style></head><body>
  <nav>Home <a href="/">World</a></nav>
  <article>
    <h1>Drone strike hits base near the border</h1>
    <p>A drone struck a <b>logistics</b> base in eastern Syria on Sunday, officials said.</p>
    <p>“We will respond,” the Pentagon spokesman told reporters in Washington.</p>
    <p hidden>Hidden text that no reader sees.</p>
    <script>var secret = "drone";</script>
    <p>Another drone was shot down. A drone struck again later, officials said.</p>
  </article></body></html>`;

// What an extractor would produce for the article above: paragraphs joined by blank lines.
const articleText = [
  'Drone strike hits base near the border',
  'A drone struck a logistics base in eastern Syria on Sunday, officials said.',
  '"We will respond," the Pentagon spokesman told reporters in Washington.',
  'Another drone was shot down. A drone struck again later, officials said.',
].join('\n\n');

function spanOf(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`missing ${needle}`);
  return { start, end: start + needle.length };
}

for (const [name, parse] of [
  ['jsdom', (html: string) => new JSDOM(html).window.document],
  ['linkedom', (html: string) => parseHTML(html).document as unknown as Document],
] as const) {
  describe(`anchoring on ${name}`, () => {
    it('skips script, style and hidden text and collapses whitespace', () => {
      const idx = buildTextIndex(parse(page).body);
      expect(idx.text).not.toContain('secret');
      expect(idx.text).not.toContain('Hidden text');
      expect(idx.text).toContain('A drone struck a logistics base');
      expect(idx.text).not.toMatch(/\s{2}/);
    });

    it('maps an exact quote across inline elements back to a DOM range', () => {
      const doc = parse(page);
      const sel = makeSelector(articleText, spanOf(articleText, 'struck a logistics base'));
      const [hit] = anchorAll(doc.body, [sel]);
      expect(hit ? spanText(hit.span) : '').toBe('struck a logistics base');
      expect(hit?.errors).toBe(0);
    });

    it('matches curly quotes against straight ones', () => {
      const doc = parse(page);
      const sel = makeSelector(articleText, spanOf(articleText, '"We will respond," the Pentagon'));
      const [hit] = anchorAll(doc.body, [sel]);
      expect(normaliseText((hit ? spanText(hit.span) : '') ?? '')).toBe('"We will respond," the Pentagon');
    });

    it('uses prefix and suffix to pick the right one of repeated phrases', () => {
      const doc = parse(page);
      const second = spanOf(articleText, 'A drone struck', articleText.indexOf('Another'));
      const [hit] = anchorAll(doc.body, [makeSelector(articleText, second)]);
      const para = hit?.span.startNode.parentElement;
      expect(para?.textContent).toContain('Another drone');
    });

    it('falls back to an approximate match when the page was edited slightly', () => {
      const doc = parse(page.replace('told reporters in Washington', 'told some reporters in Washington'));
      const sel = makeSelector(
        articleText,
        spanOf(articleText, 'the Pentagon spokesman told reporters in Washington'),
      );
      const [hit] = anchorAll(doc.body, [sel]);
      expect(hit).not.toBeNull();
      expect(hit?.errors).toBeGreaterThan(0);
      expect(hit ? spanText(hit.span) : '').toContain('Pentagon spokesman told');
    });

    it('returns null (an orphan) for text that is not on the page', () => {
      const doc = parse(page);
      const sel = makeSelector('Completely unrelated sentence about the weather in Oslo today.', {
        start: 0,
        end: 40,
      });
      expect(new Anchorer(doc.body).anchor(sel)).toBeNull();
    });
  });
}

describe('live ranges', () => {
  it('turns an anchored span into a Range whose text is the quote', () => {
    const doc = new JSDOM(page).window.document;
    const sel = makeSelector(articleText, spanOf(articleText, 'eastern Syria on Sunday'));
    const [hit] = anchorAll(doc.body, [sel]);
    expect(hit).not.toBeNull();
    expect(toRange(doc, hit!.span).toString()).toBe('eastern Syria on Sunday');
  });
});
