/**
 * A host element with an open shadow root holding our styles. Open, so Playwright and assistive
 * tools can reach it; keyboard events stop at the host so the seller page's shortcuts never see
 * what the agent types into our UI.
 */
export function createShadowHost(tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  return { host, root };
}
