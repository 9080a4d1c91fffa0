import { render } from 'preact';
import { browser } from 'wxt/browser';
import quickRepliesCss from '../../../assets/styles/quick-replies.css?inline';
import { ChatAssist, type ChatAssistProps } from '../../../components/ChatAssist';
import { QuickReplyPalette, type PaletteList } from '../../../components/QuickReplyPalette';
import { money } from '../../../components/ReplySuggestions';
import { buyerKeyOf } from '../../domain/cases/lifecycle';
import { checkReply } from '../../domain/compliance';
import { checkSpend } from '../../domain/playbook/budget';
import { remedyReplyValues, type RemedyKind } from '../../domain/playbook/remedies';
import { filterReplies, type PaletteReply } from '../../domain/quick-replies/filter';
import { renderReply, type ReplyValues, type ReplyVariable } from '../../domain/quick-replies/template';
import type { Review } from '../../domain/review';
import { editableOf, insertText, saveSelection, selectBeforeCaret, snapshot, textBeforeCaret, trackComposition } from '../../dom/insert';
import { pickLocale } from '../../i18n';
import { MARK, TAG } from '../../dom/marks';
import { createShadowHost } from '../../dom/shadow';
import { sendMessage } from '../../messaging/protocol';
import type { FeatureContext } from '../types';
import { readCase } from './context';

/** `/` then the query: no spaces, at most a short code or a few characters of the title. */
const SLASH_QUERY = /^\/([^\s/]{0,24})$/;
/** The agent's own name is remembered for `{客服}` (extension storage, this machine only). */
const AGENT_NAME_KEY = 'quickReplies.agentName';

/** The agent's name for `{客服}`, if they gave it once. */
export async function storedAgentName(): Promise<string | undefined> {
  const stored = await browser.storage.local.get(AGENT_NAME_KEY).catch(() => ({}) as Record<string, unknown>);
  const name = stored[AGENT_NAME_KEY];
  return typeof name === 'string' && name ? name : undefined;
}

interface Session {
  editor: HTMLElement;
  /** `slash`: the agent types `/query` in the page's input; `search`: in our search box. */
  mode: 'slash' | 'search';
  query: string;
  list: PaletteList;
  active: number;
  values: ReplyValues;
  form: { reply: PaletteReply; missing: ReplyVariable[] } | null;
  message: string | null;
  /** Puts the focus and selection back into the editor as the agent left them. */
  restore: () => void;
  pickWhenReady?: boolean;
}

export interface QuickRepliesController {
  /** The agent typed in a recognised input: open, filter or close the `/` palette. */
  onTyped(editor: HTMLElement): void;
  /** The keyboard command or the button: toggle the palette with its own search box. */
  toggle(editor: HTMLElement): void;
  /** A reply chosen elsewhere (the review panel): filled from the page, the form asks for the rest, then inserted. */
  fill(editor: HTMLElement, reply: PaletteReply, known?: ReplyValues): Promise<void>;
  /**
   * The agent is in the input: check what it holds, and on a chat page suggest replies for a complaint. `typed`:
   * the agent typed a `/` while this script loaded, so the input is read for it too (never on a mere focus: a
   * composition may be under way, which this script cannot have seen start).
   */
  attach(editor: HTMLElement, typed: boolean): void;
}

/**
 * The quick-reply palette, loaded on first use (see index.ts). Replies come ranked for the case
 * from the background; the chosen one is filled with what the page shows (a small form asks for
 * the rest) and inserted through lib/dom/insert. Never sends.
 */
