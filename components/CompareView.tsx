import { useState } from 'preact/hooks';
import type { ComparableReport } from '@/lib/compare/types';
import { comparisonMarkdown } from '@/lib/panel/compare-markdown';
import type { RelatedView } from '@/lib/panel/view-types';
import { DiffDetails } from './DiffDetails';
import { downloadText } from './download';
import { EmptyState } from './EmptyState';
import { RelatedCard } from './RelatedCard';
import { SideBySide } from './SideBySide';

/** The Compare view: related reports ranked, the selected one's differences, and a side-by-side picker. */
export function CompareView(props: {
  current: ComparableReport | null;
  related: RelatedView[] | undefined;
  collectionSize: number;
  onOpen: (url: string) => void;
  names: Map<string, string>;
}) {
  const [selected, setSelected] = useState(0);
  const [sideBySide, setSideBySide] = useState(false);
  if (!props.current)
    return (
      <EmptyState title="No article to compare">
        <p>
          Open a news article and click the Parallax button; its comparison with your saved reports shows
          here.
        </p>
      </EmptyState>
    );
  if (props.related === undefined) return <EmptyState title="Comparing with your collection…" />;
  if (props.collectionSize === 0)
    return (
      <EmptyState title="Nothing saved yet">
        <p>
          Save this article to start your collection; later reports on the same story will be compared with
          it.
        </p>
      </EmptyState>
    );
  if (props.related.length === 0)
    return (
      <EmptyState title="No related reports saved">
        <p>None of your saved reports share enough actors or claims with this one.</p>
      </EmptyState>
    );
  const related = props.related;
  const sel = related[Math.min(selected, related.length - 1)];
  const name = (id: string, outlet: string) => props.names.get(id) ?? outlet;
  return (
    <div>
      <h2>Related reports · {props.related.length}</h2>
      {props.related.map((v, i) => (
        <div key={v.related.report.id}>
          {/* Group headings: the same incident first, then the story's other events. */}
          {(i === 0 || related[i - 1].group !== v.group) && (
            <h3 class="px-related-group" data-group={v.group}>
              {v.group === 'event' ? 'Same event' : 'Earlier in this story'} ·{' '}
              {related.filter((x) => x.group === v.group).length}
            </h3>
          )}
          <RelatedCard view={v} selected={v === sel} onSelect={() => setSelected(i)} onOpen={props.onOpen} />
          {v === sel && (
            <section
              class="px-card"
              aria-label={`Differences with ${name(v.related.report.id, v.related.report.outlet)}`}
            >
              <h3>This article vs {name(v.related.report.id, v.related.report.outlet)}</h3>
              <DiffDetails
                diff={v.diff}
                otherOutlet={name(v.related.report.id, v.related.report.outlet)}
                onExport={() => {
                  const here = props.current;
                  if (!here) return;
                  const md = comparisonMarkdown(here, v.related.report, v.diff, {
                    here: 'This article',
                    there: name(v.related.report.id, v.related.report.outlet),
                  });
                  downloadText(
                    `comparison-${v.related.report.outlet.replace(/\W+/g, '-').toLowerCase()}.md`,
                    md,
                    'text/markdown',
                  );
                }}
              />
            </section>
          )}
        </div>
      ))}
      <h2>Side by side</h2>
      {sideBySide ? (
        <SideBySide
          reports={[props.current, ...props.related.map((v) => v.related.report)]}
          names={props.names}
        />
      ) : (
        <button type="button" class="px-btn" onClick={() => setSideBySide(true)}>
          Pick two reports to read side by side
        </button>
      )}
    </div>
  );
}
