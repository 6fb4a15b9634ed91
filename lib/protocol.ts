/**
 * The types of the one message protocol between the extension's contexts (content script, background, panel,
 * offscreen document). Pure types: lib/ext/messages.ts binds them to the browser's messaging.
 */
import type {
  Analysis,
  AnalysisRecord,
  Article,
  ExtractionSite,
  HighlightCategory,
  ImportProgress,
  ImportSummary,
  PageState,
  PendingSave,
  ReportNotes,
  Result,
  TopicCheck,
} from '@/lib/types';

/** Which highlight categories are shown on a page. */
export interface HighlightToggles {
  enabled: boolean;
  categories: Partial<Record<HighlightCategory, boolean>>;
  /**
   * 'calm' (the default): actors' first mentions and attributed claims, no places; 'full': every mention
   * and claim. Categories switched off stay off at either density.
   */
  density?: 'calm' | 'full';
}

/**
 * The user's settings a page's run needs, which only the background can read from the store. The lexicon and
 * the topics stay in the background, which analyses the page's article (`analyseArticle`).
 */
export interface AnalysisSettings {
  highlights: HighlightToggles | null;
  /**
   * How far the page's run goes: 'full' when the reader asked on this tab (toolbar, menu, panel); 'auto'
   * otherwise, which stops after the topic pre-check on articles no followed topic could match.
   */
  depth: 'auto' | 'full';
}

/** What the side panel asks the content script to reveal. */
export interface ScrollTarget {
  kind: 'actor' | 'claim';
  id: string;
  /** Which mention of an actor; 0 when omitted. */
  index?: number;
}

/** What saved reports say about the live page's actors and claims (for the in-page popover). */
export interface PageContext {
  /** How many saved reports are compared (related candidates). */
  reportCount: number;
  /** True when this page's article is already in the collection. */
  saved: boolean;
  /** Actor id → number of saved reports that also mention it. */
  actorReportCounts: Record<string, number>;
  /** Claim id → how many saved reports state the same claim with agreeing or disagreeing figures. */
  claimAgreement: Record<string, { agree: number; disagree: number }>;
  /** True when the reader let Parallax run by itself on this page's site (no need to offer it). */
  siteEnabled?: boolean;
  /** The reader's notes on this page's saved report and its claims. */
  notes?: ReportNotes | null;
}

/** An extracted article sent to the background's engine: its text, paragraph offsets and metadata. */
export interface AnalyseRequest {
  article: Article;
  /** 'auto' (a run nobody asked for) first checks the followed topics and stops there when none could match. */
  depth: 'auto' | 'full';
}

/** The background's answer: the analysis, or the topic pre-check's verdicts when an 'auto' run stopped there. */
export type AnalyseReply =
  | { analysis: Analysis; deferred: null; run: AnalysisRecord }
  | { analysis: null; deferred: TopicCheck[]; run: AnalysisRecord };

/** The texts the topic pre-check reads: a page's candidate titles and readable text, before extraction. */
export interface TopicCheckRequest {
  title: string;
  text: string;
}

/** A big page's serialised HTML, sent away from the page to be extracted off its main thread. */
export interface ExtractRequest {
  html: string;
  /** The page's address (the parsed copy has none of its own). */
  url: string;
}

/** The article extracted off the page (null: none found), where that ran, and how long it took. */
export interface ExtractedElsewhere {
  article: Article | null;
  site: Exclude<ExtractionSite, 'page'>;
  ms: number;
}

/**
 * The one protocol between contexts. Each entry is `(request) => response`; failures come back as
 * `Result` values so no caller has to guess what a rejected promise means.
 */
export interface ProtocolMap {
  /** content → background: the page was analysed (or judged not to be an article). */
  pageAnalyzed(state: PageState): void;
  /** content → background: open the options page ready to enable automatic runs on the sender's site. */
  openSiteSettings(): Result<true>;
  /** content → background: the highlight defaults and how far the run goes; starts warming the engine. */
  getAnalysisSettings(): AnalysisSettings;
  /** content → background: actors, claims and topics of the page's article, by the background's warm engine. */
  analyseArticle(request: AnalyseRequest): Result<AnalyseReply>;
  /** content → background: the topic pre-check on a page's text, before extraction (unasked runs). */
  checkTopics(request: TopicCheckRequest): Result<TopicCheck[]>;
  /** side panel → background: the latest state of a tab, or null when the content script has not run. */
  getTabState(tabId: number): PageState | null;
  /** side panel → background: run the content script on a tab now (activeTab / enabled site). */
  analyzeTab(tabId: number): Result<true>;
  /** background → content: finish a run that stopped after the topic pre-check (the reader asked). */
  analyseFully(request: Record<string, never>): Result<true>;
  /** side panel → background: save the tab's article to the collection. */
  saveTab(tabId: number): Result<{ id: string; created: boolean }>;
  /** side panel → content: scroll to a mention or claim and flash it. */
  scrollTo(target: ScrollTarget): Result<true>;
  /** side panel → content: show or hide highlight categories. */
  setHighlights(toggles: HighlightToggles): Result<HighlightToggles>;
  /** content → background: saved-report context for the sender tab's analysed page. */
  pageContext(request: Record<string, never>): Result<PageContext>;
  /** content → background: save the sender tab's article (the content script cannot know its tab id). */
  saveThisPage(request: Record<string, never>): Result<{ id: string; created: boolean }>;
  /** background → content: the toggle-highlights command; returns the new toggles. */
  toggleHighlights(request: Record<string, never>): Result<HighlightToggles>;
  /** background → side panel: a tab's state changed (analysis, save, navigation). */
  tabStateChanged(change: { tabId: number; state: PageState | null }): void;
  /** side panel/options → background: remove a saved report; the token undoes it (null: nothing removed). */
  removeReport(id: string): Result<{ undoToken: string | null }>;
  /** side panel/options → background: undo a removal; returns the restored report ids. */
  undoDelete(token: string): Result<string[]>;
  /** options → background: import a collection file (JSON text); refused whole when invalid. */
  importCollection(json: string): Result<ImportSummary>;
  /** background → options: progress of a running import. */
  importProgress(progress: ImportProgress): void;
  /** content → background: extract a big page off its main thread; a failure means "extract in the page". */
  extractHtml(request: ExtractRequest): Result<ExtractedElsewhere>;
  /** background → offscreen document (Chrome): parse and extract there, the service worker having no DOM. */
  offscreenExtract(request: ExtractRequest): Result<ExtractedElsewhere>;
  /** side panel → background: saves a service-worker restart interrupted and that could not be retried. */
  getPendingSaves(request: Record<string, never>): PendingSave[];
}
