import type { ChatMessage, Conversation } from '../domain/chat';
import type { PageKind, PlatformId } from '../domain/platforms';
import type { ListedReview, ReviewDetails } from '../domain/review';
import type { ReviewLevel } from '../domain/taxonomy';
import type { InsertStrategy } from '../dom/insert';

/** Why a row that looked like a review yielded nothing. */
export type RowSkipReason = 'no-text' | 'unreadable';

export type RowReading =
  | {
      ok: true;
      review: ListedReview;
      /** How it reads: the platform's level when shown, else its stars. */
      level: ReviewLevel;
      /**
       * The rest of the row (buyer, order, product, time, replied), as shown: `wholeReview` checks them. A list
       * of thousands of rows is read and marked without them; they are asked for the few reviews that become
       * cases or open a panel. A reader that reads them then answers null when the row shows another review
       * by now (a virtualised list reuses its rows): never another review's buyer.
       */
      details: () => ReviewDetails | null;
      /** Every element of the page that belongs to this review (the root first). */
      elements: Element[];
      /** Where the level badge goes; asked only for the rows that get one (most rows never do). */
      badgeSlot: () => Element;
    }
  | { ok: false; reason: RowSkipReason; detail: string };

/** How to find the repeated items of a list page, incrementally. */
export interface ItemFinder {
  /** The root element of every item at or below `scope`. */
  findItems(scope: ParentNode): Element[];
  /** The item root that `node` belongs to, or null when it is not part of an item. */
  itemOf(node: Element): Element | null;
}

/** What an adapter knows about a review list page. Selectors never leave the adapter. */
export interface ReviewListReader extends ItemFinder {
  /** Reads one review root; never throws. */
  read(root: Element): RowReading;
  /** Opens the platform's reply dialog of the review at `root`; false when the review has no reply action. */
  openReplyBox?(root: Element): boolean;
  /**
   * The page's own button that reloads the list with its filters (查询/搜索), for watched tabs: clicking it
   * refreshes the way the agent would. Absent (or null) where the page has none: the tab is reloaded.
   */
  refreshButton?(doc: Document): HTMLElement | null;
}

/** What an adapter knows about a chat workbench. */
export interface ChatReader extends ItemFinder {
  /** Reads one message root (null for rows that are not messages, e.g. date separators). */
  readMessage(root: Element): ChatMessage | null;
  /** Who the open conversation is with and what it is about; null while none is open. */
  readConversation(doc: Document): Omit<Conversation, 'messages'> | null;
  /** The platform's reply-time target for the buyer's waiting time, in seconds. */
  replyTargetSeconds: number;
}

export interface SiteAdapter {
  platform: PlatformId;
  /** Hostnames of this platform's back-end. */
  hosts: readonly string[];
  /** The kind of page at `url`, or null when this adapter does not handle it. */
  detect(url: URL): PageKind | null;
  reviews?: ReviewListReader;
  chat?: ChatReader;
  /**
   * The chat input or review reply box the agent types into, as `scope` shows it: the document, or a
   * subtree the page just added (null when that subtree holds neither the input nor what tells it).
   * Features never search: they read `FeatureContext.input`, which the page's changes keep current.
   */
  findInput?(scope: ParentNode): HTMLElement | null;
  /**
   * The insertion strategies this platform's input needs, in order, when the engine's default
   * chain for that kind of input (lib/dom/insert.ts) is not right for it.
   */
  insertStrategies?: readonly InsertStrategy[];
}

export interface PageMatch {
  adapter: SiteAdapter;
  kind: PageKind;
}
