/** The one-line JSON record `npm run analyze` prints for each input. */
import type { InputResult } from './load-input';

/** Shapes a pipeline result into the CLI's documented record; offsets index `article.text`. */
export function formatResult(r: InputResult): Record<string, unknown> {
  const a = r.article;
  const analysis = a ? r.analysis : null;
  return {
    file: r.file,
    article: a
      ? {
          title: a.title,
          byline: a.byline,
          siteName: a.siteName,
          url: a.url,
          publishedTime: a.publishedTime,
          text: a.text,
        }
      : null,
    ...(r.skipped && !a ? { skipped: r.skipped } : {}),
    detection: {
      isArticle: r.detection.isArticle,
      confidence: r.detection.confidence,
      signals: r.detection.signals,
    },
    topics: (analysis?.topics ?? []).map((t) => ({
      id: t.id,
      label: t.label,
      score: t.score,
      match: t.match,
    })),
    actors: (analysis?.actors ?? []).map((x) => ({
      id: x.id,
      name: x.name,
      type: x.type,
      mentions: x.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    claims: (analysis?.claims ?? []).map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      kinds: c.kinds,
      source: c.source,
      figures: c.figures.map((f) => ({
        value: f.value,
        min: f.min,
        max: f.max,
        approx: f.approx,
        unit: f.unit,
        text: f.text,
      })),
    })),
  };
}
