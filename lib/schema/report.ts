/** The schema of a saved report and of an earlier version of its text, as stored and as imported. */
import * as v from 'valibot';
import type { VersionRow } from '@/lib/store/rows';
import type { Report } from '@/lib/types';
import {
  count,
  finite,
  id,
  isoDate,
  list,
  MAX_TEXT,
  opt,
  reportUrl,
  shown,
  span,
  spanEntries,
  spansWithin,
  text,
  unit,
} from './primitives';

/** The actor types, as the analysis writes them. */
export const ACTOR_TYPE = v.picklist(['person', 'organization', 'state', 'armed_group', 'place', 'media']);
const CLAIM_KIND = v.picklist(['attributed', 'quote', 'figure', 'date', 'denial', 'warning', 'intent']);
const nullableNumber = v.nullable(finite);

const mention = v.object({ ...spanEntries, text: text(), compound: opt(v.boolean()) });

const actor = v.object({
  id,
  name: shown(),
  type: ACTOR_TYPE,
  confidence: unit,
  origin: v.picklist(['lexicon', 'user', 'inferred']),
  roles: opt(list(text(), 50)),
  mentions: list(
    v.pipe(
      mention,
      v.check((m) => m.start <= m.end, 'mention ends before it starts'),
    ),
  ),
  adjectival: opt(v.boolean()),
});

const figure = v.object({
  ...spanEntries,
  value: nullableNumber,
  min: nullableNumber,
  max: nullableNumber,
  approx: v.boolean(),
  unit: text(200),
  text: text(),
  date: opt(isoDate),
});

const claim = v.object({
  ...spanEntries,
  id,
  text: text(20_000),
  kinds: list(CLAIM_KIND, 10),
  source: v.object({
    kind: v.picklist(['named', 'unnamed', 'outlet', 'none']),
    name: v.nullable(shown()),
    actorId: opt(id),
    cue: opt(text()),
  }),
  quotes: list(span, 200),
  figures: list(figure, 200),
  actorIds: list(id, 500),
  fingerprint: list(text(200), 500),
  selector: v.object({ exact: text(20_000), prefix: text(), suffix: text(), start: count, end: count }),
});

const topicScore = v.object({
  id,
  label: shown(),
  score: unit,
  match: v.boolean(),
  reasons: list(v.object({ term: text(), weight: finite }), 100),
});

// Every offset a report holds must fall inside its own text.
function offsetsFit(r: v.InferOutput<typeof reportEntries>): boolean {
  const n = r.text.length;
  return (
    spansWithin(r.paragraphs, n) &&
    r.actors.every((a) => a.mentions.every((m) => m.start <= m.end && m.end <= n)) &&
    r.claims.every(
      (c) =>
        c.start <= c.end &&
        c.end <= n &&
        spansWithin(c.quotes, n) &&
        c.figures.every((f) => f.start <= f.end && f.end <= n) &&
        c.selector.start <= c.selector.end,
    )
  );
}

// What event assignment compared; see lib/compare/event-features.ts.
const eventFeatures = v.object({
  actors: list(text(200), 200),
  terms: list(text(200), 400),
  figures: list(text(200), 400),
  day: nullableNumber,
  published: nullableNumber,
});

const reportEntries = v.object({
  id,
  canonicalUrl: reportUrl,
  claimedCanonicalUrl: opt(reportUrl),
  urls: v.pipe(list(reportUrl, 200), v.minLength(1, 'needs at least one address')),
  outlet: shown(),
  title: shown(),
  byline: v.nullable(shown()),
  publishedTime: v.nullable(isoDate),
  savedAt: isoDate,
  updatedAt: isoDate,
  lang: v.nullable(text(40)),
  text: text(MAX_TEXT),
  paragraphs: list(span),
  fingerprint: list(v.pipe(count, v.maxValue(0xffffffff)), 256),
  sameTextAs: opt(id),
  eventId: opt(id),
  storyId: opt(id),
  eventTitle: opt(shown()),
  storyTitle: opt(shown()),
  eventFeatures: opt(eventFeatures),
  topics: list(topicScore, 200),
  actors: list(actor, 5_000),
  claims: list(claim, 5_000),
  versionCount: count,
});

/** A saved report; unknown fields are dropped, and every span must lie inside the report's text. */
export const reportSchema: v.GenericSchema<unknown, Report> = v.pipe(
  reportEntries,
  v.check(offsetsFit, 'has an offset outside its text'),
  v.check((r) => r.sameTextAs !== r.id, 'is a copy of itself'),
);

/** An earlier version of a report's text. */
export const versionSchema: v.GenericSchema<unknown, VersionRow> = v.pipe(
  v.object({
    id,
    reportId: id,
    n: v.pipe(count, v.minValue(1)),
    title: shown(),
    text: text(MAX_TEXT),
    paragraphs: list(span),
    savedAt: isoDate,
    replacedAt: isoDate,
    change: v.object({
      wordsAdded: count,
      wordsRemoved: count,
      // Files written before the summary listed sentences have none.
      sentencesAdded: v.optional(list(text(20_000), 1_000), []),
      sentencesRemoved: v.optional(list(text(20_000), 1_000), []),
    }),
  }),
  v.check((r) => spansWithin(r.paragraphs, r.text.length), 'has a paragraph outside its text'),
);
