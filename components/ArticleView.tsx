import {
  articleStatus,
  extractionNote,
  orphanClaims,
  primaryTopic,
  topicReasonText,
} from '@/lib/panel/article-view';
import { formatDate, knownDate, metaLine, plural } from '@/lib/panel/format';
import { displayHost } from '@/lib/panel/safe-url';
import type { NoteTarget } from '@/lib/store/notes';
import { claimNote } from '@/lib/store/notes';
import type { Actor, Claim, PageState, Report, ReportNotes } from '@/lib/types';
import { ActorChips } from './ActorChips';
import { ClaimGroups, ClaimItem } from './ClaimGroups';
import { ClaimTools } from './ClaimTools';
import { DensityControl } from './DensityControl';
import { EmptyState } from './EmptyState';
import { NoteEditor } from './NoteEditor';

/** Props of the "This article" view. */
export interface ArticleViewProps {
  state: PageState | null | undefined;
  saved: Report | null;
  sameTextAs: Report | null;
  versions: { savedAt: string; summary: string }[];
  busy: boolean;
  hasCollection: boolean;
  onAnalyze: () => void;
  onSave: () => void;
  onUnsave: (id: string) => void;
  onActor: (a: Actor) => void;
  onClaim: (c: Claim) => void;
  /** The saved report's notes (null when the article is not saved). */
  notes: ReportNotes | null;
  onNote: (target: NoteTarget, note: string) => void;
  density: 'calm' | 'full';
  onDensity: (d: 'calm' | 'full') => void;
}

/** The "This article" view: the article card, or the state that explains why there is none. */
export function ArticleView(p: ArticleViewProps) {
  if (p.state === undefined) return <EmptyState title="Reading this tab…" />;
  const status = articleStatus(p.state);
  if (status === 'not-run' || !p.state)
    return (
      <EmptyState title="Parallax hasn't run on this tab yet">
        <p>Analyse the page to see who is named and who said what.</p>
        <button type="button" class="px-btn px-btn-primary" onClick={p.onAnalyze} disabled={p.busy}>
          {p.busy ? 'Analysing…' : 'Analyse this page'}
        </button>
      </EmptyState>
    );
  if (status === 'skipped')
    return (
      <EmptyState title="Parallax skipped this page">
        <p>{p.state.skipped}</p>
      </EmptyState>
    );
  if (status === 'deferred')
    return (
      <EmptyState title="Not on a topic you follow">
        <p>
          On sites you enabled, Parallax reads articles on your topics without asking. This one it only
          checked; it is being read now that the panel is open.
        </p>
        <button type="button" class="px-btn px-btn-primary" onClick={p.onAnalyze} disabled={p.busy}>
          {p.busy ? 'Analysing…' : 'Analyse this article'}
        </button>
      </EmptyState>
    );
  if (status === 'not-article' || !p.state.article)
    return (
      <EmptyState title="This page isn't an article">
        <p>Open a news article and click the Parallax button.</p>
      </EmptyState>
    );
  const { article, analysis } = p.state;
  const topic = analysis ? primaryTopic(analysis.topics) : null;
  const orphans = orphanClaims(p.state);
  const extracted = extractionNote(p.state);
  const placed = analysis?.claims.filter((c) => !p.state?.orphans.includes(c.id)) ?? [];
  return (
    <div>
      <article class="px-card" aria-labelledby="px-article-title">
        <div class="px-meta">
          {metaLine(
            article.siteName || displayHost(article.url),
            knownDate(article.publishedTime),
            article.byline,
          )}
        </div>
        <h2 id="px-article-title" class="px-title">
          {article.title}
        </h2>
        {topic && (
          <p>
            <span class={`px-badge ${topic.match ? 'px-badge-ok' : ''}`}>
              {topic.match
                ? `On topic: ${topic.label} (${Math.round(topic.score * 100)}% match)`
                : `Not on a followed topic (closest: ${topic.label})`}
            </span>
            {topic.reasons.length > 0 && <span class="px-meta"> — {topicReasonText(topic)}</span>}
          </p>
        )}
        <div class="px-row">
          {p.saved ? (
            <>
              <span class="px-badge px-badge-ok">Saved {formatDate(p.saved.savedAt)}</span>
              <button
                type="button"
                class="px-btn"
                onClick={() => p.saved && p.onUnsave(p.saved.id)}
                disabled={p.busy}
              >
                Unsave
              </button>
            </>
          ) : (
            <button
              type="button"
              class="px-btn px-btn-primary"
              onClick={p.onSave}
              disabled={p.busy || !analysis}
            >
              {p.busy ? 'Saving…' : 'Save to collection'}
            </button>
          )}
        </div>
        {p.sameTextAs && (
          <p class="px-notice">
            Same text as “{p.sameTextAs.title}” ({p.sameTextAs.outlet}) already in your collection.
          </p>
        )}
        {!p.hasCollection && !p.saved && (
          <p class="px-meta">Nothing saved yet — save this article to start your collection.</p>
        )}
        {p.saved ? (
          <NoteEditor
            note={p.notes?.report ?? ''}
            label="note on this report"
            onSave={(n) => p.onNote({ kind: 'report' }, n)}
          />
        ) : (
          <p class="px-meta">Save it to add notes to the report and its claims.</p>
        )}
      </article>
      <DensityControl density={p.density} onChange={p.onDensity} />
      {analysis && (
        <>
          <h2>Named actors · {analysis.actors.length}</h2>
          <ActorChips actors={analysis.actors} onPick={p.onActor} />
          <h2>Claims by source · {placed.length}</h2>
          <ClaimGroups
            claims={placed}
            onPick={p.onClaim}
            tools={(c) => (
              <ClaimTools
                claim={c}
                cited={{
                  outlet: article.siteName || displayHost(article.url),
                  title: article.title,
                  publishedTime: article.publishedTime,
                  url: article.canonicalUrl || article.url,
                }}
                note={p.saved ? claimNote(p.notes, c) : null}
                onNote={(n) => p.onNote({ kind: 'claim', id: c.id, text: c.text }, n)}
              />
            )}
          />
        </>
      )}
      {orphans.length > 0 && (
        <>
          <h2>Couldn't find these in the page · {orphans.length}</h2>
          <p class="px-meta">
            The page changed since it was analysed; these claims are kept but not highlighted.
          </p>
          <ul class="px-list">
            {orphans.map((c) => (
              <li key={c.id}>
                <ClaimItem claim={c} />
              </li>
            ))}
          </ul>
        </>
      )}
      {p.versions.length > 0 && (
        <>
          <h2>Earlier versions of this page · {p.versions.length}</h2>
          <ul class="px-list">
            {p.versions.map((v) => (
              <li key={v.savedAt}>
                <span class="px-meta">{formatDate(v.savedAt)}</span> {v.summary}
              </li>
            ))}
          </ul>
        </>
      )}
      {p.state.detection.signals.length > 0 && (
        <p class="px-meta">
          Detected as an article ({plural(p.state.detection.signals.length, 'signal')}:{' '}
          {p.state.detection.signals.join(', ')}).
        </p>
      )}
      {extracted && <p class="px-meta px-extraction">{extracted}</p>}
    </div>
  );
}
