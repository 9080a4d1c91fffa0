import type { ItemFinder } from '../sites/types';
import { observeAddedElements } from './observe';

const ITEMS_PER_TASK = 250;

/**
 * Hands every item of a list page to `onItems` once: those present now, then those added later
 * (infinite scroll, list replaced by the framework), read from the added subtrees only.
 * Each slice is recorded as a User Timing measure `kefu-lens:<label>` (visible in DevTools and to
 * the benchmark), so the cost to the host page is always measurable.
 */
export function watchItems(finder: ItemFinder, onItems: (items: Element[]) => void, signal: AbortSignal, label: string): void {
  const seen = new WeakSet<Element>();
  /** Big lists are read in slices, one task each, so the page never waits on one long task. */
  const readInSlices = (items: Element[]) => {
    if (signal.aborted) return;
    const start = performance.now();
    const slice = items.slice(0, ITEMS_PER_TASK);
    onItems(slice);
    performance.measure(`kefu-lens:${label}`, { start, detail: { items: slice.length } });
    if (items.length > ITEMS_PER_TASK) setTimeout(() => readInSlices(items.slice(ITEMS_PER_TASK)), 0);
  };
  const handle = (candidates: Iterable<Element>) => {
    const fresh: Element[] = [];
    for (const item of candidates) {
      if (seen.has(item)) continue;
      seen.add(item);
      fresh.push(item);
    }
    if (fresh.length > 0) readInSlices(fresh);
  };
  handle(finder.findItems(document));
  observeAddedElements(
    document.body,
    (added) => {
      const candidates = new Set<Element>();
      for (const el of added) {
        const owner = finder.itemOf(el);
        if (owner) candidates.add(owner);
        for (const item of finder.findItems(el)) candidates.add(item);
      }
      handle(candidates);
    },
    signal,
  );
}
