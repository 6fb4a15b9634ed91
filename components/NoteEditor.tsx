import { useState } from 'preact/hooks';

/** A note shown as text with an Edit button, or edited in a textarea; an empty note removes it. */
export function NoteEditor(props: { note: string; label: string; onSave: (note: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(props.note);
  if (!editing)
    return (
      <div class="px-note-view">
        {props.note && <p class="px-note">{props.note}</p>}
        <button
          type="button"
          class="px-btn-link"
          onClick={() => {
            setDraft(props.note);
            setEditing(true);
          }}
          aria-label={`${props.note ? 'Edit' : 'Add'} ${props.label}`}
        >
          {props.note ? 'Edit note' : 'Add note'}
        </button>
      </div>
    );
  const done = (save: boolean) => {
    if (save) props.onSave(draft);
    setEditing(false);
  };
  return (
    <div class="px-note-edit">
      <label class="px-field">
        {props.label[0].toUpperCase() + props.label.slice(1)}
        <textarea
          rows={3}
          value={draft}
          ref={(el) => el?.focus()}
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') done(false);
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) done(true);
          }}
        />
      </label>
      <div class="px-row">
        <button type="button" class="px-btn px-btn-primary" onClick={() => done(true)}>
          Save note
        </button>
        <button type="button" class="px-btn" onClick={() => done(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
