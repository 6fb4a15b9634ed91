/**
 * Property: for arbitrary JSON import files (random JSON, and valid files with random parts replaced), an
 * accepted file leaves every stored row valid and analysis working on a test page; a refused file leaves the
 * store exactly as it was. Prints how many files were tried, accepted and refused.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { lexiconFromIndex } from '@/lib/analyze/actors/compiled-lexicon';
import { analyzeWith } from '@/lib/analyze/analyze-with';
import { topicFromIndex } from '@/lib/analyze/topic/compile-topic';
import { engineSources } from '@/lib/ext/background/analysis-settings';
import { reportSchema, versionSchema } from '@/lib/schema/report';
import { settingSchemaFor, topicSchema } from '@/lib/schema/settings';
import { exportCollection } from '@/lib/store/export';
import { importCollection } from '@/lib/store/import';
import { getReports } from '@/lib/store/query';
import type { ReportRow } from '@/lib/store/rows';
import { makeArticle } from '../fixtures/store/make-articles';
import { dump, freshDb, save } from './helpers';

const RUNS = Number(process.env.PARALLAX_PROPERTY_RUNS ?? 150);
const tally = { runs: 0, accepted: 0, refused: 0 };
afterAll(() =>
  console.log(`import property: ${tally.runs} files, ${tally.accepted} accepted, ${tally.refused} refused`),
);

const testPage = makeArticle(5, 9);

// Strings that probe the checks: bidi controls, NUL, lone surrogates, markup, script URLs.
const nasty = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '\u202Egnp.exe',
    'a\u0000b',
    '\ud800',
    'javascript:alert(1)',
    '<script>x</script>',
    '__proto__',
    '',
  ),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });
const date = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('zzz', '9999-12-31T00:00:00.000Z', '2024-02-30', '', '2024-01-01'),
);
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'file:///tmp/a.html', ''),
);
const int = fc.oneof(fc.integer({ min: -5, max: 6000 }), fc.double(), fc.constant(0));
const spanArb = fc.record({ start: int, end: int });
const weight = fc.oneof(
  { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  fc.double(),
);
const weighted = fc.oneof({ weight: 6, arbitrary: fc.record({ term: nasty, weight }) }, anyJson);
const topic = fc.record(
  {
    id: fc.oneof(fc.constantFrom('iran-proxies', 'user-topic'), nasty),
    label: nasty,
    terms: fc.array(weighted, { maxLength: 4 }),
    actors: fc.array(weighted, { maxLength: 4 }),
    requireAll: fc.array(fc.array(fc.oneof({ weight: 4, arbitrary: nasty }, anyJson), { maxLength: 3 }), {
      maxLength: 3,
    }),
    threshold: fc.oneof(fc.double({ min: 0, max: 1 }), anyJson),
    autoSave: fc.boolean(),
  },
  { requiredKeys: ['id', 'label', 'terms', 'actors', 'requireAll', 'threshold'] },
);
const lexiconEntry = fc.record({
  id: nasty,
  name: nasty,
  type: fc.constantFrom('armed_group', 'person', 'state', 'bogus'),
  aliases: fc.array(nasty, { maxLength: 3 }),
});
const setting = fc.oneof(
  fc.record({
    key: fc.constant('lexiconAdditions'),
    value: fc.oneof(fc.array(lexiconEntry, { maxLength: 3 }), anyJson),
  }),
  fc.record({
    key: fc.constant('highlightPrefs'),
    value: fc.oneof(
      fc.record({ enabled: fc.boolean(), categories: fc.dictionary(nasty, fc.boolean()) }),
      anyJson,
    ),
  }),
  fc.record({ key: nasty, value: anyJson }),
);
// A change to one report of a valid file: a field replaced by something plausible or hostile.
const reportChange = fc.oneof(
  fc.record({ updatedAt: date }),
  fc.record({ savedAt: date, publishedTime: fc.oneof(date, fc.constant(null)) }),
  fc.record({ title: nasty, outlet: nasty, byline: fc.oneof(nasty, fc.constant(null)) }),
  fc.record({ canonicalUrl: url, urls: fc.array(url, { maxLength: 3 }) }),
  fc.record({ paragraphs: fc.array(spanArb, { maxLength: 3 }) }),
  fc.record({ id: nasty }),
  fc.record({ sameTextAs: fc.oneof(nasty, fc.constant('seed')) }),
  fc.record({ versionCount: int, fingerprint: fc.array(int, { maxLength: 4 }) }),
  fc.record({ junk: anyJson, __proto__: anyJson }),
  fc.dictionary(fc.constantFrom('actors', 'claims', 'topics', 'text', 'lang'), anyJson, { maxKeys: 2 }),
);

let seedRows: ReportRow[] = [];
let seedFile: Awaited<ReturnType<typeof exportCollection>>;

async function seeded() {
  const db = freshDb();
  await db.reports.bulkAdd(seedRows);
  return db;
}

const fileArb = () =>
  fc.oneof(
    { weight: 1, arbitrary: anyJson },
    {
      weight: 5,
      arbitrary: fc
        .record({
          changes: fc.array(fc.tuple(fc.nat(), reportChange, fc.boolean()), { maxLength: 3 }),
          topics: fc.array(topic, { maxLength: 2 }),
          settings: fc.array(setting, { maxLength: 3 }),
          extra: fc.option(fc.dictionary(nasty, anyJson, { maxKeys: 2 })),
        })
        .map(({ changes, topics, settings, extra }) => {
          const reports = seedFile.reports.map((r) => ({ ...r }) as Record<string, unknown>);
          for (const [i, change, asNew] of changes) {
            const base = reports[i % reports.length];
            const changed: Record<string, unknown> = { ...base, ...change };
            if (changed.sameTextAs === 'seed') changed.sameTextAs = reports[0].id;
            if (asNew)
              reports.push({
                ...changed,
                id: `${String(changed.id)}-new`,
                canonicalUrl: `https://new.example/${reports.length}`,
                urls: [`https://new.example/${reports.length}`],
              });
            else reports[i % reports.length] = changed;
          }
          return { ...seedFile, ...(extra ?? {}), reports, topics, settings };
        }),
    },
  );

describe('importing arbitrary files', () => {
  it('never corrupts the store or breaks analysis', async () => {
    const src = freshDb();
    for (const i of [1, 2]) await save(src, makeArticle(i), '2024-03-01T10:00:00.000Z');
    seedFile = await exportCollection(src);
    seedRows = await src.reports.toArray();
    await fc.assert(
      fc.asyncProperty(fileArb(), async (file) => {
        tally.runs++;
        const db = await seeded();
        const before = await dump(db);
        const r = await importCollection(db, JSON.stringify(file));
        if (!r.ok) {
          tally.refused++;
          expect(await dump(db)).toEqual(before);
        } else {
          tally.accepted++;
          const ids = (await db.reports.toArray()).map((row) => row.id);
          for (const report of await getReports(db, ids))
            expect(v.safeParse(reportSchema, report).issues).toBeUndefined();
          for (const row of await db.versions.toArray()) expect(v.is(versionSchema, row)).toBe(true);
          for (const row of await db.topics.toArray()) expect(v.is(topicSchema, row)).toBe(true);
          for (const row of await db.settings.toArray()) {
            const schema = settingSchemaFor(row.key);
            expect(schema).not.toBeNull();
            if (schema) expect(v.is(schema, row.value)).toBe(true);
          }
          const s = await engineSources(db);
          const analysis = analyzeWith(testPage, {
            lexicon: lexiconFromIndex(s.lexicon),
            topics: s.topics.map(topicFromIndex),
          });
          expect(analysis.actors.length).toBeGreaterThan(0);
        }
        db.close();
        await db.delete();
      }),
      { numRuns: RUNS, seed: Number(process.env.PARALLAX_PROPERTY_SEED ?? 1406) },
    );
    expect(tally.accepted).toBeGreaterThan(RUNS / 10);
    expect(tally.refused).toBeGreaterThan(RUNS / 10);
  });
});
