import type { ActorInfo, ClaimInfo, PopoverEntry } from '@/lib/panel/popover-model';
import { TYPE_LABELS } from '@/lib/panel/popover-model';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function ActorBlock({ e }: { e: ActorInfo }) {
  return (
    <section class="px-entry">
      <p class="px-kind">{TYPE_LABELS[e.type]}</p>
      <p class="px-name">{e.name}</p>
      <p>Mentioned {plural(e.mentions, 'time')} here.</p>
      <p>
        {e.savedReports === null
          ? 'Saved reports: not checked yet.'
          : e.savedReports === 0
            ? 'Not in any of your saved reports.'
            : `Also in ${plural(e.savedReports, 'saved report')}.`}
      </p>
    </section>
  );
}

function sourceLine(e: ClaimInfo): string {
  const s = e.source;
  if (s.kind === 'none' || !s.name) return 'No source given';
  const kind = s.kind === 'unnamed' ? ' (unnamed)' : s.kind === 'outlet' ? ' (outlet)' : '';
  return `${s.name}${kind}`;
}

function ClaimBlock({ e }: { e: ClaimInfo }) {
  const a = e.agreement;
  return (
    <section class="px-entry">
      <p class="px-kind">Claim</p>
      <p>
        <span class="px-label">Source: </span>
        {sourceLine(e)}
      </p>
      {e.figures.length > 0 && (
        <p>
          <span class="px-label">Figures: </span>
          {e.figures.map((f) => f.text).join(', ')}
        </p>
      )}
      {e.note && (
        <p class="px-note">
          <span class="px-label">Your note: </span>
          {e.note}
        </p>
      )}
      <p>
        {a === null
          ? 'Saved reports: not checked yet.'
          : a.agree + a.disagree === 0
            ? 'No saved report states this.'
            : `${plural(a.agree, 'saved report')} agree${a.disagree ? `, ${a.disagree} disagree on figures` : ''}.`}
      </p>
    </section>
  );
}

/** The in-page popover: what Parallax knows about the highlighted actor(s) and claim under the pointer. */
export function Popover(props: {
  entries: PopoverEntry[];
  saved: boolean;
  /** When Parallax already runs by itself on this site, "Run on this site…" is not offered. */
  siteEnabled: boolean;
  /** Where keyboard stepping is: "3 of 17". */
  step: { index: number; total: number } | null;
  status: string;
  onSave: () => void;
  onEnableSite: () => void;
  onClose: () => void;
}) {
  return (
    <div class="px-pop" role="dialog" aria-label="Parallax" tabIndex={-1}>
      {props.step && (
        <p class="px-step">
          {props.step.index} of {props.step.total}
          <span class="px-hint"> · Alt+Shift+J next, K previous</span>
        </p>
      )}
      {props.entries.map((e) =>
        e.kind === 'actor' ? (
          <ActorBlock key={`a${e.name}`} e={e} />
        ) : (
          <ClaimBlock key={`c${e.text}`} e={e} />
        ),
      )}
      <div class="px-actions">
        <button type="button" onClick={(e) => e.isTrusted && props.onSave()} disabled={props.saved}>
          {props.saved ? 'Saved to collection' : 'Save to collection'}
        </button>
        {!props.siteEnabled && (
          <button type="button" onClick={props.onEnableSite} title="Run Parallax by itself on this site">
            Run on this site…
          </button>
        )}
        <button type="button" onClick={props.onClose} aria-label="Close">
          Close
        </button>
      </div>
      {props.status && (
        <p class="px-status" role="status">
          {props.status}
        </p>
      )}
    </div>
  );
}
