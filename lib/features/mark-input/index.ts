import { MARK } from '../../dom/marks';
import { observeAddedElements } from '../../dom/observe';
import type { Feature } from '../types';

/**
 * Finds the chat input or review reply box the agent types into and marks it, again whenever the
 * app mounts a new one (dialogs open late, chats swap their editor).
 */
export const markInput: Feature = {
  id: 'mark-input',
  pageKinds: ['reviews', 'chat'],
  init({ signal, adapter, status }) {
    const findInput = adapter.findInput;
    if (!findInput) return;
    let marked: HTMLElement | null = null;
    const check = () => {
      const input = findInput(document);
      status.inputFound = input !== null;
      if (input === marked) return;
      marked?.removeAttribute(MARK.input);
      input?.setAttribute(MARK.input, adapter.platform);
      marked = input;
    };
    check();
    observeAddedElements(document.body, check, signal);
    // Some inputs appear without a DOM change we can see (a web component upgrading its shadow
    // root) and the generic adapter follows focus: look again when the agent focuses something.
    document.addEventListener('focusin', check, { signal });
    signal.addEventListener('abort', () => marked?.removeAttribute(MARK.input), { once: true });
  },
};
