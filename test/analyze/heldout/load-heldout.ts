/** Test helper: loads the held-out gold and builds each gold item's Article through the real extraction path. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '@/lib/extract/extract';
import { articleFromText } from '@/lib/extract/from-text';
import { parseHtml } from '@/lib/node/parse-html';
import type { ActorType, Article, SourceKind } from '@/lib/types';
import { renderArticle } from '@/scripts/demo-site/render-article';
import type { ArticleSpec } from '@/scripts/demo-site/types';

/** One gold figure: the normalised number and what it counts. */
export interface GoldFigure {
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
}

/** One gold claim, located by its exact text. */
export interface GoldClaim {
  text: string;
  kinds: string[];
  source: SourceKind;
  sourceName: string | null;
  figures: GoldFigure[];
}

/** One held-out document: where its text comes from, and its gold actors and claims. */
export interface HeldoutGold {
  id: string;
  /** Export name of a demo-site ArticleSpec, rendered and extracted like a live page. */
  demo?: string;
  /** Plain-text file next to the gold (title on the first line). */
  file?: string;
  actors: { name: string; type: ActorType }[];
  claims: GoldClaim[];
}

/** The gold folder. */
export const heldoutDir = join(import.meta.dirname, '../../fixtures/gold/heldout');

const ORIGIN = 'http://demo.test';

const demoDir = join(import.meta.dirname, '../../../scripts/demo-site/articles');

// Demo article modules are named after their export in kebab case (ledgerTower22Original → ledger-tower22-original.ts).
async function demoArticle(exportName: string): Promise<Article> {
  const file = exportName.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
  const mod = (await import(join(demoDir, `${file}.ts`))) as Record<string, ArticleSpec | undefined>;
  const spec = mod[exportName];
  if (!spec) throw new Error(`held-out gold names unknown demo article ${exportName}`);
  const url = `${ORIGIN}${spec.path}`;
  const article = extractArticle(parseHtml(renderArticle(spec, { origin: ORIGIN }, [], 7), url), url);
  if (!article) throw new Error(`demo article ${exportName} did not extract`);
  return article;
}

/** Every held-out gold file with its Article. */
export async function loadHeldout(): Promise<{ gold: HeldoutGold; article: Article }[]> {
  const files = readdirSync(heldoutDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map(async (f) => {
      const gold = JSON.parse(readFileSync(join(heldoutDir, f), 'utf8')) as HeldoutGold;
      if (gold.file) {
        const raw = readFileSync(join(heldoutDir, gold.file), 'utf8');
        return { gold, article: articleFromText(raw, `https://example.test/${gold.id}`) };
      }
      if (!gold.demo) throw new Error(`${f}: gold names neither a demo article nor a text file`);
      return { gold, article: await demoArticle(gold.demo) };
    });
  return Promise.all(files);
}
