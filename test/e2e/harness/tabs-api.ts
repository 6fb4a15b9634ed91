/** The slice of the tabs API the harness calls inside extension contexts. */
export interface TabsApi {
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
}
