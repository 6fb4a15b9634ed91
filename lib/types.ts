/**
 * The shared vocabulary of Parallax. Every context (content script, background, side panel, CLI, tests)
 * speaks in these types; they are plain JSON-serialisable data so they cross message boundaries and
 * IndexedDB unchanged.
 */

/** A half-open character range [start, end) into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** One paragraph of the extracted body, located in `Article.text`. */
export interface Paragraph extends Span {}

/** The readable content of a page, as extracted by `lib/extract`. */
export interface Article {
  url: string;
  /** The page's own canonical address (on its own site; otherwise `url`). */
  canonicalUrl: string;
  /** A canonical address the page named on another site: refused, kept as a note. */
  claimedCanonicalUrl?: string;
  title: string;
  byline: string | null;
  siteName: string;
  /** ISO 8601, or null when no date could be found. */
  publishedTime: string | null;
  lang: string | null;
  /** Body text: paragraphs joined by "\n\n". All offsets in Parallax index this string. */
  text: string;
  paragraphs: Paragraph[];
}

/** Why a page was (or was not) judged to be an article. */
export interface Detection {
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  /** Human-readable signals, e.g. "schema.org NewsArticle", "readerable". */
  signals: string[];
}

export type ActorType = 'person' | 'organization' | 'state' | 'armed_group' | 'place' | 'media';

/** Where an actor's identity came from. */
export type ActorOrigin = 'lexicon' | 'user' | 'inferred';

/** One occurrence of an actor in the text. */
export interface Mention extends Span {
  text: string;
  /** True when the actor was found inside a compound such as "Iran-backed". */
  compound?: boolean;
}

/** A named actor (person, organisation, state, armed group, place, media outlet) found in an article. */
export interface Actor {
  /** Canonical id: lexicon id (e.g. "kataib-hezbollah") or a slug of the inferred name. */
  id: string;
  name: string;
  type: ActorType;
  /** 1 for lexicon and user entries; the inference confidence otherwise. */
  confidence: number;
  origin: ActorOrigin;
  /** Roles seen with the name, e.g. "Defense Secretary". */
  roles?: string[];
  mentions: Mention[];
  /**
   * True when every mention is adjectival ("Greek operator", "Liberian-flagged", "Iran-backed"): the text
   * describes something by this actor without naming it as a participant.
   */
  adjectival?: boolean;
}

/** A lexicon entry, as stored in `public/data/lexicon.json` or added by the user. */
export interface LexiconEntry {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  /** Ids this actor is linked to, e.g. an armed group's state sponsor. */
  related?: string[];
  tags?: string[];
  /** Adjectival or compound forms ("Iranian", "Iran-backed"): mentions found through them are marked compound. */
  demonyms?: string[];
}

export type ClaimKind = 'attributed' | 'quote' | 'figure' | 'date' | 'denial' | 'warning' | 'intent';

export type SourceKind = 'named' | 'unnamed' | 'outlet' | 'none';

/** Who a claim is attributed to. */
export interface ClaimSource {
  kind: SourceKind;
  /** Display name: "John Kirby", "a US official in the region", "CNN"; null when kind is "none". */
  name: string | null;
  /** Canonical actor id when the source resolved to an actor. */
  actorId?: string;
  /** The attribution phrase as written, e.g. "told CNN". */
  cue?: string;
}

/** A normalised number or date stated in a claim. */
export interface Figure extends Span {
  /** Point value when one is implied ("two dozen" → 24, "at least 34" → 34). */
  value: number | null;
  /** Inclusive lower bound, or null when open. "more than 40" → 41. */
  min: number | null;
  /** Inclusive upper bound, or null when open. */
  max: number | null;
  approx: boolean;
  /** What is counted, normalised and singular: "wounded", "troop", "rocket", "drone", "attack". */
  unit: string;
  /** The figure as written. */
  text: string;
  /** For dates: ISO date (YYYY-MM-DD) when it could be resolved. */
  date?: string;
}

/** A sentence that states an attributed fact, a quotation or a figure. */
export interface Claim extends Span {
  id: string;
  text: string;
  kinds: ClaimKind[];
  source: ClaimSource;
  /** Quoted spans, in article offsets, quotation marks excluded. */
  quotes: Span[];
  figures: Figure[];
  /** Actor ids mentioned in the claim. */
  actorIds: string[];
  /** Content terms (lower-case, stemmed, stopwords out) that comparison aligns on. */
  fingerprint: string[];
}

/** A weighted term or actor in a topic profile. */
export interface TopicTerm {
  term: string;
  weight: number;
}

/** A story the user follows, as JSON data. */
export interface TopicProfile {
  id: string;
  label: string;
  description?: string;
  /** Terms and phrases (lower-case) with weights. */
  terms: TopicTerm[];
  /** Actor ids (or tags prefixed "tag:") with weights. */
  actors: TopicTerm[];
  /** Groups of terms/actors that must co-occur: each group needs at least one hit. */
  requireAll: string[][];
  threshold: number;
  autoSave?: boolean;
}

