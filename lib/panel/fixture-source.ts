/**
 * Fixture mode: an in-memory panel source over the fixture collection. Saving, deleting and undo really
 * change the in-memory collection, so every control behaves as it would against the store.
 */
import { storyMarkdown } from '@/lib/store/markdown';
import type { TopicProfile } from '@/lib/types';
import { fixtureReport } from './fixture-articles';
import type { PanelFixture } from './fixtures';
import { topicFrom } from './follow';
import type { PanelSnapshot, PanelSource } from './source';

/** A panel source backed by fixture data; `onOpen` receives URLs the panel asks to open. */
export function createFixtureSource(
  fixture: PanelFixture,
  onOpen: (url: string) => void = () => {},
): PanelSource {
  let snap: PanelSnapshot = {
    tabId: fixture.tabId,
    tabState: fixture.tabState,
    reports: fixture.reports,
    storageBytes: JSON.stringify(fixture.reports).length,
    versions: [],
  };
  const listeners = new Set<() => void>();
  const topics: TopicProfile[] = [];
  const trash = new Map<string, (typeof fixture.reports)[number]>();
  const set = (next: Partial<PanelSnapshot>) => {
    snap = { ...snap, ...next };
    const reports = snap.reports ?? [];
    snap.storageBytes = JSON.stringify(reports).length;
    for (const l of listeners) l();
  };
  const reports = () => snap.reports ?? [];
  return {
    get: () => snap,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    dispose: () => listeners.clear(),
    actions: {
      analyze: async () => ({ ok: true, value: true }),
      async save() {
        const state = snap.tabState;
        if (!state?.article || !state.analysis)
          return { ok: false, error: 'This page has no article to save.' };
        const a = state.article;
        const existing = reports().find((r) => r.canonicalUrl === a.canonicalUrl);
        if (existing) return { ok: true, value: { id: existing.id, created: false } };
        const { actors, claims } = state.analysis;
        const report = fixtureReport(
          `r-${reports().length + 1}`,
          { article: a, actors, claims },
          new Date().toISOString(),
        );
        set({ reports: [report, ...reports()] });
        return { ok: true, value: { id: report.id, created: true } };
      },
      async remove(id) {
        const r = reports().find((x) => x.id === id);
        if (!r) return { ok: false, error: 'That report is no longer in the collection.' };
        trash.set(id, r);
        set({ reports: reports().filter((x) => x.id !== id) });
        return { ok: true, value: id };
      },
      async undoRemove(id) {
        const r = trash.get(id);
        if (!r) return { ok: false, error: 'Nothing to undo.' };
        trash.delete(id);
        set({ reports: [r, ...reports()] });
        return { ok: true, value: true };
      },
      scrollTo: async () => ({ ok: true, value: true }),
      open: onOpen,
      async exportJson() {
        const text = JSON.stringify(
          { format: 'parallax-collection', version: 1, reports: reports() },
          null,
          2,
        );
        return { ok: true, value: { name: 'parallax-collection.json', text } };
      },
      async exportStory(ids, label) {
        const text = storyMarkdown(
          reports().filter((r) => ids.includes(r.id)),
          label,
        );
        return { ok: true, value: { name: 'story.md', text } };
      },
      async follow(ids, withTab, label) {
        const topic = topicFrom(
          withTab ? snap.tabState : null,
          reports().filter((r) => ids.includes(r.id)),
          label,
        );
        if (!topic) return { ok: false, error: 'There is no article to build a topic from.' };
        topics.push(topic);
        return { ok: true, value: { topicId: topic.id } };
      },
      importJson: async () => ({ ok: false, error: 'Import is not available in fixture mode.' }),
    },
  };
}
