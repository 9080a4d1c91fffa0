/**
 * Puts text on the clipboard from a click. The async Clipboard API needs a secure page; on a plain-http page
 * (some consoles, the test fixtures) a selected textarea inside our own shadow root and `execCommand('copy')`
 * do it, without touching the host page's DOM.
 */
export async function copyText(text: string, scratch: ShadowRoot | HTMLElement): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied (the page lost focus, a policy): the selection route below may still work.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  Object.assign(area.style, { position: 'fixed', opacity: '0', pointerEvents: 'none' });
  scratch.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
}
