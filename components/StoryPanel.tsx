import { plural } from '@/lib/panel/format';
import { storyTitle } from '@/lib/panel/story-view';
import type { StoryView } from '@/lib/panel/view-types';
import { CoverageTable } from './CoverageTable';
import { EmptyState } from './EmptyState';
import { FigureTimeline } from './FigureTimeline';
import { ProvenanceList } from './ProvenanceList';

/** The Story tab: pick a story (the tab's own first), then provenance, coverage and timeline. */
export function StoryPanel(props: {
  stories: StoryView[] | undefined;
  currentStoryId: string | null;
  names: Map<string, string>;
  onFollow: (view: StoryView) => void;
  onExport: (view: StoryView) => void;
  picked: string | null;
  onPick: (id: string) => void;
}) {
  const { picked, onPick: setPicked } = props;
  if (props.stories === undefined) return <EmptyState title="Grouping your reports into stories…" />;
  if (props.stories.length === 0)
    return (
      <EmptyState title="No stories yet">
        <p>Save two or more reports about the same event and they will be grouped into a story here.</p>
      </EmptyState>
    );
  const id = picked ?? props.currentStoryId ?? props.stories[0].story.id;
  const view = props.stories.find((s) => s.story.id === id) ?? props.stories[0];
  return (
    <div>
      <label class="px-field">
        Story
        <select value={view.story.id} onChange={(e) => setPicked((e.target as HTMLSelectElement).value)}>
          {props.stories.map((s) => (
            <option key={s.story.id} value={s.story.id}>
              {storyTitle(s)} ({plural(s.story.reportIds.length, 'report')})
              {s.story.id === props.currentStoryId ? ' · this article' : ''}
            </option>
          ))}
        </select>
      </label>
      <p class="px-meta">Grouped by: {view.story.label}</p>
      <div class="px-row" style={{ marginTop: '0.6rem' }}>
        <button type="button" class="px-btn px-btn-primary" onClick={() => props.onFollow(view)}>
          Follow this story
        </button>
        <button type="button" class="px-btn" onClick={() => props.onExport(view)}>
          Export as Markdown
        </button>
      </div>
      <h2>Who reported first</h2>
      <ProvenanceList entries={view.provenance} names={props.names} />
      <h2>Coverage</h2>
      <CoverageTable matrix={view.coverage} names={props.names} />
      <h2>Timeline</h2>
      <FigureTimeline timeline={view.timeline} names={props.names} />
    </div>
  );
}
