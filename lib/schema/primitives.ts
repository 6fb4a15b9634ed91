/** The building blocks of every stored and imported shape: checked strings, numbers, dates, URLs and spans. */
import * as v from 'valibot';
import { hasBrokenChars, stripBidi } from './safe-text';

/** Longest article text a report may carry (a saved page's body is far below this). */
export const MAX_TEXT = 2_000_000;
/** Longest short string (names, labels, ids, terms). */
export const MAX_SHORT = 2_000;
/** Longest list of items in one report field. */
export const MAX_ITEMS = 20_000;

/** A string of at most `max` characters with no NUL and no lone surrogate. */
export const text = (max = MAX_SHORT) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((s) => !hasBrokenChars(s), 'holds a NUL or a broken Unicode character'),
  );

/** A short string shown to the reader (title, outlet, name): bidirectional controls are removed. */
export const shown = (max = MAX_SHORT) => v.pipe(text(max), v.transform(stripBidi));

/** A non-empty identifier. */
export const id = v.pipe(text(300), v.minLength(1));

/** A list of at most `max` items. */
export const list = <T extends v.GenericSchema>(item: T, max = MAX_ITEMS) =>
  v.pipe(v.array(item), v.maxLength(max));

/**
 * An optional field. Stored rows keep actors and claims in columns, where a field one item lacks reads back
 * as null; null is accepted and kept as it is, so a file round-trips unchanged. (Typed as optional, which is
 * how the rest of the code reads such a null.)
 */
export const opt = <T extends v.GenericSchema>(schema: T) =>
  v.nullish(schema) as unknown as v.OptionalSchema<T, undefined>;

/** A finite number. */
export const finite = v.pipe(v.number(), v.finite());

/** A number in [0, 1]. */
export const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** A non-negative integer offset or count. */
export const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time between the years 1000 and 9999 that parses to a real instant. */
export const isoDate = v.pipe(
  text(40),
  v.regex(ISO_DATE, 'is not an ISO 8601 date'),
  v.check((s) => Number.isFinite(Date.parse(s)), 'is not a real date'),
);

/** An address a report can have: http(s), or a local file; never `javascript:`, `data:` and the like. */
export const reportUrl = v.pipe(
  text(8_192),
  v.check((s) => {
    try {
      return ['http:', 'https:', 'file:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, 'is not an http(s) or file address'),
);

/** The entries of a half-open character range, to spread into objects that are spans. */
export const spanEntries = { start: count, end: count };

/** A half-open character range. */
export const span = v.pipe(
  v.object(spanEntries),
  v.check((s) => s.start <= s.end, 'ends before it starts'),
);

/** True when every span lies inside a text of `length` characters. */
export const spansWithin = (spans: readonly { start: number; end: number }[], length: number): boolean =>
  spans.every((s) => s.end <= length);
