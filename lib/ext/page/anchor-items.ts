import { Anchorer, toRange } from '@/lib/anchor/anchor';
import { makeSelector } from '@/lib/anchor/selector';
import { indexSteps, type TextIndexOptions } from '@/lib/anchor/text-index';
import { isDateline } from '@/lib/highlight/dateline';
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
  quiet?: boolean;
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
      quiet: claim.source.kind === 'none',
    });
  for (const actor of analysis.actors) {
    let first = true;
    actor.mentions.forEach((m, i) => {
      if (isDateline(article.text, m.start, m.end)) return;
      targets.push({
        key: actorKey(actor.id, i),
        category: actor.type,
        selector: makeSelector(article.text, m),
        // The calm density tints who is involved once, not every repetition, and leaves places out.
        quiet: !first || actor.type === 'place' || actor.type === 'media',
      });
      first = false;
    });
  }
  // In reading order, so each success tells the anchorer where the next quote should be.
  return targets.sort((a, b) => a.selector.start - b.selector.start);
}

/** Where to anchor: the story's region first, and the whole page for whatever the region does not hold. */
export interface AnchorRoots {
  root: Element | Document;
  fallback?: Element | Document | null;
}

async function buildAnchorer(root: Element | Document, slicer: Slicer, options: TextIndexOptions) {
  const steps = indexSteps(root, options);
  let step = steps.next();
  for (; !step.done; step = steps.next()) await slicer.maybePause('index');
  // The anchorer's own set-up is a task of its own, not the tail of the index's last slice.
  await slicer.pause('index');
  const anchorer = new Anchorer(step.value);
  await slicer.pause('index');
  return anchorer;
}

/** Anchors every claim and actor mention, yielding between slices; unfound claims become orphans. */
export async function anchorItems(
  roots: AnchorRoots,
  article: Article,
  analysis: Analysis,
  slicer: Slicer,
  options: TextIndexOptions = {},
): Promise<AnchoredItems> {
  const { root, fallback } = roots;
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const items: HighlightItem[] = [];
  let pending = targetsOf(article, analysis);
  for (const scope of fallback && fallback !== root ? [root, fallback] : [root]) {
    const anchorer = await buildAnchorer(scope, slicer, options);
    const missed: Target[] = [];
    for (const t of pending) {
      const hit = anchorer.anchor(t.selector);
      if (hit)
        items.push({ key: t.key, category: t.category, range: toRange(doc, hit.span), quiet: t.quiet });
      else missed.push(t);
      await slicer.maybePause('anchor');
    }
    pending = missed;
    if (!pending.length) break;
  }
  const orphans = pending.flatMap((t) => (t.claimId ? [t.claimId] : []));
  return { items, orphans, lostMentions: pending.length - orphans.length };
}
