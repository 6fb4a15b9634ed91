import { useState } from 'preact/hooks';
import { exportCollection, importCollection } from '@/lib/panel/collection-io';
import type { ParallaxDB } from '@/lib/store/db';
import { DangerZone } from './DangerZone';
import { HighlightSettings } from './HighlightSettings';
import { ImportExport } from './ImportExport';
import { LexiconSettings } from './LexiconSettings';
import { PaletteStyle } from './PaletteStyle';
import { SiteSettings } from './SiteSettings';
import { TopicSettings } from './TopicSettings';

/** The options page: topics, lexicon additions, sites, highlights, export/import, delete everything. */
export function OptionsPage(props: { db: ParallaxDB; suggestedSite?: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const section = (id: string, title: string, intro: string, body: preact.ComponentChildren) => (
    <section class="px-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p class="px-meta">{intro}</p>
      {body}
    </section>
  );
  return (
    <div class="px-app">
      <PaletteStyle />
      <header class="px-header px-header-static" style={{ paddingBottom: '0.6rem' }}>
        <h1>Parallax options</h1>
        <span class="px-meta">Everything here stays on this device.</span>
      </header>
      <main class="px-panel">
        {error && (
          <p class="px-error" role="alert">
            {error}
          </p>
        )}
        {section(
          'topics',
          'Followed topics',
          'Articles that match a topic are flagged, and saved automatically when you turn that on.',
          <TopicSettings db={props.db} onError={setError} />,
        )}
        {section(
          'lexicon',
          'Your actors',
          'Names Parallax should recognise and highlight, in addition to its built-in list.',
          <LexiconSettings db={props.db} />,
        )}
        {section(
          'sites',
          'Sites',
          'Where Parallax analyses articles without a click. Your browser asks you to confirm each one.',
          <SiteSettings suggested={props.suggestedSite} />,
        )}
        {section(
          'highlights',
          'Highlights',
          'What is marked in the page.',
          <HighlightSettings db={props.db} />,
        )}
        {section(
          'data',
          'Export and import',
          'A JSON file of your whole collection, to back it up or move it to another browser.',
          <ImportExport
            exportJson={() => exportCollection(props.db)}
            importJson={(text, onProgress) => importCollection(props.db, text, onProgress)}
          />,
        )}
        {section(
          'danger',
          'Delete everything',
          'Removes your whole collection from this browser.',
          <DangerZone db={props.db} />,
        )}
      </main>
    </div>
  );
}
