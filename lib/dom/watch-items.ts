import type { ItemFinder } from '../sites/types';
import { observeAddedElements } from './observe';

export interface WatchOptions {
  /**
   * Hand an item over again when its content changes in place (a recycled row of a virtualised
   * list). Only for consumers that can read an item twice; the item may then no longer read.
   */
  rereadChanged?: boolean;
}

/**
 * Hands every item of a list page to `onItems` once: those present now, then those added later
 * (infinite scroll, list replaced by the framework), read from the added subtrees only; with
 * `rereadChanged`, again whenever something inside it changes.
 */
export function watchItems(
  finder: ItemFinder,
  onItems: (items: Element[]) => void,
  signal: AbortSignal,
  options: WatchOptions = {},
): void {
  const seen = new WeakSet<Element>();
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
    if (batch.size > 0) onItems([...batch]);
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
