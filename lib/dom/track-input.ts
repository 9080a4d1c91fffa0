import { isOwnNode } from './marks';

/** The input the agent types into on this page, kept current as the page changes. */
export interface TrackedInput {
  /** The input now, or null when the page shows none. Costs nothing: no search. */
  current(): HTMLElement | null;
  /** Calls `listener` after the input changed (another one was mounted, or it left the page); returns how to stop. */
  onChange(listener: (input: HTMLElement | null) => void): () => void;
}

/**
 * Tracks the input that `find` recognises at or below a scope, without searching the whole page
 * again on every change, scroll or keystroke (on a 2,000-row review list one search costs about 2 ms):
 * the page is searched once, then only the subtrees the page adds; an input mounted later takes over
 * (the dialog the agent just opened). The page is searched again only when the input leaves it, and
 * on focus the focused element is looked at (a web component can build its input without a DOM
 * change we see, and some adapters follow focus).
 */
export function trackInput(find: (scope: ParentNode) => HTMLElement | null, signal: AbortSignal): TrackedInput {
  const listeners = new Set<(input: HTMLElement | null) => void>();
  let input = find(document);
  const update = (next: HTMLElement | null) => {
    if (next === input) return;
    input = next;
    for (const listener of listeners) listener(input);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || isOwnNode(node) || !node.isConnected) continue;
        const mounted = find(node);
        if (mounted) update(mounted);
      }
    }
    if (input && !input.isConnected) update(find(document));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener(
    'focusin',
    (event) => {
      const focused = event.target;
      const found = focused instanceof Element && !isOwnNode(focused) ? find(focused) : null;
      if (found) update(found);
    },
    { signal, capture: true },
  );
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  return {
    current: () => input,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** For pages whose adapter knows no input. */
export const NO_INPUT: TrackedInput = { current: () => null, onChange: () => () => undefined };
