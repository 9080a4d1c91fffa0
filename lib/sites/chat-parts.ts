import { MAX_MESSAGE_TEXT, type ChatMessage, type ConversationCard, type Sender } from '../domain/chat';
import { leafElements, textOf } from '../dom/query';

/** A message as the adapters return it: text cut to the limit, no empty fields; null without text. */
export function chatMessage(sender: Sender, text: string, time?: string): ChatMessage | null {
  const cut = text.trim().slice(0, MAX_MESSAGE_TEXT);
  if (!cut) return null;
  return time ? { sender, text: cut, time } : { sender, text: cut };
}

/** A card without its empty fields (the schema wants them absent, not undefined). */
export function card(kind: ConversationCard['kind'], id: string | undefined, title?: string): ConversationCard {
  return { kind, ...(title ? { title } : {}), ...(id ? { id } : {}) };
}

/** The first visible text fragment of `scope` that none of `skip` matches (a card's title, a nickname). */
export function firstText(scope: Element, skip: readonly RegExp[] = []): string {
  const leaves = scope.childElementCount === 0 ? [scope] : leafElements(scope);
  return leaves.map((leaf) => textOf(leaf)).find((text) => text !== '' && !skip.some((re) => re.test(text))) ?? '';
}

/** A card's visible fields joined by spaces (cards render their fields as separate blocks). */
export function cardText(scope: Element, skip: readonly Element[] = []): string {
  const leaves = scope.childElementCount === 0 ? [scope] : leafElements(scope);
  return leaves.filter((leaf) => !skip.includes(leaf)).map((leaf) => textOf(leaf)).filter(Boolean).join(' ');
}
