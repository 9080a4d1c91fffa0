import type { ItemFinder } from '../sites/types';
import { observeAddedElements } from './observe';

const ITEMS_PER_TASK = 250;

export interface WatchOptions {
  /** Names the User Timing measure `kefu-lens:<label>` each slice of reading is recorded as. */
  label: string;
  /**
   * Hand an item over again when its content changes in place (a recycled row of a virtualised
   * list). Only for consumers that can read an item twice; the item may then no longer read.
   */
  rereadChanged?: boolean;
}

/**
 * Hands every item of a list page to `onItems` once: those present now, then those added later
 * (infinite scroll, list replaced by the framework), read from the added subtrees only; with
 * `rereadChanged`, again whenever something inside it changes. Big lists are read in slices of one
 * task each, so the page never waits on one long task; each slice is recorded as a User Timing
 * measure (visible in DevTools and to the benchmark), so the cost to the host page is measurable.
 */
export function watchItems(finder: ItemFinder, onItems: (items: Element[]) => void, signal: AbortSignal, options: WatchOptions): void {
  const seen = new WeakSet<Element>();
  const readInSlices = (items: Element[]) => {
    if (signal.aborted) return;
    const start = performance.now();
    const slice = items.slice(0, ITEMS_PER_TASK);
    onItems(slice);
    performance.measure(`kefu-lens:${options.label}`, { start, detail: { items: slice.length } });
    if (items.length > ITEMS_PER_TASK) setTimeout(() => readInSlices(items.slice(ITEMS_PER_TASK)), 0);
  };
  const handle = (candidates: Iterable<Element>, changed: Iterable<Element> = []) => {
    const batch = new Set<Element>();
    for (const item of candidates) {
      if (seen.has(item)) continue;
      seen.add(item);
      batch.add(item);
    }
    for (const item of changed) {
      seen.add(item);
      batch.add(item);
    }
    if (batch.size > 0) readInSlices([...batch]);
  };
  handle(finder.findItems(document));
  const owners = (elements: Element[]) => {
    const items = new Set<Element>();
    for (const el of elements) {
      const owner = finder.itemOf(el);
      if (owner) items.add(owner);
    }
    return items;
  };
  observeAddedElements(
    document.body,
    (added) => {
      const candidates = owners(added);
      for (const el of added) for (const item of finder.findItems(el)) candidates.add(item);
      handle(candidates);
    },
    signal,
    // A changed element's item is re-read; the list around it is not re-scanned.
    options.rereadChanged ? (changed) => handle([], owners(changed)) : undefined,
  );
}
