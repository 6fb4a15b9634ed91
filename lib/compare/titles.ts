/**
 * Readable titles for events and stories: the member headline that shares most with the others' headlines
 * (the one that states the common ground), never a list of stems.
 */
import { contentTerms } from '@/lib/text/terms';

/** One headline with its order (earlier first wins ties). */
export interface TitledMember {
  title: string;
  /** Epoch day or ms; null sorts last. */
  time: number | null;
}

/** The representative headline of a group: most shared terms with the other headlines, then earliest. */
export function representativeTitle(members: readonly TitledMember[]): string {
  const usable = members.filter((m) => m.title.trim());
  if (usable.length === 0) return 'Untitled';
  const sets = usable.map((m) => new Set(contentTerms(m.title)));
  let best = 0;
  let bestScore = -1;
  usable.forEach((m, i) => {
    let score = 0;
    sets.forEach((other, j) => {
      if (j === i) return;
      for (const t of sets[i]) if (other.has(t)) score++;
    });
    // Long headlines share more by length alone: normalise gently.
    score /= Math.sqrt(Math.max(1, sets[i].size));
    const earlier = (m.time ?? Infinity) < (usable[best].time ?? Infinity);
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && earlier)) {
      best = i;
      bestScore = score;
    }
  });
  return usable[best].title.trim();
}
