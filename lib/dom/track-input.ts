import { isOwnNode } from './marks';
import { observeAddedElements } from './observe';

/** The input the agent types into on this page, kept current as the page changes. */
export interface TrackedInput {
  /** The input now, or null when the page shows none. Costs nothing: no search. */
  current(): HTMLElement | null;
  /** Calls `listener` after the input changed (another one was mounted, or it left the page); returns how to stop. */
  onChange(listener: (input: HTMLElement | null) => void): () => void;
}

/** While a chat page shows no input, how often it is searched again. */
const SEARCH_WHILE_NONE_MS = 2_000;

/**
 * Keeps the answer of `find(document)`, the adapter's whole-page search (its preferences included: a chat box
 * before a dialog's), without searching the whole page on every change, scroll or keystroke (on a 2,000-row
 * review list one search costs about 2 ms). The page is searched again only when there is a reason: a subtree
 * the page adds, or the element the agent focuses, holds a candidate (`find` on that scope); the input left the
 * page; or, with `searchWhileNone` (chat pages), every 2 s on a visible page while there is none: a chat editor can
 * be a web component that builds itself, or an area that becomes editable, without a change of children we see.
 * (Review pages open their reply box as a dialog, which is seen mounted.) A failing `find` or listener stays local.
 */
export function trackInput(find: (scope: ParentNode) => HTMLElement | null, signal: AbortSignal, { searchWhileNone = false } = {}): TrackedInput {
  const listeners = new Set<(input: HTMLElement | null) => void>();
  const safeFind = (scope: ParentNode): HTMLElement | null => {
    try {
      return find(scope);
    } catch (error) {
      console.warn('[kefu-lens] input search failed', error);
      return null;
    }
  };
  let input = safeFind(document);
  const searchPage = () => {
    const next = safeFind(document);
    if (next === input) return;
    input = next;
    for (const listener of listeners) {
      try {
        listener(input);
      } catch (error) {
        console.warn('[kefu-lens] input listener failed', error);
      }
    }
  };
  const holdsCandidate = (el: Element) => safeFind(el) !== null;

  observeAddedElements(document.body, (added) => added.some(holdsCandidate) && searchPage(), signal, {
    afterBatch: () => input && !input.isConnected && searchPage(),
  });
  document.addEventListener('focusin', (event) => event.target instanceof Element && !isOwnNode(event.target) && holdsCandidate(event.target) && searchPage(), { signal, capture: true });
  const poll = searchWhileNone ? setInterval(() => input === null && document.visibilityState === 'visible' && searchPage(), SEARCH_WHILE_NONE_MS) : undefined;
  signal.addEventListener('abort', () => clearInterval(poll), { once: true });

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
