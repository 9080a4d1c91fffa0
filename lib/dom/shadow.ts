/** One constructed stylesheet per CSS text, shared by every shadow root that uses it. */
const sheets = new Map<string, CSSStyleSheet>();

function sharedSheet(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * A host element with an open shadow root holding our styles. Open, so Playwright and assistive
 * tools can reach it; keyboard events stop at the host so the seller page's shortcuts never see
 * what the agent types into our UI. The stylesheet is shared, not copied, across hosts: a review
 * list can carry hundreds of badges.
 */
export function createShadowHost(tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sharedSheet(css)];
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  return { host, root };
}

/** Adds the styles of a part loaded later (the review panel) to a shadow root made by `createShadowHost`. */
export function adoptStyles(root: ShadowRoot, css: string): void {
  const sheet = sharedSheet(css);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
