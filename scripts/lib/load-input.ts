/**
 * Loading command-line inputs (.html, .htm, .html.gz, .txt, directories of them) into a Document or text,
 * shared by `npm run analyze`, `compare` and `build-collection`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { htmlLimitReason } from '@/lib/extract';
import { parseHtml } from '@/lib/node/parse-html';
import { type AnalyzeOptions, analyzeDocument, analyzeText, type PipelineResult } from '@/lib/pipeline';

/** One loaded input: a parsed page or plain text, with the URL it is attributed to. */
export interface LoadedInput {
  file: string;
  kind: 'html' | 'text';
  doc?: Document;
  text?: string;
  url: string;
  /** Set when the input was readable but too large to parse. */
  skipped?: string;
}

/** A pipeline result for one input file. */
export interface InputResult extends PipelineResult {
  file: string;
  url: string;
}

const INPUT_RE = /\.(html?|html?\.gz|txt)$/i;

/** Expands files and directories (recursively) into the list of input files, sorted within each directory. */
export function expandInputs(paths: string[]): string[] {
  const out: string[] = [];
  const visit = (p: string, explicit: boolean) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      if (explicit) out.push(p); // reported as missing when loaded
      return;
    }
    if (!isDir) {
      if (explicit || INPUT_RE.test(p)) out.push(p);
      return;
    }
    for (const name of readdirSync(p).sort()) visit(join(p, name), false);
  };
  for (const p of paths) visit(p, true);
  return out;
}

const groundTruthCache = new Map<string, Record<string, { url?: string }> | null>();

// The extraction benchmark keeps each page's original URL in ../ground-truth.json, keyed by file id.
function benchmarkUrl(file: string): string | null {
  const truthFile = join(dirname(dirname(resolve(file))), 'ground-truth.json');
  if (!groundTruthCache.has(truthFile)) {
    let data: Record<string, { url?: string }> | null = null;
    try {
      if (existsSync(truthFile)) data = JSON.parse(readFileSync(truthFile, 'utf8'));
    } catch {
      data = null;
    }
    groundTruthCache.set(truthFile, data);
  }
  const id = basename(file).replace(/\.html?(\.gz)?$/i, '');
  const url = groundTruthCache.get(truthFile)?.[id]?.url;
  return typeof url === 'string' ? url : null;
}

function decode(bytes: Buffer, kind: 'html' | 'text'): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const charset =
    kind === 'html' ? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() : undefined;
  try {
    return new TextDecoder(charset && charset !== 'utf-8' ? charset : 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

// Text inputs are rejected when they look binary: NUL bytes or many control characters in the first 8 KB.
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}

/** Reads one input file. Throws an Error with a clear message when it is missing, not gzip, binary or not HTML/text. */
export async function loadInput(path: string): Promise<LoadedInput> {
  const file = path;
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  if (statSync(path).isDirectory()) throw new Error(`${path}: is a directory (pass it to expandInputs)`);
  const gz = /\.gz$/i.test(path);
  const kind: 'html' | 'text' = /\.txt(\.gz)?$/i.test(path) ? 'text' : 'html';
  let bytes = readFileSync(path);
  if (gz) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      throw new Error(`${path}: not a valid gzip file (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  if (looksBinary(bytes)) throw new Error(`${path}: binary data, not ${kind === 'html' ? 'HTML' : 'text'}`);
  const content = decode(bytes, kind);
  const url = benchmarkUrl(path) ?? pathToFileURL(resolve(path)).href;
  if (kind === 'text') return { file, kind, text: content, url };
  if (!/<[a-z!][^>]*>/i.test(content)) throw new Error(`${path}: no HTML markup found`);
  const skipped = htmlLimitReason(content);
  if (skipped) return { file, kind, url, skipped };
  return { file, kind, doc: parseHtml(content, url), url };
}

/** Loads an input and runs the pipeline on it. Throws like `loadInput` for unreadable files. */
export async function analyzeInput(path: string, options?: AnalyzeOptions): Promise<InputResult> {
  const input = await loadInput(path);
  const base = { file: input.file, url: input.url };
  if (input.skipped || (!input.doc && input.text === undefined)) {
    const reason = input.skipped ?? 'nothing to analyse';
    return {
      ...base,
      detection: { isArticle: false, confidence: 0, signals: [reason] },
      article: null,
      analysis: null,
      skipped: reason,
    };
  }
  if (input.doc) return { ...base, ...analyzeDocument(input.doc, input.url, options) };
  return { ...base, ...analyzeText(input.text ?? '', input.url, options) };
}
