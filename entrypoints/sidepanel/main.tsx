import '@/components/panel.css';
import { render } from 'preact';
import { Panel } from '@/components/Panel';
import { createLiveSource } from '@/lib/ext/panel/live-source';
import { inlineDerive, workerDerive } from '@/lib/panel/derive-client';
import type { PanelSource } from '@/lib/panel/source';
import type { DeriveFn } from '@/lib/panel/view-types';

// Fixture mode (test copy only) needs no browser API at all, so it is decided before anything touches `browser`.
async function pickSource(params: URLSearchParams): Promise<PanelSource> {
  if (import.meta.env.PARALLAX_PANEL_FIXTURE && params.has('fixture')) {
    const [{ buildPanelFixture }, { createFixtureSource }] = await Promise.all([
      import('@/test/fixtures/panel/fixtures'),
      import('@/test/fixtures/panel/fixture-source'),
    ]);
    return createFixtureSource(buildPanelFixture(), (url) => window.open(url, '_blank', 'noopener'));
  }
  const pinned = params.get('tabId');
  return createLiveSource(pinned ? Number(pinned) : null);
}

function pickDerive(): DeriveFn {
  try {
    return workerDerive(new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return inlineDerive;
  }
}

const params = new URLSearchParams(location.search);
const tab = params.get('tab');
void pickSource(params).then((source) => {
  const initial = tab === 'compare' || tab === 'story' || tab === 'collection' ? tab : 'article';
  render(
    <Panel source={source} initialTab={initial} derive={pickDerive()} />,
    document.getElementById('app')!,
  );
});
