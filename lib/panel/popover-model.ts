import type { ActorType, ClaimSource, Figure } from '@/lib/types';

/** What the popover shows about an actor. */
export interface ActorInfo {
  kind: 'actor';
  name: string;
  type: ActorType;
  mentions: number;
  /** Saved reports that also mention it; null while unknown. */
  savedReports: number | null;
}

/** What the popover shows about a claim. */
export interface ClaimInfo {
  kind: 'claim';
  text: string;
  source: ClaimSource;
  figures: Figure[];
  /** Saved reports stating the same claim; null while unknown. */
  agreement: { agree: number; disagree: number } | null;
  /** The reader's note on this claim, empty when none. */
  note?: string;
}

/** One entry of the popover. */
export type PopoverEntry = ActorInfo | ClaimInfo;

/** Readable names of actor types. */
export const TYPE_LABELS: Record<ActorType, string> = {
  person: 'Person',
  organization: 'Organisation',
  state: 'State',
  armed_group: 'Armed group',
  place: 'Place',
  media: 'Media outlet',
};

/** A one-line description, used for the screen-reader announcement. */
export function describeEntry(e: PopoverEntry): string {
  if (e.kind === 'actor') return `${TYPE_LABELS[e.type]}: ${e.name}, mentioned ${e.mentions} times`;
  const who = e.source.name ?? 'no stated source';
  return `Claim attributed to ${who}${e.figures.length ? `, ${e.figures.length} figures` : ''}`;
}
