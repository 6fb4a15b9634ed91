/** Shared shapes of the demo news site: outlets, articles, catalog entries and planted differences. */

/** The fictional outlets of the demo site. */
export type OutletId = 'ledger' | 'harbor' | 'dispatch' | 'northgate';

/** The three events of the story that several outlets report. */
export type EventId = 'e1' | 'e2' | 'e3';

/** How a report relates to the other reports of the same event. */
export type ArticleRole = 'original' | 'rewrite' | 'excerpt' | 'summary' | 'independent';

/** What a page is, so tests know what Parallax should do with it. */
export type PageKind = 'article' | 'offtopic' | 'home' | 'hostile' | 'dynamic' | 'reference';

/** One catalog entry: every page the demo site serves (seeds excepted). */
export interface DemoPage {
  path: string;
  outlet: string;
  title: string;
  kind: PageKind;
  event?: EventId;
  /** ISO 8601 as published in the page's metadata or date line. */
  publishedTime?: string;
  role?: ArticleRole;
  schemaOrg: boolean;
  openGraph: boolean;
}

/** A link rendered in an article's "Sources" box; hostile pages use it for `javascript:` URLs. */
export interface SourceLink {
  text: string;
  href: string;
}

/** The content and metadata of one article page. Every string is plain text and escaped on render. */
export interface ArticleSpec {
  path: string;
  outlet: OutletId;
  title: string;
  kind: 'article' | 'offtopic' | 'hostile';
  event?: EventId;
  role?: ArticleRole;
  /** ISO 8601 with offset. */
  publishedTime: string;
  schemaOrg: boolean;
  openGraph: boolean;
  /** 'time' renders a <time datetime>; 'text' renders only a human date line (no machine date). */
  dateDisplay: 'time' | 'text';
  section: string;
  byline: string;
  dateline?: string;
  standfirst?: string;
  /**
   * Body paragraphs. A paragraph starting with "## " is a subheading; `[label](/path)` becomes a
   * same-site link (only paths starting with "/" are linked).
   */
  paragraphs: string[];
  description?: string;
  keywords?: string[];
  sources?: SourceLink[];
  imageCaption?: string;
  /** Author profile link (byline link, JSON-LD author.url). */
  authorUrl?: string;
  /** Lead image URL for og:image and JSON-LD image. */
  image?: string;
}

/** The metadata every article-like page renders into its <head> (OpenGraph, JSON-LD). */
export type ArticleMeta = Omit<ArticleSpec, 'kind' | 'paragraphs'>;

/** A source a reference page cites; `path` links it when the demo site has that page. */
export interface Citation {
  outlet: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  path?: string;
}

/**
 * A section of a reference page. Paragraphs are plain text with `[label](/path)` links and `{{key}}` footnote
 * markers for `citations`.
 */
export interface ReferenceSection {
  id: string;
  /** Empty for the lead. */
  heading: string;
  paragraphs: string[];
  subsections?: ReferenceSection[];
}

/** A long encyclopedia-style page: big on purpose, so Parallax extracts it off the page's main thread. */
export interface ReferenceSpec extends ArticleMeta {
  kind: 'reference';
  /** Label and value rows of the summary box. */
  infobox: [string, string][];
  sections: ReferenceSection[];
  /** Date, place, weapon, deaths, injuries. */
  casualtyTable: [string, string, string, string, string][];
  citations: Record<string, Citation>;
  /** Explanatory footnotes, listed under "Notes". */
  notes: string[];
  seeAlso: string[];
  furtherReading: Citation[];
  /** Places on the locator map: name and position on a 0–100 grid. */
  mapPins: [string, number, number][];
}

/** One place where a planted difference shows up. `text` occurs verbatim in the page's body text. */
export interface DifferenceOccurrence {
  path: string;
  text: string;
  /** For figures: the number the text states (lower bound for "at least", "more than", "dozens"). */
  value?: number;
  /** For attributions: who the page credits, or null when the claim is unattributed. */
  source?: string | null;
}

/** A difference planted on purpose between reports of the same event. */
export interface PlantedDifference {
  id: string;
  event: EventId;
  type: 'figure' | 'quote' | 'attribution';
  description: string;
  occurrences: DifferenceOccurrence[];
}

/** Request-time facts a renderer needs, e.g. the origin for canonical and og:url. */
export interface RenderContext {
  origin: string;
}
