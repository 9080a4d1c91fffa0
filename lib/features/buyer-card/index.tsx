import { render } from 'preact';
import overlayCss from '../../../assets/styles/overlay.css?inline';
import { BuyerCard, type BuyerCardState } from '../../../components/BuyerCard';
import type { Conversation } from '../../domain/chat';
import { TAG } from '../../dom/marks';
import { createShadowHost } from '../../dom/shadow';
import { sendMessage } from '../../messaging/protocol';
import type { BuyerRef } from '../../storage/buyers-repo';
import type { Feature } from '../types';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * When a conversation opens, a compact card shows what we know about its buyer: notes (temperament,
 * what to avoid, best time), open cases with their stage and follow-ups, promises and past outcomes.
 * The agent can edit notes, add a promise or reminder, move a case, or open one for this buyer.
 */
export const buyerCard: Feature = {
  id: 'buyer-card',
  pageKinds: ['chat'],
  init({ signal, adapter, t }) {
    const chat = adapter.chat;
    if (!chat) throw new Error(`${adapter.platform} has no chat reader`);
    const { host, root } = createShadowHost(TAG.buyerCard, overlayCss);
    Object.assign(host.style, { position: 'fixed', zIndex: '2147483645', top: '12px', right: '12px', display: 'none' });
    document.body.append(host);

    let shownFor = '';
    let current: { buyer: BuyerRef; conversation: Omit<Conversation, 'messages'>; orderIds: string[] } | null = null;
    let state: BuyerCardState = { kind: 'loading' };
    /** Agents a case can be handed to, asked for with the first card. */
    let handlers: readonly string[] = [];

    const show = () => {
      if (!current) return;
      const { buyer, conversation } = current;
      const product = conversation.cards.find((card) => card.kind === 'product');
      const refresh = () => void load();
      render(
        <BuyerCard
          key={shownFor}
          t={t}
          buyerName={buyer.buyerName}
          state={state}
          onSaveNote={async (field, text, baseRev) => {
            const result = await sendMessage('saveBuyerNote', { buyer, field, text, baseRev });
            if (state.kind === 'ready') state = { kind: 'ready', card: { ...state.card, memory: result.memory } };
            show();
            return { conflict: result.conflict, text: result.memory.notes[field]?.text ?? '' };
          }}
          onAddTimer={(kind, note, dueAt) => void sendMessage('addTimer', { kind, buyer, note, dueAt, url: location.href, ...(product?.title ? { productName: product.title } : {}) }).then(refresh, fail)}
          onTimerDone={(timer) => void sendMessage('setTimerDone', { id: timer.id, done: true }).then(refresh, fail)}
          onOpenCase={() =>
            void sendMessage('openChatCase', {
              ...buyer,
              sourceUrl: location.href,
              ...(current?.orderIds[0] ? { orderId: current.orderIds[0] } : {}),
              ...(product?.id ? { productId: product.id } : {}),
              ...(product?.title ? { productName: product.title } : {}),
            }).then(refresh, fail)
          }
          onStage={(id, stage, outcome) => void sendMessage('changeCaseStage', outcome ? { id, stage, outcome } : { id, stage }).then(refresh, fail)}
          onCaseNote={(id, text) => sendMessage('addCaseNote', { id, text }).then(refresh)}
          onReassign={(id, handler) => sendMessage('reassignCase', { id, handler }).then(refresh)}
          handlers={handlers}
        />,
        root,
      );
    };
    const fail = (error: unknown) => {
      state = { kind: 'failed', error: errorText(error) };
      show();
    };
    const load = async () => {
      if (!current) return;
      const forKey = shownFor;
      if (handlers.length === 0) handlers = await sendMessage('getCaseHandlers', undefined).catch(() => []);
      try {
        const card = await sendMessage('getBuyerCard', { buyer: current.buyer, orderIds: current.orderIds });
        if (forKey === shownFor && !signal.aborted) state = { kind: 'ready', card };
      } catch (error) {
        if (forKey === shownFor) state = { kind: 'failed', error: errorText(error) };
      }
      if (!signal.aborted) show();
    };

    /** Which buyer is open: checked each second, cheap (a few queries), loads only on a change. */
    const check = () => {
      const conversation = chat.readConversation(document);
      const buyerName = conversation?.buyerName.trim() ?? '';
      if (!conversation || !buyerName) {
        host.style.display = 'none';
        shownFor = '';
        return;
      }
      const orderIds = conversation.cards.flatMap((card) => (card.kind === 'order' && card.id ? [card.id] : []));
      const key = `${conversation.buyerId ?? ''}|${buyerName}|${orderIds.join()}`;
      if (key === shownFor) return;
      shownFor = key;
      const buyer: BuyerRef = conversation.buyerId ? { platform: conversation.platform, buyerId: conversation.buyerId, buyerName } : { platform: conversation.platform, buyerName };
      current = { buyer, conversation, orderIds };
      state = { kind: 'loading' };
      host.style.display = 'block';
      show();
      void load();
    };

    check();
    const ticker = setInterval(check, 1000);
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(ticker);
        render(null, root);
        host.remove();
      },
      { once: true },
    );
  },
};
