import { createRequire } from 'node:module';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** Anything that can evaluate a script or a function in a page (playwright or puppeteer). */
interface Evaluator {
  evaluate(script: string): Promise<unknown>;
}

type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };

/** Injects axe-core into a page, runs it and returns the violations as readable lines. */
export async function axeViolations(page: Evaluator): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(
    '(async () => { const r = await window.axe.run(document); return { violations: r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) })) }; })()',
  )) as AxeResult;
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
