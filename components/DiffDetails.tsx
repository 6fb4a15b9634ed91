import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ActorRef, ReportDiff } from '@/lib/compare/types';
import { formatSource, plural } from '@/lib/panel/format';
import type { Claim } from '@/lib/types';
import { ClaimItem } from './ClaimGroups';
import { FigureDiscrepancy } from './FigureDiscrepancy';
import { QuoteDiff } from './QuoteDiff';

/** Items shown before a list collapses behind "Show all". */
const FIRST = 5;

type Kind = 'all' | 'figures' | 'quotes' | 'attributions' | 'here' | 'there';

/** A list that shows its first few items and a button for the rest, with the count. */
function Collapsed<T>(props: {
  items: T[];
  render: (item: T, i: number) => ComponentChildren;
  what: string;
  /** Items are list items: wrap them in a list, the button after it. */
  list?: boolean;
}) {
  const [all, setAll] = useState(false);
  const shown = (all ? props.items : props.items.slice(0, FIRST)).map(props.render);
  return (
    <>
      {props.list ? <ul class="px-list">{shown}</ul> : shown}
      {props.items.length > FIRST && (
        <button type="button" class="px-btn px-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show fewer ${props.what}` : `Show all ${props.items.length} ${props.what}`}
        </button>
      )}
    </>
  );
}

function ClaimSection(props: { title: string; claims: Claim[]; open?: boolean }) {
  if (props.claims.length === 0) return null;
  return (
    <details class="px-section" open={props.open}>
      <summary>
        {props.title} ({props.claims.length})
      </summary>
      <Collapsed
        items={props.claims}
        what="claims"
        list
        render={(c) => (
          <li key={c.id}>
            <ClaimItem claim={c} />
          </li>
        )}
      />
    </details>
  );
}

function ActorList(props: { label: string; actors: ActorRef[] }) {
  if (props.actors.length === 0) return null;
  return (
    <p>
      <strong>{props.label}:</strong> {props.actors.map((a) => a.name).join(', ')}
    </p>
  );
}

/** Everything that differs between the current report and one other: discrepancies first, filterable by kind. */
export function DiffDetails(props: { diff: ReportDiff; otherOutlet: string; onExport?: () => void }) {
  const d = props.diff;
  const there = props.otherOutlet;
  const [kind, setKind] = useState<Kind>('all');
  const kinds: [Kind, string, number][] = [
    ['all', 'All', -1],
    ['figures', 'Figures', d.changedFigures.length],
    ['quotes', 'Quotes', d.rewordedQuotes.length],
    ['attributions', 'Attributions', d.attributionShifts.length],
    ['here', 'Only here', d.newClaims.length],
    ['there', `Only in ${there}`, d.missingClaims.length],
  ];
  const show = (k: Kind) => kind === 'all' || kind === k;
  return (
    <div>
      <fieldset class="px-filter">
        <legend class="px-sr">Show differences of one kind</legend>
        {kinds.map(([k, label, n]) => (
          <button
            key={k}
            type="button"
            class="px-filter-btn"
            aria-pressed={kind === k}
            disabled={n === 0}
            onClick={() => setKind(k)}
          >
            {label}
            {n >= 0 && <span class="px-count"> {n}</span>}
          </button>
        ))}
      </fieldset>
      {show('figures') && d.changedFigures.length > 0 && (
        <>
          <h2>Figures that disagree · {d.changedFigures.length}</h2>
          <Collapsed
            items={d.changedFigures}
            what="figures"
            render={(c, i) => <FigureDiscrepancy key={i} change={c} otherOutlet={there} />}
          />
        </>
      )}
      {(d.developments?.length ?? 0) > 0 && (
        <>
          <h2>Developments since (another event of the story) · {d.developments.length}</h2>
          {d.developments.map((c, i) => (
            <FigureDiscrepancy key={i} change={c} otherOutlet={there} />
          ))}
        </>
      )}
      {show('quotes') && d.rewordedQuotes.length > 0 && (
        <>
          <h2>Reworded quotes · {d.rewordedQuotes.length}</h2>
          <p class="px-legend">
            <span>
              <ins class="px-ins">inserted</ins> only here
            </span>
            <span>
              <del class="px-del">deleted</del> only in {there}
            </span>
          </p>
          <Collapsed
            items={d.rewordedQuotes}
            what="quotes"
            render={(q, i) => (
              <div key={i} class="px-card">
                <div class="px-meta">{formatSource(q.hereClaim.source)}</div>
                <QuoteDiff parts={q.diff} />
              </div>
            )}
          />
        </>
      )}
      {show('attributions') && d.attributionShifts.length > 0 && (
        <>
          <h2>Attribution shifts · {d.attributionShifts.length}</h2>
          <Collapsed
            items={d.attributionShifts}
            what="shifts"
            list
            render={(s, i) => (
              <li key={i}>
                <div>{s.here.text}</div>
                <div class="px-meta">
                  here: <strong>{formatSource(s.hereSource)}</strong> · {there}:{' '}
                  <strong>{formatSource(s.thereSource)}</strong>
                </div>
              </li>
            )}
          />
        </>
      )}
      {(show('here') || show('there')) && (
        <>
          <h2>Claims</h2>
          <p class="px-meta">
            {plural(d.sharedClaims.length, 'claim')} in both, {d.newClaims.length} only here,{' '}
            {d.missingClaims.length} only in {there}.
          </p>
          {show('here') && <ClaimSection title="Only here" claims={d.newClaims} open />}
          {show('there') && <ClaimSection title={`Only in ${there}`} claims={d.missingClaims} open />}
          {kind === 'all' && <ClaimSection title="In both" claims={d.sharedClaims.map((p) => p.here)} />}
        </>
      )}
      {kind === 'all' && (d.actorsOnlyHere.length > 0 || d.actorsOnlyThere.length > 0) && <h2>Actors</h2>}
      {kind === 'all' && <ActorList label="Only here" actors={d.actorsOnlyHere} />}
      {kind === 'all' && <ActorList label={`Only in ${there}`} actors={d.actorsOnlyThere} />}
      {props.onExport && (
        <button type="button" class="px-btn" onClick={props.onExport}>
          Export this comparison as Markdown
        </button>
      )}
    </div>
  );
}
