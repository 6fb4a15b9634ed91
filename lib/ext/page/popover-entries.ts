import type { PageContext } from '@/lib/ext/messages';
import type { HighlightItem } from '@/lib/highlight/highlighter';
import type { PopoverEntry } from '@/lib/panel/popover-model';
import { claimNote } from '@/lib/store/notes';
import type { Analysis } from '@/lib/types';

/** Turns hit highlight items into what the popover shows, merging in saved-report context when known. */
export function entriesFor(
  items: HighlightItem[],
  analysis: Analysis | null,
  context: PageContext | null,
): PopoverEntry[] {
  const entries: PopoverEntry[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const [kind, id] = item.key.split(':');
    if (seen.has(`${kind}:${id}`)) continue;
    seen.add(`${kind}:${id}`);
    if (kind === 'actor') {
      const actor = analysis?.actors.find((a) => a.id === id);
      if (actor)
        entries.push({
          kind: 'actor',
          name: actor.name,
          type: actor.type,
          mentions: actor.mentions.length,
          savedReports: context ? (context.actorReportCounts[actor.id] ?? 0) : null,
        });
    } else {
      const claim = analysis?.claims.find((c) => c.id === id);
      if (claim)
        entries.push({
          kind: 'claim',
          text: claim.text,
          source: claim.source,
          figures: claim.figures,
          agreement: context ? (context.claimAgreement[claim.id] ?? { agree: 0, disagree: 0 }) : null,
          note: claimNote(context?.notes, claim),
        });
    }
  }
  return entries;
}
