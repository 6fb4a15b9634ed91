import '@/components/panel.css';
import { render } from 'preact';
import { Panel } from '@/components/Panel';
import { type DeriveFn, inlineDerive, workerDerive } from '@/lib/panel/derive-client';
import { createLiveSource } from '@/lib/panel/live-source';
import type { PanelSource } from '@/lib/panel/source';

// Fixture mode needs no browser API at all, so it is decided before anything touches `browser`.
async function pickSource(params: URLSearchParams): Promise<PanelSource> {
  if (params.has('fixture')) {
    const [{ buildPanelFixture }, { createFixtureSource }] = await Promise.all([
      import('@/lib/panel/fixtures'),
      import('@/lib/panel/fixture-source'),
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
