import { MARK } from '../../dom/marks';
import type { Feature } from '../types';

/** Marks the chat input or review reply box the agent types into, and moves the mark when the app mounts another. */
export const markInput: Feature = {
  id: 'mark-input',
  pageKinds: ['reviews', 'chat'],
  init({ signal, adapter, input, status }) {
    let marked: HTMLElement | null = null;
    const mark = (next: HTMLElement | null) => {
      status.inputFound = next !== null;
      marked?.removeAttribute(MARK.input);
      next?.setAttribute(MARK.input, adapter.platform);
      marked = next;
    };
    mark(input.current());
    input.onChange(mark);
    signal.addEventListener('abort', () => marked?.removeAttribute(MARK.input), { once: true });
  },
};
