/** The Parallax IndexedDB database (Dexie), versioned. Only extension pages and the background open it. */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { ReportRow, SettingRow, TopicRow, TrashRow, VersionRow } from './rows';
import { STORES_V1, STORES_V2, STORES_V3, upgradeToV2 } from './schema';

/** The production database name. */
export const DB_NAME = 'parallax';

/** The database: reports, earlier versions, followed topics, settings and the undo trash. */
export class ParallaxDB extends Dexie {
  reports!: Table<ReportRow, string>;
  versions!: Table<VersionRow, string>;
  topics!: Table<TopicRow, string>;
  settings!: Table<SettingRow, string>;
  trash!: Table<TrashRow, string>;

  /** Opens (lazily) the database called `name`; tests pass a fresh name each, benchmarks Dexie options. */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeToV2);
    this.version(3).stores(STORES_V3);
  }
}

let shared: ParallaxDB | null = null;

/** The production database shared by the background and extension pages of one context. */
export function getDb(): ParallaxDB {
  shared ??= new ParallaxDB(DB_NAME);
  return shared;
}
