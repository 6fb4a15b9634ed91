// Set by wxt.config.ts: true in the test copy only, where the panel's fixture mode is built in.
interface ImportMetaEnv {
  readonly PARALLAX_PANEL_FIXTURE: boolean;
}
