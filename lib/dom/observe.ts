import { isOwnNode } from './marks';

/** What else a caller of `observeAddedElements` hears about. */
export interface ObserveOptions {
  /**
   * The elements whose children or text changed in place (the parent of a changed text node, the parent whose
   * children were swapped): virtualised lists recycle a row element and only change what is inside it.
   */
  onChanged?: (elements: Element[]) => void;
  /** After a batch that took elements out from below `root` (not moved elsewhere in it). */
  onRemoved?: () => void;
  /** After every batch, additions or not (a batch may only remove what the caller holds). */
  afterBatch?: () => void;
}

function onlyOwnNodes(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (!isOwnNode(nodes[i]!)) return false;
  return true;
}

/** Whether `nodes` hold an element of the page that is no longer in it (not moved elsewhere). */
function takesOutPageElements(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node instanceof Element && !isOwnNode(node) && !node.isConnected) return true;
  }
  return false;
}

/**
 * Calls `onAdded` with the elements added below `root`, once per mutation batch. Never re-scans
 * the page: only the added subtrees are handed over, and our own UI is left out.
 */
export function observeAddedElements(root: Node, onAdded: (elements: Element[]) => void, signal: AbortSignal, { onChanged, onRemoved, afterBatch }: ObserveOptions = {}): void {
  const observer = new MutationObserver((records) => {
    const added: Element[] = [];
    let removed = false;
    const changed = new Set<Element>();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && !isOwnNode(node) && node.isConnected) added.push(node);
      }
      if (onRemoved && !removed) removed = takesOutPageElements(record.removedNodes);
      // Our own UI going in or out (a badge in its row) is no change of the page's content.
      if (!onChanged || (record.type === 'childList' && onlyOwnNodes(record.addedNodes) && onlyOwnNodes(record.removedNodes))) continue;
      const target = record.type === 'characterData' ? record.target.parentElement : record.target;
      if (target instanceof Element && target.isConnected) changed.add(target);
    }
    if (removed) onRemoved?.();
    if (added.length > 0) onAdded(added);
    if (onChanged && changed.size > 0) onChanged([...changed]);
    afterBatch?.();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: onChanged !== undefined });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
