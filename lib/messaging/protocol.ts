import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageKind, PlatformId } from '../domain/platforms';
import type { PaletteReply } from '../domain/quick-replies/filter';
import type { QuickReplyQuery } from '../domain/quick-replies/schema';
import type { Review } from '../domain/review';
import type { CauseCode } from '../domain/taxonomy';
import type { Note, NoteInput } from '../storage/notes';

export interface ReviewAnalysis {
  key: string;
  /** Primary cause of the complaint. */
  cause: CauseCode;
}

/** What the content script read on the current page, for the popup. */
export interface PageStatus {
  platform: PlatformId | null;
  pageKind: PageKind | null;
  reviews: { read: number; negative: number; neutral: number; positive: number; noText: number; unreadable: number };
  chat: { messages: number; conversation: boolean; buyerName: string };
  /** Whether the chat input or review reply box was found. */
  inputFound: boolean;
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
  /** Background → content script of the active tab: the `open-quick-replies` keyboard command. */
  openQuickReplies(): boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
