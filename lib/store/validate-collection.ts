/**
 * Checks a parsed collection file completely before anything is written, against the one schema of every
 * stored shape (lib/schema). A bad file is refused whole, with messages that point at the offending field;
 * a good one comes back cleaned: unknown fields and unknown settings dropped, shown strings without
 * bidirectional controls.
 */
import { check } from '@/lib/schema/issues';
import { reportSchema, versionSchema } from '@/lib/schema/report';
import { settingSchemaFor, topicSchema } from '@/lib/schema/settings';
import type { Report, TopicProfile } from '@/lib/types';
import { COLLECTION_FORMAT, COLLECTION_VERSION, type CollectionFile } from './export';
import type { SettingRow, VersionRow } from './rows';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A checked file, or why it is refused. */
export type CheckedCollection = { ok: true; file: CollectionFile } | { ok: false; errors: string[] };

function header(data: unknown): string[] {
  if (!isObj(data) || data.format !== COLLECTION_FORMAT)
    return ['This is not a Parallax collection file (its "format" is not "parallax-collection").'];
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return ['The collection file has no valid "version".'];
  if (version > COLLECTION_VERSION)
    return [
      `This collection was exported by a newer Parallax (file version ${version}; this one reads up to ${COLLECTION_VERSION}). Update Parallax to import it.`,
    ];
  return ['reports', 'versions', 'topics', 'settings']
    .filter((key) => !Array.isArray(data[key]))
    .map((key) => `"${key}" must be a list`);
}

function each<T>(items: unknown[], where: string, parse: (x: unknown, at: string) => T | null): T[] {
  return items.flatMap((x, i) => {
    const out = parse(x, `${where}[${i}]`);
    return out === null ? [] : [out];
  });
}

// Links between the file's own records: unique ids, versions of reports in the file, copies of originals.
function linkErrors(reports: Report[], versions: VersionRow[], topics: TopicProfile[]): string[] {
  const errors: string[] = [];
  const byId = new Map<string, Report>();
  for (const r of reports) {
    if (byId.has(r.id)) errors.push(`reports: id "${r.id}" appears twice`);
    byId.set(r.id, r);
  }
  versions.forEach((v, i) => {
    if (!byId.has(v.reportId)) errors.push(`versions[${i}]: its report is not in the file`);
  });
  for (const r of reports) {
    const target = r.sameTextAs ? byId.get(r.sameTextAs) : undefined;
    if (target?.sameTextAs) errors.push(`reports: "${r.id}" is a copy of a copy ("${target.id}")`);
  }
  const topicIds = new Set<string>();
  for (const t of topics) {
    if (topicIds.has(t.id)) errors.push(`topics: id "${t.id}" appears twice`);
    topicIds.add(t.id);
  }
  return errors;
}

/** Checks a parsed collection file; the cleaned file when it can be imported, else every problem (up to `max`). */
export function checkCollection(data: unknown, max = 8): CheckedCollection {
  const head = header(data);
  if (head.length) return { ok: false, errors: head };
  const d = data as Record<string, unknown[]>;
  const errors: string[] = [];
  const parser =
    <T>(schema: Parameters<typeof check<T>>[0]) =>
    (x: unknown, at: string): T | null => {
      const r = check(schema, x, at);
      if (r.ok) return r.value;
      errors.push(...r.errors);
      return null;
    };
  const reports = each(d.reports, 'reports', parser(reportSchema));
  const versions = each(d.versions, 'versions', parser(versionSchema));
  const topics = each(d.topics, 'topics', parser(topicSchema));
  // Settings Parallax does not keep (any other key, `__proto__` included) are dropped, not refused.
  const settings = each(d.settings, 'settings', (s, at): SettingRow | null => {
    const schema = isObj(s) ? settingSchemaFor(s.key) : null;
    if (!schema || !isObj(s)) return null;
    const value = parser(schema as Parameters<typeof check<unknown>>[0])(s.value, `${at}.value`);
    return value === null ? null : { key: s.key as string, value };
  });
  if (!errors.length) errors.push(...linkErrors(reports, versions, topics));
  if (errors.length)
    return {
      ok: false,
      errors:
        errors.length > max ? [...errors.slice(0, max), `…and ${errors.length - max} more problems`] : errors,
    };
  return {
    ok: true,
    file: {
      format: COLLECTION_FORMAT,
      version: COLLECTION_VERSION,
      exportedAt: '',
      reports,
      versions,
      topics,
      settings,
    },
  };
}

/** Errors found in a parsed collection file (empty when it can be imported). Stops listing after `max`. */
export function collectionErrors(data: unknown, max = 8): string[] {
  const r = checkCollection(data, max);
  return r.ok ? [] : r.errors;
}
