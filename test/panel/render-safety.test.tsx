// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '@/components/Panel';
import { QuoteDiff } from '@/components/QuoteDiff';
import { createFixtureSource } from '@/test/fixtures/panel/fixture-source';
import { buildPanelFixture } from '@/test/fixtures/panel/fixtures';

const HOSTILE = '<img src=x onerror="window.__parallaxPwned=1"><script>window.__parallaxPwned=2</script>';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('page-derived text is rendered as text', () => {
  it('shows a hostile title, actor name and quote as literal text, with no elements created', async () => {
    const fx = buildPanelFixture();
    const article = fx.tabState.article!;
    fx.tabState = {
      ...fx.tabState,
      article: { ...article, title: HOSTILE, byline: HOSTILE },
      analysis: {
        ...fx.tabState.analysis!,
        actors: fx.tabState.analysis!.actors.map((a, i) => (i === 0 ? { ...a, name: HOSTILE } : a)),
      },
    };
    fx.reports[0] = {
      ...fx.reports[0],
      title: HOSTILE,
      canonicalUrl: 'javascript:alert(1)',
      urls: ['javascript:alert(1)'],
    };
    const root = mount(<Panel source={createFixtureSource(fx)} initialTab="article" />);
    expect(root.querySelector('#px-article-title')?.textContent).toBe(HOSTILE);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.textContent).toContain(HOSTILE);
    const collection = root.querySelector<HTMLButtonElement>('#tab-collection')!;
    await act(async () => collection.click());
    expect(root.textContent).toContain(HOSTILE);
    expect(root.querySelectorAll('img, script, a[href^="javascript"]')).toHaveLength(0);
    // The javascript: report gets no Open button at all.
    const openButtons = [...root.querySelectorAll('button')].filter((b) => b.textContent === 'Open');
    expect(openButtons).toHaveLength(fx.reports.length - 1);
    expect((window as unknown as { __parallaxPwned?: unknown }).__parallaxPwned).toBeUndefined();
  });

  it('renders word-diff parts as text nodes inside ins/del', () => {
    const root = mount(
      <QuoteDiff
        parts={[
          { value: 'we will ', added: false, removed: false },
          { value: HOSTILE, added: true, removed: false },
        ]}
      />,
    );
    expect(root.querySelector('ins')?.textContent).toBe(`inserted: ${HOSTILE}`);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
  });
});
