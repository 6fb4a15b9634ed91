/** Turning valibot issues into short messages that point at the offending field. */
import * as v from 'valibot';

/** "where.path: what is wrong" for each issue, at most `max` of them. */
export function issueLines(where: string, issues: readonly v.BaseIssue<unknown>[], max = 3): string[] {
  return issues.slice(0, max).map((issue) => {
    const path = v.getDotPath(issue);
    const at = path ? `${where}.${path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')}` : where;
    return `${at}: ${issue.message}`;
  });
}

/** The parsed value, or the messages saying why it was refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Parses `input` with `schema`, naming `where` in the messages. */
export function check<T>(schema: v.GenericSchema<unknown, T>, input: unknown, where: string): Checked<T> {
  const r = v.safeParse(schema, input);
  return r.success ? { ok: true, value: r.output } : { ok: false, errors: issueLines(where, r.issues) };
}
