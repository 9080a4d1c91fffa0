import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageKind, PlatformId } from '../domain/platforms';
import type { PaletteReply } from '../domain/quick-replies/filter';
import type { QuickReplyQuery } from '../domain/quick-replies/schema';
import type { ListedReview } from '../domain/review';
import type { CauseResult } from '../domain/classifier';
import type { Library } from '../domain/library/types';
import type { PlaybookSettings } from '../domain/playbook/budget';
import type { RemedyChoice, RemedyOptions, RemedyQuery } from '../domain/playbook/settings-schema';
import type { SuggestionQuery } from '../domain/library/schema';
import type { Stage } from '../domain/playbook/types';
import type { CauseCode } from '../domain/taxonomy';
import type { RemedyRecord } from '../storage/remedies-repo';
import type { Note, NoteInput } from '../storage/notes';
import type { BuyerMemory, BuyerNoteField } from '../domain/cases/buyer';
import type { ChatCaseInput, ReviewCaseInput } from '../domain/cases/lifecycle';
import type { CaseOutcome, CaseStage, CaseView, DueList, Remedy, Timer } from '../domain/cases/model';
import type { WatchedTab } from '../domain/cases/watch';
import type { BuyerCard, BuyerRef } from '../storage/buyers-repo';
import type { Settings } from '../storage/settings';
import type { StorageProblem } from '../background/storage-health';

export interface ReviewAnalysis {
  key: string;
  /** A 中评/差评 by rating, or a complaint hidden in a good rating or its 追评. */
  needsRecovery: boolean;
  /** 0..1 negativity of the text. */
  score: number;
  /** Causes, primary first (at most three), with the text spans that support them. */
  causes: CauseResult[];
}

/** The chat strip's suggestions for the buyer's case (its step) or a new complaint. */
export interface ChatSuggestions {
  cause: CauseCode | null;
  /** The step of the case the replies are for. */
  stage: Stage | null;
  /** The buyer's current case, which a chosen remedy is recorded on. */
  caseId: string | null;
  replies: PaletteReply[];
  remedies: RemedyOptions | null;
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

/** The popup's due list, or why it cannot be read, and any storage problem the agent must hear about. */
export interface DueAnswer {
  due: DueList | null;
  error: string | null;
  storageProblem: StorageProblem | null;
}

/** Every cross-context call of the extension. Payloads from content scripts are checked with zod in the background. */
interface ProtocolMap {
  getNotes(data: { keys: string[] }): Record<string, Note>;
  saveNote(data: NoteInput): Note | null;
  analyseReviews(data: { reviews: ListedReview[] }): ReviewAnalysis[];
  /** Quick replies ranked for the case the agent is answering. */
  getQuickReplies(data: QuickReplyQuery): PaletteReply[];
  /** The agent inserted this reply (ranks it higher next time). */
  recordReplyUse(data: { id: string }): void;
  /** Popup → content script of a tab. */
  getPageStatus(): PageStatus;
  /** Content script → background: the seller-page strings in the agent's language. */
  getPageMessages(data: { language: string }): Record<string, string>;
  /** Options page → content script: how many elements each selector matches on that page. */
  countSelectors(data: { selectors: Record<string, string> }): Record<string, number | 'invalid'>;
  /** Popup → background, after the agent granted a site: start the content script there now. */
  enableOnTab(data: { tabId: number }): void;
  /** Background → content script of the active tab: the `open-quick-replies` keyboard command. */
  openQuickReplies(): boolean;

  // — Cases, buyer memory and follow-ups (issue 7) —
  /** Content script → background: opens (once) the case of every review needing recovery; views by review key. */
  syncReviewCases(data: { reviews: ReviewCaseInput[] }): Record<string, CaseView>;
  openChatCase(data: ChatCaseInput): CaseView;
  getCase(data: { id: string }): CaseView | null;
  changeCaseStage(data: { id: string; stage: CaseStage; outcome?: CaseOutcome }): CaseView;
  addCaseNote(data: { id: string; text: string }): CaseView;
  /** Hands the case to another agent. */
  reassignCase(data: { id: string; handler: string }): CaseView;
  /** Agent names a case can be handed to: the settings' own name, then every handler the cases know. */
  getCaseHandlers(): string[];
  setCaseRemedies(data: { id: string; remedies: Remedy[] }): CaseView;
  getBuyerCard(data: { buyer: BuyerRef; orderIds: string[] }): BuyerCard;
  saveBuyerNote(data: { buyer: BuyerRef; field: BuyerNoteField; text: string; baseRev: number }): { memory: BuyerMemory; conflict: boolean };
  addTimer(data: { kind: 'promise' | 'manual'; buyer: BuyerRef; productName?: string; caseId?: string; note: string; url?: string; dueAt: number }): Timer;
  setTimerDone(data: { id: string; done: boolean }): Timer;
  snoozeTimer(data: { id: string; minutes: number }): Timer;
  /** Popup: the first due and upcoming follow-ups (`limit`, else the first screenful), or why they cannot be read, and any storage problem. */
  getDueList(data?: { limit: number }): DueAnswer;
  /** Opens the page a follow-up is about (review list, chat, or the case). */
  openFollowUp(data: { id: string }): void;
  dismissStorageProblem(): void;
  getSettings(): Settings;
  saveSettings(data: Settings): Settings;
  /** Every store as one JSON text, and its all-or-nothing restore. */
  exportBackup(): string;
  importBackup(data: { json: string }): Record<string, number>;
  /** Watched review tabs (popup), and the background's gentle refresh of one (→ content script). */
  watchTab(data: { tabId: number }): WatchedTab[];
  unwatchTab(data: { tabId: number }): WatchedTab[];
  getWatchedTabs(): WatchedTab[];
  refreshIfIdle(): 'refreshed' | 'busy';
  // --- playbook (issue 6) ---
  /** Options page → background: the reply library. */
  getLibrary(): Library;
  /** Options page → background: replaces the library (validated, every text compliance-checked). */
  saveLibrary(data: Library): void;
  /** Review panel: the library's best replies for a cause on this page (public replies on a review page). */
  suggestReplies(data: SuggestionQuery): PaletteReply[];
  /** Chat: for the buyer's current case (its stage) or a new complaint, the cause, the step's best replies and the remedies. */
  suggestForChat(data: QuickReplyQuery): ChatSuggestions;
  getShopSettings(): PlaybookSettings;
  saveShopSettings(data: PlaybookSettings): void;
  /** The cause's remedies priced with the shop's settings, the daily budget and what was spent today. */
  getRemedyOptions(data: RemedyQuery): RemedyOptions;
  /** The agent chose a remedy: priced with the shop's settings and recorded in the remedy ledger and on its case. */
  recordRemedy(data: RemedyChoice): { record: RemedyRecord; spentToday: number; case: CaseView | null };
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
