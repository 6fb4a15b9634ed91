/**
 * The analysis pipeline shared by the content script, the CLI and tests: detect → extract → analyse.
 * Pure: it takes a Document (or text) and a URL, never the page globals.
 */
import { type AnalyzeOptions, analyzeArticle } from '@/lib/analyze/index';
import {
  articleFromText,
  detectArticle,
  extractArticle,
  extractionLimitReason,
  textLimitReason,
} from '@/lib/extract';
import type { Analysis, Article, Detection } from '@/lib/types';

export type { AnalyzeOptions };

/** What the pipeline found on one page; `skipped` says why analysis did not run when it did not. */
export interface PipelineResult {
  detection: Detection;
  article: Article | null;
  analysis: Analysis | null;
  skipped?: string;
}

function analyzeExtracted(
  detection: Detection,
  article: Article | null,
  options?: AnalyzeOptions,
): PipelineResult {
  if (!article)
    return { detection, article: null, analysis: null, skipped: 'no readable article text found' };
  const tooLong = textLimitReason(article.text);
  if (tooLong) return { detection, article: null, analysis: null, skipped: tooLong };
  try {
    return { detection, article, analysis: analyzeArticle(article, options) };
  } catch (err) {
    // The article is kept so the reader can still save it; the failure is reported, not thrown.
    const reason = `analysis failed: ${err instanceof Error ? err.message : String(err)}`;
    return { detection, article, analysis: null, skipped: reason };
  }
}

/** Runs the pipeline on a page. A page that is not an article, or is over the size limits, gets `article: null`. */
export function analyzeDocument(doc: Document, url: string, options?: AnalyzeOptions): PipelineResult {
  const tooBig = extractionLimitReason(doc);
  if (tooBig) return { detection: detectionSkipped(tooBig), article: null, analysis: null, skipped: tooBig };
  const detection = detectArticle(doc);
  if (!detection.isArticle) return { detection, article: null, analysis: null, skipped: 'not an article' };
  return analyzeExtracted(detection, extractArticle(doc, url), options);
}

/** Runs the pipeline on plain text (title on the first line). Text is taken to be an article when it has a body. */
export function analyzeText(text: string, url: string, options?: AnalyzeOptions): PipelineResult {
  const article = articleFromText(text, url);
  const hasBody = article.text.length > 0;
  const detection: Detection = {
    isArticle: hasBody,
    confidence: hasBody ? 1 : 0,
    signals: [hasBody ? 'plain text input' : 'plain text input with no body below the title'],
  };
  if (!hasBody) return { detection, article: null, analysis: null, skipped: 'empty text' };
  return analyzeExtracted(detection, article, options);
}

function detectionSkipped(reason: string): Detection {
  return { isArticle: false, confidence: 0, signals: [reason] };
}
