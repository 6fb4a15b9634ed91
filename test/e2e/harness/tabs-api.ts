/** The slice of the tabs API the harness calls inside extension contexts. */
export interface TabsApi {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
}

/** The slice of the scripting API the harness uses to wait for the content script's registration. */
export interface RegisteredScriptsApi {
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
}