/** A topic's score for one article, with the evidence behind it. */
export interface TopicScore {
  id: string;
  label: string;
  /** 0..1 */
  score: number;
  match: boolean;
  /** Top contributions, largest first. */
  reasons: { term: string; weight: number }[];
}

/** Everything `lib/analyze` derives from an article. */
export interface Analysis {
  actors: Actor[];
  claims: Claim[];
  topics: TopicScore[];
}

/** A text-quote selector: survives DOM changes, matched approximately. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Position hint: offset into `Article.text`. */
  start: number;
  end: number;
}

/** A claim as stored: with the selector that re-anchors it. */
export interface StoredClaim extends Claim {
  selector: TextQuoteSelector;
}

/** A saved report in the user's collection. */
export interface Report {
  id: string;
  canonicalUrl: string;
  /** A canonical address the page named on another site: refused (never merged on), kept as a note. */
  claimedCanonicalUrl?: string;
  urls: string[];
  outlet: string;
  title: string;
  byline: string | null;
  publishedTime: string | null;
  savedAt: string;
  updatedAt: string;
  lang: string | null;
  text: string;
  paragraphs: Paragraph[];
  /** Content fingerprint (MinHash signature) for syndicated-copy detection. */
  fingerprint: number[];
  /** Id of the report this one is a syndicated copy of. */
  sameTextAs?: string;
  /** The event (one incident, told within days) and story (the ongoing topic) assigned when saved. */
  eventId?: string;
  storyId?: string;
  /** Readable titles of that event and story as of this save: representative headlines. */
  eventTitle?: string;
  storyTitle?: string;
  /** Compact features the assignment compared (see lib/compare/event-features.ts). */
  eventFeatures?: {
    actors: string[];
    terms: string[];
    figures: string[];
    day: number | null;
    published: number | null;
  };
  topics: TopicScore[];
  actors: Actor[];
  claims: StoredClaim[];
  /** Number of earlier versions kept for this URL. */
  versionCount: number;
}

/** What the content script reports about the page it analysed. */
export interface PageState {
  url: string;
  detection: Detection;
  article: Article | null;
  analysis: Analysis | null;
  /** Claim ids that could not be anchored in the live page. */
  orphans: string[];
  /** Why analysis was skipped, shown to the user (e.g. "page too large"). */
  skipped?: string;
  /** Where the article was extracted (absent when extraction never ran, e.g. not an article). */
  extraction?: ExtractionRecord;
  /** How the background's engine analysed the article (absent when analysis never ran). */
  analysedBy?: AnalysisRecord;
  /**
   * Set when the run stopped after the topic pre-check: no followed topic could match and the reader had not
   * asked, so actors and claims wait until they do (`analysis` is null meanwhile).
   */
  deferred?: { topics: TopicCheck[] };
  analyzedAt: string;
}

/** The topic pre-check's verdict on one followed topic. */
export interface TopicCheck {
  id: string;
  label: string;
  /** False when the topic certainly does not match the article. */
  possible: boolean;
  /** Labels of the topic's required groups with no evidence in the article. */
  missing: string[];
}

/** Where an article was extracted: in the page itself, or off its main thread. */
export type ExtractionSite = 'page' | 'offscreen' | 'background';

/** Where extraction ran, for tests and the panel's diagnostics. */
export interface ExtractionRecord {
  site: ExtractionSite;
  /** Parse and extraction time where it ran (ms); in the page, the extraction step's own time. */
  ms?: number;
  /** Why a big page was extracted in the page after all (extraction elsewhere failed). */
  fallback?: string;
}

/** How long the background's engine took on an article, and whether its code had already run (warm). */
export interface AnalysisRecord {
  ms: number;
  warm: boolean;
}

/** Highlight categories the user can toggle. */
export type HighlightCategory = ActorType | 'claim';

/** A failure returned as a value across contexts. */
export interface Failure {
  ok: false;
  error: string;
}

/** A success returned as a value across contexts. */
export interface Success<T> {
  ok: true;
  value: T;
}

/** Result of a cross-context call: failures come back as values, never as thrown errors. */
export type Result<T> = Success<T> | Failure;

/** A save that started and has not finished (or was interrupted). */
export interface PendingSave {
  tabId: number;
  url: string;
  title: string;
  startedAt: string;
}

/** Import progress: `done` of `total` reports written. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** What an import did. */
export interface ImportSummary {
  added: number;
  merged: number;
  copies: number;
  versions: number;
  topics: number;
  settings: number;
}

/** The reader's notes on one saved report: on the report itself and on its claims (by claim id). */
export interface ReportNotes {
  reportId: string;
  /** A note on the whole report; empty when none. */
  report: string;
  /** Claim id → the claim's text when the note was written (to find it again) and the note. */
  claims: Record<string, { text: string; note: string }>;
  updatedAt: string;
}
