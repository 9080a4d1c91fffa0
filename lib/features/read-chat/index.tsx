import { render } from 'preact';
import overlayCss from '../../../assets/styles/overlay.css?inline';
import { WaitingChip } from '../../../components/WaitingChip';
import { waitingSince, type ChatMessage } from '../../domain/chat';
import { MARK, TAG } from '../../dom/marks';
import { createShadowHost } from '../../dom/shadow';
import { watchItems } from '../../dom/watch-items';
import type { Feature } from '../types';

const byDocumentOrder = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/**
 * Reads the open conversation of a chat workbench: marks every message with its sender, and shows
 * how long the buyer has been waiting since their first unanswered message, against the platform's
 * reply-time target.
 */
export const readChat: Feature = {
  id: 'read-chat',
  pageKinds: ['chat'],
  init({ signal, adapter, input, status, t }) {
    const chat = adapter.chat;
    if (!chat) throw new Error(`${adapter.platform} has no chat reader`);
    const read = new Map<Element, ChatMessage>();

    const { host, root } = createShadowHost(TAG.waiting, overlayCss);
    Object.assign(host.style, { position: 'fixed', zIndex: '2147483646', display: 'none' });
    document.body.append(host);

    /** The conversation's messages in page order; rows the app removed are forgotten. */
    const messages = () => {
      for (const row of read.keys()) if (!row.isConnected) read.delete(row);
      return [...read.keys()].sort(byDocumentOrder).map((row) => read.get(row)!);
    };

    const updateWaiting = () => {
      const conversation = chat.readConversation(document);
      status.chat.conversation = conversation !== null;
      status.chat.buyerName = conversation?.buyerName ?? '';
      const now = new Date();
      const since = conversation ? waitingSince(messages(), now) : null;
      if (since === null) {
        host.style.display = 'none';
        return;
      }
      render(
        <WaitingChip
          t={t}
          buyerName={conversation?.buyerName ?? ''}
          waitedSeconds={Math.max(0, Math.floor((now.getTime() - since) / 1000))}
          targetSeconds={chat.replyTargetSeconds}
        />,
        root,
      );
      // Above the chat input's right edge when there is one, else the viewport's bottom right.
      const inputBox = input.current()?.getBoundingClientRect();
      Object.assign(host.style, inputBox
        ? { display: 'block', top: `${Math.max(4, inputBox.top - 30)}px`, left: '', right: `${Math.max(4, window.innerWidth - inputBox.right)}px`, bottom: '' }
        : { display: 'block', top: '', left: '', right: '16px', bottom: '16px' });
    };

    watchItems(
      chat,
      {
        read: (row) => ({ row, message: chat.readMessage(row) }),
        write(readings) {
          for (const { row, message } of readings) {
            if (message) {
              row.setAttribute(MARK.sender, message.sender);
              read.set(row, message);
            } else if (read.delete(row)) {
              // A recycled row that no longer holds a message keeps no stale mark.
              row.removeAttribute(MARK.sender);
            }
          }
          status.chat.messages = messages().length;
          updateWaiting();
        },
      },
      signal,
      { label: 'read-chat', rereadChanged: true },
    );

    const ticker = setInterval(updateWaiting, 1000);
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(ticker);
        render(null, root);
        host.remove();
        for (const row of read.keys()) row.removeAttribute(MARK.sender);
      },
      { once: true },
    );
  },
};
