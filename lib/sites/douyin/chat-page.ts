import { queryFirst } from '../../dom/query';
import type { PageKind } from '../../domain/platforms';
import { DOUYIN_CHAT, DOUYIN_CHAT_HOSTS, DOUYIN_CHAT_PATH } from './selectors';

/** The 飞鸽 chat workbench, kept apart from the review pages (fxg) so each page kind stays separable. */
export function detectChatPage(url: URL): PageKind | null {
  return (DOUYIN_CHAT_HOSTS as readonly string[]).includes(url.hostname) && DOUYIN_CHAT_PATH.test(url.pathname) ? 'chat' : null;
}

export function findChatInput(scope: ParentNode): HTMLElement | null {
  const input = queryFirst(scope, DOUYIN_CHAT.input);
  return input instanceof HTMLElement ? input : null;
}
