/** One measured figure, compared with its target when it has one. */
export interface BenchMetric {
  key: string;
  value: number;
  target?: number;
  better?: 'higher' | 'lower';
}

/** What a benchmark module returns. */
export interface BenchResult {
  metrics: BenchMetric[];
  /** Extra JSON written to results.json as is (e.g. the five worst pages). */
  extra?: Record<string, unknown>;
  notes?: string[];
}

/** The default export of every `test/bench/*.bench.ts`. */
export interface BenchModule {
  name: string;
  run(): Promise<BenchResult>;
}
