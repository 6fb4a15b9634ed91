import { PaletteStyle } from './PaletteStyle';

const KEYS: [string, string][] = [
  ['Alt+Shift+H', 'show or hide the highlights on the page'],
  ['Alt+Shift+J / K', 'step to the next or previous highlight, with its details'],
  ['Escape', 'close the details'],
];

/** The page shown once after install: pin the button, the shortcuts, what stays local, where to start. */
export function WelcomePage(props: { firefox: boolean; demoUrl: string | null; onOptions: () => void }) {
  return (
    <div class="px-app px-welcome">
      <PaletteStyle />
      <header class="px-header px-header-static">
        <div class="px-header-row">
          <h1>Welcome to Parallax</h1>
          <span class="px-meta">Stays on this device</span>
        </div>
        <p class="px-lede">
          Parallax highlights who is named and who said what in news articles, and compares each report with
          the ones you saved.
        </p>
      </header>
      <main class="px-panel">
        <section class="px-card" aria-labelledby="w-pin">
          <h2 id="w-pin">1. Keep the button at hand</h2>
          {props.firefox ? (
            <p>
              The Parallax button is in the toolbar. If it is not, open the menu (☰), choose{' '}
              <strong>More tools → Customize toolbar…</strong> and drag Parallax onto the toolbar. The sidebar
              is also under <strong>View → Sidebar → Parallax</strong>.
            </p>
          ) : (
            <ol class="px-steps">
              <li>
                Click the <strong>Extensions</strong> button (the puzzle piece) at the right of the address
                bar.
              </li>
              <li>
                Click the <strong>pin</strong> next to Parallax. Its button now stays in the toolbar.
              </li>
              <li>On a news article, click it: the article is analysed and the side panel opens.</li>
            </ol>
          )}
        </section>
        <section class="px-card" aria-labelledby="w-keys">
          <h2 id="w-keys">2. Shortcuts on a page</h2>
          <dl class="px-keys">
            {KEYS.map(([k, what]) => (
              <div key={k}>
                <dt>
                  <kbd>{k}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section class="px-card" aria-labelledby="w-local">
          <h2 id="w-local">3. What stays on this device</h2>
          <p>
            Everything. The articles you save, their analysis and your notes live in this browser's own
            storage. Parallax has no server, no account and no telemetry, and it reads a site only when you
            click its button there or enable that site in the options.
          </p>
        </section>
        <section class="px-card" aria-labelledby="w-start">
          <h2 id="w-start">4. Start here</h2>
          <div class="px-row">
            {props.demoUrl && (
              <a class="px-btn px-btn-primary" href={props.demoUrl}>
                Open the demo news site
              </a>
            )}
            <button
              type="button"
              class={`px-btn${props.demoUrl ? '' : ' px-btn-primary'}`}
              onClick={props.onOptions}
            >
              Open the options
            </button>
          </div>
          <p class="px-meta">
            In the options you choose the stories you follow, the sites Parallax may read by itself, how much
            it highlights, and you export or import your collection.
          </p>
        </section>
      </main>
    </div>
  );
}
