import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageKind, PlatformId } from '../domain/platforms';
import type { PaletteReply } from '../domain/quick-replies/filter';
import type { QuickReplyQuery } from '../domain/quick-replies/schema';
import type { Review } from '../domain/review';
import type { CauseResult } from '../domain/classifier';
import type { Library } from '../domain/library/types';
import type { CauseCode } from '../domain/taxonomy';
import type { PlaybookSettings } from '../domain/playbook/budget';
import type { RemedyChoice, RemedyOptions, RemedyQuery } from '../domain/playbook/settings-schema';
import type { SuggestionQuery } from '../domain/library/schema';
import type { RemedyRecord } from '../storage/remedies-repo';
import type { Note, NoteInput } from '../storage/notes';

export interface ReviewAnalysis {
  key: string;
  /** A 中评/差评 by rating, or a complaint hidden in a good rating or its 追评. */
  needsRecovery: boolean;
  /** 0..1 negativity of the text. */
  score: number;
  /** Causes, primary first (at most three), with the text spans that support them. */
  causes: CauseResult[];
}

/** What the content script read on the current page, for the popup. */
export interface PageStatus {
  platform: PlatformId | null;
  pageKind: PageKind | null;
  reviews: {
    read: number;
    negative: number;
    neutral: number;
    positive: number;
    /** Good ratings whose text or 追评 carries a complaint. */
    hiddenComplaints: number;
    noText: number;
    unreadable: number;
  };
  chat: { messages: number; conversation: boolean; buyerName: string };
  /** Whether the chat input or review reply box was found. */
  inputFound: boolean;
  /** The platform's review reader read nothing, so the generic reader took over. */
  genericFallback: boolean;
  /** Features that failed on this page, by id (the page itself keeps working). */
  failedFeatures: string[];
}

/** Every cross-context call of the extension. Payloads from content scripts are checked with zod in the background. */
interface ProtocolMap {
  getNotes(data: { keys: string[] }): Record<string, Note>;
  saveNote(data: NoteInput): Note | null;
  analyseReviews(data: { reviews: Review[] }): ReviewAnalysis[];
  /** Quick replies ranked for the case the agent is answering. */
  getQuickReplies(data: QuickReplyQuery): PaletteReply[];
  /** The agent inserted this reply (ranks it higher next time). */
  recordReplyUse(data: { id: string }): void;
  /** Popup → content script of a tab. */
  getPageStatus(): PageStatus;
  /** Options page → content script: how many elements each selector matches on that page. */
  countSelectors(data: { selectors: Record<string, string> }): Record<string, number | 'invalid'>;
  /** Popup → background, after the agent granted a site: start the content script there now. */
  enableOnTab(data: { tabId: number }): void;
  /** Background → content script of the active tab: the `open-quick-replies` keyboard command. */
  openQuickReplies(): boolean;

  // --- playbook (issue 6) ---
  /** Options page → background: the reply library. */
  getLibrary(): Library;
  /** Options page → background: replaces the library (validated, every text compliance-checked). */
  saveLibrary(data: Library): void;
  /** Review panel: the library's best replies for a cause on this page (public replies on a review page). */
  suggestReplies(data: SuggestionQuery): PaletteReply[];
  /** Chat: when the buyer's unanswered messages complain, the cause and the library's best first-contact replies. */
  suggestForChat(data: QuickReplyQuery): { cause: CauseCode | null; replies: PaletteReply[] };
  getShopSettings(): PlaybookSettings;
  saveShopSettings(data: PlaybookSettings): void;
  /** The cause's remedies priced with the shop's settings, the daily budget and what was spent today. */
  getRemedyOptions(data: RemedyQuery): RemedyOptions;
  /** The agent chose a remedy: priced with the shop's settings and recorded in the remedy ledger. */
  recordRemedy(data: RemedyChoice): { record: RemedyRecord; spentToday: number };
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
