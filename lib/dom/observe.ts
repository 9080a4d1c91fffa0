import { isOwnNode } from './marks';

/**
 * Calls `onAdded` with the elements added below `root`, once per mutation batch. Never re-scans
 * the page: only the added subtrees are handed over, and our own UI is left out.
 */
export function observeAddedElements(
  root: Node,
  onAdded: (elements: Element[]) => void,
  signal: AbortSignal,
): void {
  const observer = new MutationObserver((records) => {
    const added: Element[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && !isOwnNode(node) && node.isConnected) added.push(node);
      }
    }
    if (added.length > 0) onAdded(added);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
