import { useMemo, useState } from 'preact/hooks';
import { useDerived } from '@/components/hooks/use-derived';
import { usePanelSnapshot } from '@/components/hooks/use-source';
import { fromPageState } from '@/lib/compare/comparable';
import { inlineDerive } from '@/lib/panel/derive-client';
import { savedReportFor } from '@/lib/panel/saved-match';
import type { PanelSource } from '@/lib/panel/source';
import { reportNames } from '@/lib/panel/story-view';
import { toSummary } from '@/lib/panel/summaries';
import type { DeriveFn, ReportSummary } from '@/lib/panel/view-types';
import type { Report } from '@/lib/types';
import { ArticleView } from './ArticleView';
import { CollectionView } from './CollectionView';
import { CompareView } from './CompareView';
import { downloadText } from './download';
import { PaletteStyle } from './PaletteStyle';
import { StoryPanel } from './StoryPanel';
import { TabPanel, Tabs } from './Tabs';
import { Toast } from './Toast';

type TabKey = 'article' | 'compare' | 'story' | 'collection';

/** The side panel: four tabs over one panel source (live or fixture). */
export function Panel(props: { source: PanelSource; initialTab?: TabKey; derive?: DeriveFn }) {
  const snap = usePanelSnapshot(props.source);
  const actions = props.source.actions;
  const [tab, setTab] = useState<TabKey>(props.initialTab ?? 'article');
  const [busy, setBusy] = useState(false);
  const [storyId, setStoryId] = useState<string | null>(null);
  const [toast, setToast] = useState<{ message: string; undoId?: string } | null>(null);
  const [sameTextAs, setSameTextAs] = useState<string | null>(null);
  const reports = snap.reports;
  const saved = savedReportFor(snap.tabState, reports);
  const current = useMemo(
    () => (snap.tabState ? fromPageState(snap.tabState, saved?.id ?? 'current') : null),
    [snap.tabState, saved?.id],
  );
  const derived = useDerived(props.derive ?? inlineDerive, snap.tabState, reports, saved?.id);
  const related = derived.output?.related;
  const stories = derived.output?.stories;
  const names = useMemo(
    () => reportNames([...(reports ?? []), ...(current ? [current] : [])], saved?.id ?? 'current'),
    [reports, current, saved?.id],
  );
  const currentStoryId =
    stories?.find((s) => s.story.reportIds.includes(saved?.id ?? 'current'))?.story.id ?? null;
  const summaries = useMemo(
    () => reports?.map((r) => toSummary(r, snap.notes?.get(r.id))),
    [reports, snap.notes],
  );
  const byId = (id: string | null | undefined): Report | null =>
    (id && reports?.find((r) => r.id === id)) || null;
  const run = async <T,>(f: () => Promise<T>) => {
    setBusy(true);
    try {
      return await f();
    } finally {
      setBusy(false);
    }
  };
  const report = (r: { ok: boolean; error?: string }, okMessage?: string) => {
    if (!r.ok) setToast({ message: r.error ?? 'Something went wrong.' });
    else if (okMessage) setToast({ message: okMessage });
  };
  const remove = async (r: Pick<ReportSummary, 'id' | 'title'>) => {
    const res = await actions.remove(r.id);
    if (!res.ok) return report(res);
    setToast({ message: `Deleted “${r.title}”.`, undoId: res.value ?? undefined });
  };
  const tabs = [
    { key: 'article' as const, label: 'This article', short: 'Article' },
    { key: 'compare' as const, label: 'Compare', count: related?.length },
    { key: 'story' as const, label: 'Story' },
    { key: 'collection' as const, label: 'Collection', count: reports?.length },
  ];
  return (
    <div class="px-app">
      <PaletteStyle />
      <header class="px-header">
        <div class="px-header-row">
          <h1>Parallax</h1>
          <span class="px-meta">Stays on this device</span>
        </div>
        <Tabs tabs={tabs} selected={tab} onSelect={setTab} label="Parallax views" />
      </header>
      {derived.error && (
        <p class="px-error" role="alert">
          {derived.error}
        </p>
      )}
      {snap.error && (
        <p class="px-error" role="alert">
          {snap.error}
        </p>
      )}
      <main>
        <TabPanel tabKey={tab}>
          {tab === 'article' && (
            <ArticleView
              state={snap.tabState}
              saved={saved}
              sameTextAs={byId(sameTextAs ?? saved?.sameTextAs)}
              versions={snap.versions}
              busy={busy}
              hasCollection={(reports?.length ?? 0) > 0}
              onAnalyze={() => run(actions.analyze).then((r) => report(r))}
              onSave={() =>
                run(actions.save).then((r) => {
                  report(r, r.ok && !r.value.created ? 'Already in your collection.' : undefined);
                  if (r.ok) setSameTextAs(r.value.sameTextAs ?? null);
                })
              }
              onUnsave={() => saved && remove(saved)}
              onActor={(a) => actions.scrollTo({ kind: 'actor', id: a.id }).then((r) => report(r))}
              onClaim={(c) => actions.scrollTo({ kind: 'claim', id: c.id }).then((r) => report(r))}
              notes={(saved && snap.notes?.get(saved.id)) || null}
              onNote={(target, note) =>
                saved && void actions.setNote(saved.id, target, note).then((r) => report(r))
              }
              density={snap.density ?? 'calm'}
              onDensity={(d) => void actions.setDensity(d).then((r) => report(r))}
            />
          )}
          {tab === 'compare' && (
            <CompareView
              current={current}
              related={related}
              collectionSize={reports?.length ?? 0}
              onOpen={actions.open}
              names={names}
            />
          )}
          {tab === 'story' && (
            <StoryPanel
              stories={stories}
              currentStoryId={currentStoryId}
              names={names}
              picked={storyId}
              onPick={setStoryId}
              onFollow={(v) => {
                const ids = v.story.reportIds.filter((id) => id !== 'current');
                void actions
                  .follow(ids, ids.length < v.story.reportIds.length, v.story.label)
                  .then((r) => report(r, `Following “${v.story.label}”. Manage topics in the options page.`));
              }}
              onExport={(v) =>
                void actions
                  .exportStory(
                    v.story.reportIds.filter((id) => id !== 'current'),
                    v.story.label,
                  )
                  .then((r) => (r.ok ? downloadText(r.value.name, r.value.text, 'text/markdown') : report(r)))
              }
            />
          )}
          {tab === 'collection' && (
            <CollectionView
              reports={summaries}
              storageBytes={snap.storageBytes}
              onOpen={actions.open}
              onDelete={remove}
              stories={stories}
              onShowStory={(id) => {
                setStoryId(id);
                setTab('story');
              }}
              exportJson={actions.exportJson}
              importJson={actions.importJson}
            />
          )}
        </TabPanel>
      </main>
      {toast && (
        <Toast
          message={toast.message}
          actionLabel={toast.undoId ? 'Undo' : undefined}
          onAction={() => {
            const id = toast.undoId;
            setToast(null);
            if (id) void actions.undoRemove(id).then((r) => report(r, 'Restored.'));
          }}
          onClose={() => setToast(null)}
        />
      )}
    </div>
  );
}
