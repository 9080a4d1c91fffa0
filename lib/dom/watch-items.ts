import type { ItemFinder } from '../sites/types';
import { observeAddedElements } from './observe';

/**
 * Hands every item of a list page to `onItems` once: those present now, then those added later
 * (infinite scroll, list replaced by the framework), read from the added subtrees only.
 */
export function watchItems(finder: ItemFinder, onItems: (items: Element[]) => void, signal: AbortSignal): void {
  const seen = new WeakSet<Element>();
  const handle = (candidates: Iterable<Element>) => {
    const fresh: Element[] = [];
    for (const item of candidates) {
      if (seen.has(item)) continue;
      seen.add(item);
      fresh.push(item);
    }
    if (fresh.length > 0) onItems(fresh);
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
