import { useState } from 'preact/hooks';
import type { Result } from '@/lib/types';
import { downloadText } from './download';

/** Export to a JSON file and import from one, with progress and readable errors. */
export function ImportExport(props: {
  exportJson: () => Promise<Result<{ name: string; text: string }>>;
  importJson: (
    text: string,
    onProgress: (done: number, total: number) => void,
  ) => Promise<Result<{ added: number }>>;
}) {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null);
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const doExport = async () => {
    const r = await props.exportJson();
    if (!r.ok) return setStatus({ kind: 'error', text: `Export failed: ${r.error}` });
    downloadText(r.value.name, r.value.text, 'application/json');
    setStatus({ kind: 'ok', text: `Exported ${r.value.name}.` });
  };
  const doImport = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus({ kind: 'busy', text: `Importing ${file.name}…` });
    setProgress([0, 1]);
    const r = await props.importJson(await file.text(), (d, t) => setProgress([d, t]));
    setProgress(null);
    setStatus(
      r.ok
        ? {
            kind: 'ok',
            text: `Imported ${r.value.added} report${r.value.added === 1 ? '' : 's'} from ${file.name}.`,
          }
        : { kind: 'error', text: `Could not import ${file.name}: ${r.error} Nothing was changed.` },
    );
  };
  return (
    <div>
      <div class="px-row">
        <button type="button" class="px-btn" onClick={doExport}>
          Export collection (JSON)
        </button>
        <label class="px-btn">
          Import from file…
          <input type="file" accept=".json,application/json" class="px-sr" onChange={doImport} />
        </label>
      </div>
      {progress && (
        <progress class="px-progress" value={progress[0]} max={progress[1]} aria-label="Import progress" />
      )}
      {status && (
        <p
          class={status.kind === 'error' ? 'px-error' : 'px-meta'}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </div>
  );
}
