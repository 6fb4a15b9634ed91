import { Anchorer, toRange } from '@/lib/anchor/anchor';
import { makeSelector } from '@/lib/anchor/selector';
import { indexSteps, type TextIndexOptions } from '@/lib/anchor/text-index';
import type { HighlightItem } from '@/lib/highlight/highlighter';
import type { Analysis, Article, HighlightCategory, TextQuoteSelector } from '@/lib/types';
import type { Slicer } from './slicer';

/** What anchoring an analysis into the live page produced. */
export interface AnchoredItems {
  items: HighlightItem[];
  /** Claim ids that could not be found in the page. */
  orphans: string[];
  /** Actor mentions that could not be found (not listed as orphans: the actor itself is still known). */
  lostMentions: number;
}

interface Target {
  key: string;
  category: HighlightCategory;
  claimId?: string;
  selector: TextQuoteSelector;
}

/** Key of an actor mention's highlight. */
export function actorKey(actorId: string, index: number): string {
  return `actor:${actorId}:${index}`;
}

/** Key of a claim's highlight. */
export function claimKey(claimId: string): string {
  return `claim:${claimId}`;
}

function targetsOf(article: Article, analysis: Analysis): Target[] {
  const targets: Target[] = [];
  for (const claim of analysis.claims)
    targets.push({
      key: claimKey(claim.id),
      category: 'claim',
      claimId: claim.id,
      selector: makeSelector(article.text, claim),
    });
  for (const actor of analysis.actors)
    actor.mentions.forEach((m, i) => {
      targets.push({
        key: actorKey(actor.id, i),
        category: actor.type,
        selector: makeSelector(article.text, m),
      });
    });
  // In reading order, so each success tells the anchorer where the next quote should be.
  return targets.sort((a, b) => a.selector.start - b.selector.start);
}

/** Anchors every claim and actor mention into `root`, yielding between slices; unfound claims become orphans. */
export async function anchorItems(
  root: Element | Document,
  article: Article,
  analysis: Analysis,
  slicer: Slicer,
  options: TextIndexOptions = {},
): Promise<AnchoredItems> {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const steps = indexSteps(root, options);
  let step = steps.next();
  for (; !step.done; step = steps.next()) await slicer.maybePause('index');
  const anchorer = new Anchorer(step.value);
  await slicer.pause('index');
  const items: HighlightItem[] = [];
  const orphans: string[] = [];
  let lostMentions = 0;
  for (const t of targetsOf(article, analysis)) {
    const hit = anchorer.anchor(t.selector);
    if (hit) items.push({ key: t.key, category: t.category, range: toRange(doc, hit.span) });
    else if (t.claimId) orphans.push(t.claimId);
    else lostMentions++;
    await slicer.maybePause('anchor');
  }
  return { items, orphans, lostMentions };
}
