import type { ActorRef, ReportDiff } from '@/lib/compare/types';
import { formatSource, plural } from '@/lib/panel/format';
import type { Claim } from '@/lib/types';
import { ClaimItem } from './ClaimGroups';
import { FigureDiscrepancy } from './FigureDiscrepancy';
import { QuoteDiff } from './QuoteDiff';

function ClaimSection(props: { title: string; claims: Claim[]; open?: boolean }) {
  if (props.claims.length === 0) return null;
  return (
    <details class="px-section" open={props.open}>
      <summary>
        {props.title} ({props.claims.length})
      </summary>
      <ul class="px-list">
        {props.claims.map((c) => (
          <li key={c.id}>
            <ClaimItem claim={c} />
          </li>
        ))}
      </ul>
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

/** Everything that differs between the current report and one other: discrepancies first. */
export function DiffDetails(props: { diff: ReportDiff; otherOutlet: string }) {
  const d = props.diff;
  const there = props.otherOutlet;
  return (
    <div>
      {d.changedFigures.length > 0 && (
        <>
          <h2>Figures that disagree · {d.changedFigures.length}</h2>
          {d.changedFigures.map((c, i) => (
            <FigureDiscrepancy key={i} change={c} otherOutlet={there} />
          ))}
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
      {d.rewordedQuotes.length > 0 && (
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
          {d.rewordedQuotes.map((q, i) => (
            <div key={i} class="px-card">
              <div class="px-meta">{formatSource(q.hereClaim.source)}</div>
              <QuoteDiff parts={q.diff} />
            </div>
          ))}
        </>
      )}
      {d.attributionShifts.length > 0 && (
        <>
          <h2>Attribution shifts · {d.attributionShifts.length}</h2>
          <ul class="px-list">
            {d.attributionShifts.map((s, i) => (
              <li key={i}>
                <div>{s.here.text}</div>
                <div class="px-meta">
                  here: <strong>{formatSource(s.hereSource)}</strong> · {there}:{' '}
                  <strong>{formatSource(s.thereSource)}</strong>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Claims</h2>
      <p class="px-meta">
        {plural(d.sharedClaims.length, 'claim')} in both, {d.newClaims.length} only here,{' '}
        {d.missingClaims.length} only in {there}.
      </p>
      <ClaimSection title="Only here" claims={d.newClaims} open />
      <ClaimSection title={`Only in ${there}`} claims={d.missingClaims} open />
      <ClaimSection title="In both" claims={d.sharedClaims.map((p) => p.here)} />
      {(d.actorsOnlyHere.length > 0 || d.actorsOnlyThere.length > 0) && <h2>Actors</h2>}
      <ActorList label="Only here" actors={d.actorsOnlyHere} />
      <ActorList label={`Only in ${there}`} actors={d.actorsOnlyThere} />
    </div>
  );
}
