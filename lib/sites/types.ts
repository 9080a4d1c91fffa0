import type { PageKind, PlatformId } from '../domain/platforms';
import type { Review } from '../domain/review';

/** Why a row that looked like a review yielded nothing. */
export type RowSkipReason = 'no-text' | 'unreadable';

export type RowReading =
  | {
      ok: true;
      review: Review;
      /** Every element of the page that belongs to this review (the root first). */
      elements: Element[];
      /** Where the level badge goes. */
      badgeSlot: Element;
    }
  | { ok: false; reason: RowSkipReason; detail: string };

/** What an adapter knows about a review list page. Selectors never leave the adapter. */
export interface ReviewListReader {
  /** The root element of every review at or below `scope`. */
  findRows(scope: ParentNode): Element[];
  /** The review root that `node` belongs to, or null when it is not part of a review. */
  rowOf(node: Element): Element | null;
  /** Reads one review root; never throws. */
  read(root: Element): RowReading;
}

export interface SiteAdapter {
  platform: PlatformId;
  /** Hostnames of this platform's back-end. */
  hosts: readonly string[];
  /** The kind of page at `url`, or null when this adapter does not handle it. */
  detect(url: URL): PageKind | null;
  reviews?: ReviewListReader;
}

export interface PageMatch {
  adapter: SiteAdapter;
  kind: PageKind;
}
