import { BUSY_FOR_MS } from '../../domain/cases/watch';
import { onMessage } from '../../messaging/protocol';
import type { Feature } from '../types';

/**
 * Lets the background refresh a watched review list, gently: only when the agent has not touched
 * the page for a while and is not typing in it. The refresh is the page's own 查询/搜索 button when
 * the adapter names one (the list reloads with the agent's filters, without a page load), else the
 * page's reload: the list is read again exactly as the agent would see it (no private API of the platform).
 */
export const watchRefresh: Feature = {
  id: 'watch-refresh',
  pageKinds: ['reviews'],
  init({ signal, adapter }) {
    let lastInput = -Infinity;
    const touched = () => (lastInput = performance.now());
    for (const type of ['pointerdown', 'keydown', 'wheel', 'input'] as const) document.addEventListener(type, touched, { capture: true, passive: true, signal });
    const typing = () => {
      const active = document.activeElement;
      return active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.value !== '') || (active instanceof HTMLElement && active.isContentEditable);
    };
    const off = onMessage('refreshIfIdle', () => {
      if (performance.now() - lastInput < BUSY_FOR_MS || typing()) return 'busy';
      // After answering: a reload would cut the reply off.
      setTimeout(() => {
        const button = adapter.reviews?.refreshButton?.(document);
        if (button) button.click();
        else location.reload();
      }, 50);
      return 'refreshed';
    });
    signal.addEventListener('abort', off, { once: true });
  },
};
