import { useState } from 'preact/hooks';
import { type CitedReport, claimCitation } from '@/lib/panel/citation';
import type { Claim } from '@/lib/types';
import { NoteEditor } from './NoteEditor';

/** Under a claim: copy it as a citation, and (on a saved report) its note. */
export function ClaimTools(props: {
  claim: Claim;
  cited: CitedReport;
  note: string | null;
  onNote?: (note: string) => void;
}) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard
      .writeText(claimCitation(props.claim, props.cited))
      .then(() => {
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      })
      .catch(() => undefined);
  return (
    <div class="px-claim-tools">
      <button type="button" class="px-btn-link" onClick={copy} aria-label="Copy this claim as a citation">
        {copied ? 'Copied' : 'Copy citation'}
      </button>
      {props.onNote && props.note !== null && (
        <NoteEditor note={props.note} label="note on this claim" onSave={props.onNote} />
      )}
    </div>
  );
}
