/**
 * Checks a parsed collection file completely before anything is written, so a bad file is refused whole
 * with messages that point at the offending field.
 */
import { COLLECTION_FORMAT, COLLECTION_VERSION, type CollectionFile } from './export';

type Check = (v: unknown) => boolean;
const isStr: Check = (v) => typeof v === 'string';
const isNum: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const strOrNull: Check = (v) => v === null || typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const arrOf =
  (c: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(c);
const isSpan: Check = (v) =>
  isObj(v) && isNum(v.start) && isNum(v.end) && (v.start as number) <= (v.end as number);

const REPORT_FIELDS: Record<string, Check> = {
  id: (v) => isStr(v) && (v as string).length > 0,
  canonicalUrl: (v) => isStr(v) && (v as string).length > 0,
  urls: arrOf(isStr),
  outlet: isStr,
  title: isStr,
  byline: strOrNull,
  publishedTime: strOrNull,
  savedAt: isStr,
  updatedAt: isStr,
  lang: strOrNull,
  text: isStr,
  paragraphs: arrOf(isSpan),
  fingerprint: arrOf(isNum),
  topics: arrOf((t) => isObj(t) && isStr(t.id) && isNum(t.score)),
  actors: arrOf(
    (a) => isObj(a) && isStr(a.id) && isStr(a.name) && isStr(a.type) && arrOf(isSpan)(a.mentions),
  ),
  claims: arrOf(
    (c) =>
      isSpan(c) &&
      isObj(c) &&
      isStr(c.id) &&
      isStr(c.text) &&
      arrOf(isStr)(c.kinds) &&
      isObj(c.source) &&
      arrOf(isSpan)(c.quotes) &&
      arrOf(isSpan)(c.figures) &&
      arrOf(isStr)(c.actorIds) &&
      arrOf(isStr)(c.fingerprint) &&
      isObj(c.selector) &&
      isStr(c.selector.exact),
  ),
  versionCount: isNum,
};

const VERSION_FIELDS: Record<string, Check> = {
  id: isStr,
  reportId: isStr,
  n: isNum,
  title: isStr,
  text: isStr,
  paragraphs: arrOf(isSpan),
  savedAt: isStr,
  replacedAt: isStr,
  change: (c) => isObj(c) && isNum(c.wordsAdded) && isNum(c.wordsRemoved),
};

function checkFields(where: string, v: unknown, fields: Record<string, Check>, errors: string[]): void {
  if (!isObj(v)) {
    errors.push(`${where}: expected an object`);
    return;
  }
  for (const [k, check] of Object.entries(fields))
    if (!check(v[k])) errors.push(`${where}.${k}: missing or malformed`);
}

/** Errors found in a parsed collection file (empty when it can be imported). Stops listing after `max`. */
export function collectionErrors(data: unknown, max = 8): string[] {
  if (!isObj(data) || data.format !== COLLECTION_FORMAT) {
    return ['This is not a Parallax collection file (its "format" is not "parallax-collection").'];
  }
  if (!isNum(data.version) || !Number.isInteger(data.version) || (data.version as number) < 1) {
    return ['The collection file has no valid "version".'];
  }
  if ((data.version as number) > COLLECTION_VERSION) {
    return [
      `This collection was exported by a newer Parallax (file version ${data.version}; this one reads up to ${COLLECTION_VERSION}). Update Parallax to import it.`,
    ];
  }
  const errors: string[] = [];
  for (const key of ['reports', 'versions', 'topics', 'settings']) {
    if (!Array.isArray(data[key])) errors.push(`"${key}" must be a list`);
  }
  if (errors.length) return errors;
  for (const [i, r] of (data.reports as unknown[]).entries())
    checkFields(`reports[${i}]`, r, REPORT_FIELDS, errors);
  for (const [i, v] of (data.versions as unknown[]).entries())
    checkFields(`versions[${i}]`, v, VERSION_FIELDS, errors);
  (data.topics as unknown[]).forEach((t, i) => {
    if (!isObj(t) || !isStr(t.id) || !isStr(t.label) || !Array.isArray(t.terms) || !Array.isArray(t.actors)) {
      errors.push(`topics[${i}]: not a topic profile`);
    }
  });
  (data.settings as unknown[]).forEach((s, i) => {
    if (!isObj(s) || !isStr(s.key) || !('value' in s))
      errors.push(`settings[${i}]: needs a "key" and a "value"`);
  });
  const ids = new Set<string>();
  for (const r of data.reports as { id?: unknown }[]) {
    if (isStr(r?.id) && ids.has(r.id as string)) errors.push(`reports: id "${r.id}" appears twice`);
    ids.add(r?.id as string);
  }
  for (const [i, v] of (data.versions as { reportId?: unknown }[]).entries()) {
    if (isStr(v?.reportId) && !ids.has(v.reportId as string))
      errors.push(`versions[${i}]: its report is not in the file`);
  }
  return errors.length > max
    ? [...errors.slice(0, max), `…and ${errors.length - max} more problems`]
    : errors;
}

/** Narrows parsed JSON to a collection file once `collectionErrors` found nothing. */
export function isCollectionFile(data: unknown): data is CollectionFile {
  return collectionErrors(data).length === 0;
}
