/** Helpers for the Story tab: readable names for report ids, and chart geometry for figure series. */

import type { Figure } from '@/lib/types';
import { formatDate } from './format';
import type { StoryView } from './view-types';

/** Replaces report ids inside engine evidence text with "Outlet" names so readers never see ids. */
export function nameIds(text: string, names: Map<string, string>): string {
  let out = text;
  for (const [id, name] of names) out = out.split(id).join(name);
  return out;
}

/**
 * Readable names for reports: the outlet alone when it is unambiguous, the outlet and date when an outlet
 * has two reports, and the outlet and a shortened title when those dates match too. The tab's own
 * article is "This article".
 */
export function reportNames(
  reports: { id: string; outlet: string; title: string; publishedTime: string | null }[],
  currentId: string,
): Map<string, string> {
  const byOutlet = new Map<string, typeof reports>();
  for (const r of reports) byOutlet.set(r.outlet, [...(byOutlet.get(r.outlet) ?? []), r]);
  const names = new Map<string, string>();
  for (const r of reports) {
    const same = byOutlet.get(r.outlet) ?? [];
    if (same.length < 2) names.set(r.id, r.outlet);
    else {
      const date = formatDate(r.publishedTime);
      const clash = same.filter((o) => formatDate(o.publishedTime) === date).length > 1;
      names.set(
        r.id,
        clash || !r.publishedTime ? `${r.outlet}, “${shortTitle(r.title)}”` : `${r.outlet}, ${date}`,
      );
    }
  }
  names.set(currentId, 'This article');
  return names;
}

function shortTitle(title: string): string {
  const words = title.split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : title;
}

/** A readable name for a story: its earliest report's title (the engine's label lists terms, not a headline). */
export function storyTitle(view: StoryView): string {
  const first = view.timeline.entries[0];
  return first ? first.title : view.story.label;
}

/** A figure in a few characters for chart labels: "34", "≈24", ">150", "3–5". */
export function shortFigure(f: Figure): string {
  if (f.value !== null)
    return `${f.approx ? '≈' : ''}${f.min === f.value && f.max === null ? '≥' : ''}${f.value}`;
  if (f.min !== null && f.max !== null) return `${f.min}–${f.max}`;
  if (f.min !== null) return `>${f.min - 1}`;
  if (f.max !== null) return `≤${f.max}`;
  return f.text;
}