export function mountQuickReplies(
  { signal, adapter, input, t }: Pick<FeatureContext, 'signal' | 'adapter' | 'input' | 't'>,
  /** The review whose reply box the agent opened, on review pages. */
  currentReview: () => Review | null,
): QuickRepliesController {
  const pageKind = adapter.detect(new URL(location.href)) ?? 'chat';
  const composing = trackComposition(document, signal);

  const palette = createShadowHost(TAG.quickReplies, quickRepliesCss);
  Object.assign(palette.host.style, { position: 'fixed', zIndex: '2147483647', display: 'none' });
  document.body.append(palette.host);

  let session: Session | null = null;
  /** After Esc, `/…` stays plain text until the agent clears it. */
  let dismissed = false;
  let insertedOn: HTMLElement | null = null;

  const visible = (session: Session): PaletteReply[] =>
    session.list.kind === 'ready' ? filterReplies(session.list.replies, session.query) : [];

  const place = (host: HTMLElement, anchor: DOMRect, size: { width: number; height: number }) => {
    const above = anchor.top > size.height + 8 || anchor.bottom + size.height + 8 > window.innerHeight;
    const top = above ? Math.max(4, anchor.top - size.height - 6) : anchor.bottom + 6;
    const left = Math.max(4, Math.min(anchor.left, window.innerWidth - size.width - 4));
    Object.assign(host.style, { display: 'block', top: `${top}px`, left: `${left}px` });
  };

  const draw = () => {
    if (!session) {
      render(null, palette.root);
      palette.host.style.display = 'none';
      return;
    }
    const current = session;
    const replies = visible(current);
    current.active = Math.min(current.active, Math.max(0, replies.length - 1));
    render(
      <QuickReplyPalette
        t={t}
        list={current.list.kind === 'ready' ? { kind: 'ready', replies } : current.list}
        active={current.active}
        search={current.mode === 'search' ? { query: current.query, onQuery: (query) => update({ query, active: 0 }) } : null}
        form={current.form}
        message={current.message}
        onHover={(active) => update({ active })}
        onPick={(reply) => void pick(reply)}
        onSubmitForm={(values) => void submitForm(values)}
        onCancelForm={() => {
          update({ form: null });
          // Back to where the agent types the query: the page's input in slash mode.
          if (current.mode === 'slash') current.restore();
        }}
      />,
      palette.root,
    );
    place(palette.host, current.editor.getBoundingClientRect(), { width: 360, height: palette.host.offsetHeight || 320 });
  };

  const update = (changes: Partial<Session>) => {
    if (!session) return;
    Object.assign(session, changes);
    draw();
  };

  const close = (refocus: boolean) => {
    const closing = session;
    session = null;
    draw();
    if (refocus && closing?.mode === 'search') closing.restore();
  };

  const open = async (editor: HTMLElement, mode: Session['mode'], query = '') => {
    const editable = editableOf(editor);
    if (!editable) return;
    const reading = readCase(adapter, pageKind, currentReview(), document);
    const opened: Session = { editor, mode, query, list: { kind: 'loading' }, active: 0, values: reading.values, form: null, message: null, restore: saveSelection(editable) };
    session = opened;
    draw();
    const [replies, agentName] = await Promise.all([sendMessage('getQuickReplies', reading.query).then((found) => ({ ok: true as const, found }), () => ({ ok: false as const })), storedAgentName()]);
    if (session !== opened) return;
    if (agentName) opened.values.agentName = agentName;
    update({ list: replies.ok ? { kind: 'ready', replies: replies.found } : { kind: 'failed' } });
    const first = visible(opened)[opened.active];
    if (opened.pickWhenReady && first) void pick(first);
  };

  const insert = async (current: Session, reply: PaletteReply, text: string) => {
    if (composing()) return update({ message: t('quickReplies.composing'), form: null });
    session = null;
    draw();
    current.restore();
    const editable = editableOf(current.editor);
    if (!editable) return;
    // Replace the `/query` the agent typed, if it is still what precedes the caret.
    if (current.mode === 'slash' && textBeforeCaret(editable) === `/${current.query}`) selectBeforeCaret(editable, current.query.length + 1);
    const result = await insertText(current.editor, text, { strategies: adapter.insertStrategies, composing });
    if (!result.ok) {
      session = { ...current, form: null, message: t(result.reason === 'composing' ? 'quickReplies.composing' : 'quickReplies.insertFailed') };
      draw();
      return;
    }
    current.editor.setAttribute(MARK.inserted, result.strategy);
    insertedOn = current.editor;
    void sendMessage('recordReplyUse', { id: reply.id }).catch(() => undefined);
  };

  const pick = async (reply: PaletteReply) => {
    const current = session;
    if (!current) return;
    // In slash mode the caret moved since the palette opened (the agent typed the query): remember
    // it now, before the form may take the focus.
    const editable = editableOf(current.editor);
    if (current.mode === 'slash' && editable) current.restore = saveSelection(editable);
    const rendered = renderReply(reply.text, current.values);
    if (rendered.ok) return insert(current, reply, rendered.text);
    update({ form: { reply, missing: rendered.missing } });
  };

  const submitForm = async (filled: ReplyValues) => {
    const current = session;
    if (!current?.form) return;
    const values = { ...current.values, ...filled };
    const rendered = renderReply(current.form.reply.text, values);
    if (!rendered.ok) return;
    if (filled.agentName) void browser.storage.local.set({ [AGENT_NAME_KEY]: filled.agentName.trim() });
    current.values = values;
    await insert(current, current.form.reply, rendered.text);
  };

  // --- playbook (issue 6): compliance warning and complaint suggestions above the input ---
  const assist = createShadowHost(TAG.assist, quickRepliesCss);
  Object.assign(assist.host.style, { position: 'fixed', zIndex: '2147483645', display: 'none' });
  document.body.append(assist.host);
  const locale = pickLocale(navigator.language) === 'en' ? 'en' : 'zh';
  let assistEditor: HTMLElement | null = null;
  let warning: ChatAssistProps['warning'] = null;
  let suggestions: ChatAssistProps['suggestions'] = null;
  let confirming: ChatAssistProps['confirming'] = null;
  let remedyStatus: ChatAssistProps['status'] = null;
  let askingAmount: ChatAssistProps['askingAmount'] = null;
  /** The order amount the agent gave for a remedy, kept for the second click over budget. */
  let givenAmount: { kind: RemedyKind; amount: number } | null = null;
  /** The buyer text the suggestions were asked for: asked again only when it changes; dismissed until then. */
  let suggestedFor: string | null = null;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;

  const drawAssist = () => {
    const editor = assistEditor;
    const rect = editor?.getBoundingClientRect();
    if (!editor || !rect || rect.width === 0 || (!warning && !suggestions)) {
      render(null, assist.root);
      assist.host.style.display = 'none';
      return;
    }
    render(
      <ChatAssist
        t={t}
        warning={warning}
        suggestions={suggestions}
        onFill={(reply) => void controller.fill(editor, reply)}
        confirming={confirming}
        onChooseRemedy={(kind, orderAmount) => void chooseRemedy(editor, kind, orderAmount)}
        askingAmount={askingAmount}
        status={remedyStatus}
        onDismiss={() => {
          suggestions = null;
          drawAssist();
        }}
      />,
      assist.root,
    );
    Object.assign(assist.host.style, {
      display: 'block',
      left: `${Math.max(4, rect.left)}px`,
      top: '',
      bottom: `${Math.max(4, window.innerHeight - rect.top + 4)}px`,
      maxWidth: `${Math.max(240, rect.width - 180)}px`,
    });
    // Above the input, where chat consoles leave room; below it when the input sits too high for the strip.
    if (assist.host.offsetHeight > rect.top - 8) Object.assign(assist.host.style, { top: `${rect.bottom + 4}px`, bottom: '' });
  };

  /** The compliance guard on what the input holds now: a visible warning, never a block. */
  const checkCompliance = (editor: HTMLElement) => {
    const editable = editableOf(editor);
    if (!editable) return;
    const result = checkReply(snapshot(editable).text);
    const reason = result.reasons[0];
    warning = reason ? { reason: reason.message[locale], span: reason.span.text } : null;
    assistEditor = editor;
    drawAssist();
  };
  const scheduleCheck = (editor: HTMLElement) => {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => {
      checkCompliance(editor);
      if (pageKind === 'chat') void suggest(editor);
    }, 120);
  };

  const suggest = async (editor: HTMLElement) => {
    const reading = readCase(adapter, pageKind, null, document);
    const key = JSON.stringify(reading.query.messages.filter((message) => message.sender === 'buyer').slice(-5));
    if (key === suggestedFor) return;
    suggestedFor = key;
    const found = await sendMessage('suggestForChat', reading.query).catch(() => null);
    if (suggestedFor !== key) return;
    suggestions = found?.cause && found.stage && (found.replies.length > 0 || found.remedies) ? { ...found, cause: found.cause, stage: found.stage } : null;
    assistEditor = editor;
    drawAssist();
  };

  /**
   * The agent chose a remedy in the strip: recorded with its cost on the buyer's case (one is opened for a
   * complaint without a case), then the matching remedy-offer reply fills the input through the insertion engine.
   */
  const chooseRemedy = async (editor: HTMLElement, kind: RemedyKind, typedAmount?: number) => {
    const current = suggestions;
    if (!current?.remedies) return;
    if (typedAmount) givenAmount = { kind, amount: typedAmount };
    const orderAmount = givenAmount?.kind === kind ? givenAmount.amount : undefined;
    // Priced again with the order amount once the agent gave it.
    const options = orderAmount ? await sendMessage('getRemedyOptions', { cause: current.cause, orderAmount }).catch(() => current.remedies!) : current.remedies;
    const option = options.options.find((candidate) => candidate.kind === kind);
    // The chat shows no order amount: a remedy priced by it asks for it first, so its true cost is recorded.
    askingAmount = option?.estimate ? kind : null;
    const check = checkSpend(option?.cost ?? 0, options.spentToday, options.dailyBudget);
    confirming = !askingAmount && check.exceeds && confirming?.kind !== kind ? { kind, over: -check.leftAfter } : null;
    remedyStatus = null;
    drawAssist();
    if (askingAmount || confirming) return;
    const reading = readCase(adapter, pageKind, null, document);
    const { buyer, product } = reading.query;
    try {
      const caseId =
        current.caseId ??
        (buyer
          ? (
              await sendMessage('openChatCase', {
                platform: adapter.platform,
                ...buyer,
                causes: [current.cause],
                ...(reading.values.orderId ? { orderId: reading.values.orderId } : {}),
                ...(product ? { productName: product } : {}),
                ...(location.href.length <= 2_000 ? { sourceUrl: location.href } : {}),
              })
            ).case.id
          : undefined);
      const key = buyer ? buyerKeyOf(adapter.platform, buyer.buyerId, buyer.buyerName) : `${adapter.platform}:chat`;
      const result = await sendMessage('recordRemedy', {
        key,
        platform: adapter.platform,
        cause: current.cause,
        kind,
        ...(reading.values.orderId ? { orderId: reading.values.orderId } : {}),
        ...(orderAmount ? { orderAmount } : {}),
        ...(caseId ? { caseId } : {}),
      });
      givenAmount = null;
      remedyStatus = { kind: 'ok', text: t(result.case ? 'remedy.recordedOnCase' : 'remedy.recorded', { label: t(`remedy.kind.${kind}`), cost: money(result.record.cost) }) };
      const [offer] = await sendMessage('suggestReplies', { pageKind: 'chat', cause: current.cause, stage: 'remedy_offer', remedy: kind, limit: 1, ...(product ? { product } : {}) });
      if (offer) await controller.fill(editor, offer, remedyReplyValues(kind, options.options));
      // The case moved on (已提方案): the strip now suggests its next step.
      suggestedFor = null;
      await suggest(editor);
    } catch (error) {
      remedyStatus = { kind: 'error', text: t('remedy.recordFailed', { error: error instanceof Error ? error.message : String(error) }) };
    }
    drawAssist();
  };

  /** The recognised input an event happened in, if any. */
  const editorOf = (event: Event): HTMLElement | null => {
    const editor = input.current();
    return editor && event.composedPath().includes(editor) ? editor : null;
  };

  /** After the agent's typing settled (never during a composition): open, filter or close. */
  const onTyped = (editor: HTMLElement) => {
    if (composing()) return;
    const editable = editableOf(editor);
    if (!editable) return;
    const match = SLASH_QUERY.exec(textBeforeCaret(editable));
    if (!match) {
      dismissed = false;
      if (session?.mode === 'slash') close(false);
      return;
    }
    if (session?.mode === 'slash') update({ query: match[1]!, active: 0, message: null });
    else if (!session && !dismissed) void open(editor, 'slash', match[1]!);
  };

  document.addEventListener(
    'input',
    (event) => {
      const editor = editorOf(event);
      if (editor && !(event as InputEvent).isComposing) {
        onTyped(editor);
        scheduleCheck(editor);
      }
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'compositionend',
    (event) => {
      const editor = editorOf(event);
      // The committed text is in the input once the composition's last input event has run.
      if (editor)
        setTimeout(() => {
          onTyped(editor);
          scheduleCheck(editor);
        }, 0);
    },
    { capture: true, signal },
  );

  // Before the page's own handlers (Enter sends in every chat console): capture on window.
  window.addEventListener(
    'keydown',
    (event) => {
      const current = session;
      if (!current || current.form || event.isComposing || event.keyCode === 229) return;
      const path = event.composedPath();
      const mine = current.mode === 'slash' ? path.includes(current.editor) : path.includes(palette.host);
      if (!mine) return;
      const replies = visible(current);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (replies.length > 0) update({ active: (current.active + step + replies.length) % replies.length });
      } else if (event.key === 'Enter' && !event.shiftKey) {
        const reply = replies[current.active];
        // Enter before the list arrived (first use, fast typist): pick once it is there.
        if (current.list.kind === 'loading') current.pickWhenReady = true;
        else if (reply) void pick(reply);
        else {
          dismissed = current.mode === 'slash';
          close(true);
        }
      } else if (event.key === 'Escape') {
        dismissed = current.mode === 'slash';
        close(true);
      } else return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );

  // A click outside the palette and its input closes it, as agents expect of a popover.
  document.addEventListener(
    'pointerdown',
    (event) => {
      const path = event.composedPath();
      const button = path.some((node) => node instanceof Element && node.localName === TAG.quickReplyButton);
      if (session && !button && !path.includes(palette.host) && !path.includes(session.editor)) close(false);
    },
    { capture: true, signal },
  );

  signal.addEventListener(
    'abort',
    () => {
      render(null, palette.root);
      palette.host.remove();
      clearTimeout(checkTimer);
      render(null, assist.root);
      assist.host.remove();
      insertedOn?.removeAttribute(MARK.inserted);
    },
    { once: true },
  );

  const controller: QuickRepliesController = {
    onTyped,
    attach(editor, typed) {
      if (typed) onTyped(editor);
      checkCompliance(editor);
      if (pageKind === 'chat') void suggest(editor);
    },
    toggle(editor) {
      if (session) close(true);
      else void open(editor, 'search');
    },
    async fill(editor, reply, known = {}) {
      const editable = editableOf(editor);
      if (!editable) return;
      const reading = readCase(adapter, pageKind, currentReview(), document);
      Object.assign(reading.values, known);
      const agentName = await storedAgentName();
      if (agentName) reading.values.agentName = agentName;
      editable.focus();
      session = { editor, mode: 'search', query: '', list: { kind: 'ready', replies: [reply] }, active: 0, values: reading.values, form: null, message: null, restore: saveSelection(editable) };
      await pick(reply);
    },
  };
  return controller;
}
