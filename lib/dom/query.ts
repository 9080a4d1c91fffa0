/** Helpers for reading host pages through arrays of alternative selectors. */

/** Every element at or below `scope` matching any alternative, in document order, without repeats. */
export function queryAll(scope: ParentNode, alternatives: readonly string[]): Element[] {
  const found = new Set<Element>();
  if (scope instanceof Element && alternatives.some((selector) => scope.matches(selector))) found.add(scope);
  for (const selector of alternatives) for (const el of scope.querySelectorAll(selector)) found.add(el);
  return found.size > 1 && alternatives.length > 1 ? sortInDocumentOrder([...found]) : [...found];
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
  return (node?.textContent ?? '')
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/** Elements below `scope` with no element children: where visible text fragments live. */
export function leafElements(scope: Element): Element[] {
  return [...scope.querySelectorAll('*')].filter((el) => el.childElementCount === 0);
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
  return textOf({ textContent: parts.join('') } as Node);
}
