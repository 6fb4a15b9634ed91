/** Styles inside the popover's shadow root; page CSS cannot reach them, and they cannot leak out. */
export const POPOVER_CSS = `
:host { all: initial !important; display: block !important; position: fixed !important;
  opacity: 1 !important; visibility: visible !important; z-index: 2147483647 !important; }
.px-pop, .px-pill { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1f;
  background: #fff; border: 1px solid #c9c9d1; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.px-pop { position: fixed; width: 384px; max-width: calc(100vw - 16px); padding: 12px 14px; box-sizing: border-box;
  pointer-events: auto; }
.px-pop:focus { outline: 3px solid #0072b2; outline-offset: 2px; }
.px-entry + .px-entry { border-top: 1px solid #e4e4ea; margin-top: 8px; padding-top: 8px; }
.px-pop p { margin: 0 0 4px; }
.px-kind { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #55555f; }
.px-name { font-weight: 600; font-size: 16px; }
.px-label { font-weight: 600; }
.px-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
button { font: inherit; font-size: 13px; padding: 5px 10px; border-radius: 6px; border: 1px solid #0072b2;
  background: #0072b2; color: #fff; cursor: pointer; }
button + button { background: #fff; color: #0072b2; }
button:disabled { background: #e4e4ea; border-color: #c9c9d1; color: #55555f; cursor: default; }
button:focus-visible { outline: 3px solid #e69f00; outline-offset: 1px; }
.px-status { font-size: 12px; color: #55555f; margin-top: 6px; }
.px-step { font-size: 12px; font-weight: 600; color: #55555f; }
.px-hint { font-weight: 400; }
.px-note { border-left: 3px solid #e69f00; padding-left: 8px; white-space: pre-wrap; }
.px-pill { position: fixed; right: 16px; bottom: 16px; display: flex; align-items: center; gap: 8px;
  padding: 6px 8px 6px 12px; font-size: 13px; pointer-events: auto; }
.px-pill button { padding: 3px 8px; font-size: 12px; }
.px-pill .px-x { border: none; background: transparent; color: #55555f; font-size: 16px; padding: 0 4px; }
.px-live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
/* Dark pages get a dark popover: the host carries the page's scheme, measured from its background. */
:host([data-scheme="dark"]) .px-pop, :host([data-scheme="dark"]) .px-pill {
  background: #202027; color: #ececf1; border-color: #44444f; }
:host([data-scheme="dark"]) .px-kind, :host([data-scheme="dark"]) .px-status, :host([data-scheme="dark"]) .px-step,
:host([data-scheme="dark"]) .px-pill .px-x { color: #b4b4c0; }
:host([data-scheme="dark"]) .px-entry + .px-entry { border-top-color: #44444f; }
:host([data-scheme="dark"]) button + button { background: #202027; color: #56b4e9; border-color: #56b4e9; }
`;
