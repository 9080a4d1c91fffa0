/** Helpers for reading host pages through arrays of alternative selectors. */

/** Every element at or below `scope` matching any alternative, in document order, without repeats. */
export function queryAll(scope: ParentNode, alternatives: readonly string[]): Element[] {
  if (alternatives.length === 1) {
    const [selector] = alternatives as [string];
    const below = Array.from(scope.querySelectorAll(selector));
    return scope instanceof Element && scope.matches(selector) ? [scope, ...below] : below;
  }
  const found = new Set<Element>();
  if (scope instanceof Element && alternatives.some((selector) => scope.matches(selector))) found.add(scope);
  for (const selector of alternatives) for (const el of scope.querySelectorAll(selector)) found.add(el);
  return sortInDocumentOrder([...found]);
}

// The helpers below run once per row of lists of thousands, mostly before the optimising compiler has
// caught up: there, indexed loops cost a fraction of `for…of` and callbacks (about 5 ms on a 2,000-row page).

/** How many elements below `scope` match the first alternative that matches any. */
export function countAll(scope: ParentNode, alternatives: readonly string[]): number {
  for (let i = 0; i < alternatives.length; i++) {
    const count = scope.querySelectorAll(alternatives[i]!).length;
    if (count > 0) return count;
  }
  return 0;
}

export function matchesAny(el: Element, alternatives: readonly string[]): boolean {
  for (let i = 0; i < alternatives.length; i++) if (el.matches(alternatives[i]!)) return true;
  return false;
}

export function closestAny(el: Element, alternatives: readonly string[]): Element | null {
  for (let i = 0; i < alternatives.length; i++) {
    const hit = el.closest(alternatives[i]!);
    if (hit) return hit;
  }
  return null;
}

/** Visible text with runs of spaces collapsed; line breaks kept (buyers write in lines). */
export function textOf(node: Node | null | undefined): string {
  return cleanText(node?.textContent ?? '');
}

/** What `cleanText` has to tidy inside a trimmed text: a tab, a line break, a wide or no-break space, or two spaces. */
const UNTIDY = /[\t\n\u00a0\u3000]| {2}/;

/** `raw` with runs of spaces collapsed, spaces around line breaks dropped, and trimmed (as `textOf` reads). */
export function cleanText(raw: string): string {
  // Most texts are one tidy line inside the page's indentation: trimming them is all there is to do, and
  // costs a fraction of the replacements (which count on lists of thousands of rows).
  const trimmed = raw.trim();
  if (!UNTIDY.test(trimmed)) return trimmed;
  const text = trimmed.replace(/[ \t\u00a0\u3000]+/g, ' ');
  return (text.includes('\n') ? text.replace(/ *\n\s*/g, '\n') : text).trim();
}

/**
 * Like `textOf`, with every `<br>` read as a line break: chat bubbles break the buyer's lines with
 * `<br>`, which `textContent` drops (the lines would run together).
 */
export function textWithBreaks(scope: Element): string {
  if (!scope.querySelector('br')) return textOf(scope);
  const parts: string[] = [];
  const walker = scope.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    else if ((node as Element).localName === 'br') parts.push('\n');
  }
  return cleanText(parts.join(''));
}

/**
 * The cell at `index` of a table row, found by walking the siblings only that far. `row.cells` is a live
 * collection that is slow to build, and every element a content script touches costs it a wrapper of its
 * own world: on pages of thousands of rows, the cells not needed are not touched.
 */
export function cellAt(row: Element, index: number | undefined): Element | undefined {
  if (index === undefined) return undefined;
  let cell = row.firstElementChild;
  for (let i = 0; cell && i < index; i++) cell = cell.nextElementSibling;
  return cell ?? undefined;
}

/** Elements below `scope` with no element children: where visible text fragments live. */
export function leafElements(scope: Element): Element[] {
  return [...scope.querySelectorAll('*')].filter((el) => el.childElementCount === 0);
}

/** The first text fragment below `scope` (one text node, trimmed) that satisfies `accept`. */
export function findTextFragment(scope: Node, accept: (text: string) => boolean): { text: string; node: Text } | null {
  const walker = (scope.ownerDocument ?? document).createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text && accept(text)) return { text, node: node as Text };
  }
  return null;
}

/** The first element matching any alternative whose visible text fits `label`: buttons told apart by their wording. */
export function queryByText(scope: ParentNode, alternatives: readonly string[], label: RegExp): HTMLElement | null {
  const found = queryAll(scope, alternatives).find((el) => label.test(textOf(el)));
  return found instanceof HTMLElement ? found : null;
}

function sortInDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The first element at or below `scope` matching any alternative, in document order. */
export function queryFirst(scope: ParentNode, alternatives: readonly string[]): Element | null {
  return queryAll(scope, alternatives)[0] ?? null;
}

/** Like `textOf`, leaving out the text inside `excluded` (labels and times beside a message's text). */
export function textExcept(scope: Element, excluded: readonly Element[]): string {
  if (excluded.length === 0) return textOf(scope);
  const parts: string[] = [];
  const walker = scope.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!excluded.some((el) => el.contains(node))) parts.push(node.textContent ?? '');
  }
  return cleanText(parts.join(''));
}
