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

const isPlain = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The parsed output with its keys in the input's order (valibot writes them in the schema's order), so a
 * file that passes unchanged is stored, and exported again, exactly as it was.
 */
function inInputOrder(input: unknown, output: unknown): unknown {
  if (Array.isArray(input) && Array.isArray(output))
    return output.map((item, i) => inInputOrder(input[i], item));
  if (!isPlain(input) || !isPlain(output)) return output;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input))
    if (Object.hasOwn(output, key)) out[key] = inInputOrder(input[key], output[key]);
  for (const key of Object.keys(output)) if (!Object.hasOwn(out, key)) out[key] = output[key];
  return out;
}

/** Parses `input` with `schema`, naming `where` in the messages. */
export function check<T>(schema: v.GenericSchema<unknown, T>, input: unknown, where: string): Checked<T> {
  const r = v.safeParse(schema, input);
  if (!r.success) return { ok: false, errors: issueLines(where, r.issues) };
  return { ok: true, value: inInputOrder(input, r.output) as T };
}
