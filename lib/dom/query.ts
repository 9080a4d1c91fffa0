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

/** How many elements below `scope` match the first alternative that matches any. */
export function countAll(scope: ParentNode, alternatives: readonly string[]): number {
  for (const selector of alternatives) {
    const count = scope.querySelectorAll(selector).length;
    if (count > 0) return count;
  }
  return 0;
}

export function matchesAny(el: Element, alternatives: readonly string[]): boolean {
  return alternatives.some((selector) => el.matches(selector));
}

export function closestAny(el: Element, alternatives: readonly string[]): Element | null {
  for (const selector of alternatives) {
    const hit = el.closest(selector);
    if (hit) return hit;
  }
  return null;
}

/** Visible text with runs of spaces collapsed; line breaks kept (buyers write in lines). */
export function textOf(node: Node | null | undefined): string {
  return cleanText(node?.textContent ?? '');
}

/** `raw` with runs of spaces collapsed, spaces around line breaks dropped, and trimmed (as `textOf` reads). */
export function cleanText(raw: string): string {
  const text = raw.replace(/[ \t\u00a0\u3000]+/g, ' ');
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
 * The cells of a table row, in order. Walking the siblings costs a fraction of `row.cells`, a live
 * collection that is slow to build, which counts on pages of thousands of rows.
 */
export function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) cells.push(cell);
  return cells;
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
