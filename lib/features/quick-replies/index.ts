import { browser } from 'wxt/browser';
import buttonCss from '../../../assets/styles/quick-reply-button.css?inline';
import { OPEN_QUICK_REPLIES_KEYS } from '../../commands';
import type { PaletteReply } from '../../domain/quick-replies/filter';
import type { Review } from '../../domain/review';
import { wholeReview } from '../../sites/checked-review';
import { TAG } from '../../dom/marks';
import { createShadowHost } from '../../dom/shadow';
import { onMessage } from '../../messaging/protocol';
import type { TrackedInput } from '../../dom/track-input';
import type { Feature } from '../types';
import type { mountReviewPanel } from '../flag-reviews/panel';
import type { mountQuickReplies, QuickRepliesController } from './palette';

/** The palette is built as its own script (entrypoints/quick-replies.ts), loaded on first use. */
export const PALETTE_SCRIPT = '/quick-replies.js';

declare global {
  // Set by the palette script in the content script's isolated world (never visible to the page).
  var kefuMountQuickReplies: typeof mountQuickReplies | undefined;
  var kefuMountReviewPanel: typeof mountReviewPanel | undefined;
}

async function loadPaletteScript(): Promise<void> {
  if (!globalThis.kefuMountQuickReplies) await import(/* @vite-ignore */ browser.runtime.getURL(PALETTE_SCRIPT));
  if (!globalThis.kefuMountQuickReplies || !globalThis.kefuMountReviewPanel) throw new Error('quick-reply palette script did not load');
}

async function loadPalette(): Promise<typeof mountQuickReplies> {
  await loadPaletteScript();
  return globalThis.kefuMountQuickReplies!;
}

/** The review panel, with its reply suggestions and remedies, from the same lazily loaded script. */
export async function loadReviewPanel(): Promise<typeof mountReviewPanel> {
  await loadPaletteScript();
  return globalThis.kefuMountReviewPanel!;
}

/** Fills a reply into this page's input through the running palette; set while the feature runs. */
let activeFill: ((reply: PaletteReply, review: Review | null, openInput?: () => boolean) => Promise<boolean>) | null = null;

/**
 * For other features (the review panel): puts `reply` into the platform's reply box, opening it with
 * `openInput` when it is not shown yet. Resolves false when there is no input to fill.
 */
export function fillReply(reply: PaletteReply, review: Review | null, openInput?: () => boolean): Promise<boolean> {
  return activeFill ? activeFill(reply, review, openInput) : Promise.resolve(false);
}

/** Waits for the page's input to appear (a dialog opening), for at most `timeout` ms. */
function waitForInput(input: TrackedInput, signal: AbortSignal, timeout = 3_000): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const shown = input.current();
    if (shown) return resolve(shown);
    const done = (found: HTMLElement | null) => {
      stopWaiting();
      clearTimeout(timer);
      resolve(found);
    };
    const stopWaiting = input.onChange((found) => found && done(found));
    const timer = setTimeout(() => done(null), timeout);
    signal.addEventListener('abort', () => done(null), { once: true });
  });
}

/**
 * Quick replies on every input the adapter recognises: the palette opens when the agent types `/`
 * as the input's first character, presses the manifest's keyboard command, or clicks the button
 * beside the input. This part stays in the initial content script and only watches for those
 * triggers; the palette and the insertion engine load on the first one (size budget).
 */
export const quickReplies: Feature = {
  id: 'quick-replies',
  pageKinds: ['reviews', 'chat'],
  init(context) {
    const { signal, adapter, input, t } = context;
    if (!adapter.findInput) return;

    let controller: Promise<QuickRepliesController> | null = null;
    /** The review whose `回复` the agent clicked last: the reply box answers that review. */
    let review: Review | null = null;
    /** Once the palette is mounted it listens to the input itself. */
    let ready = false;
    const palette = () =>
      (controller ??= loadPalette().then((mount) => {
        const mounted = mount(context, () => review);
        ready = true;
        return mounted;
      }));
    const withPalette = (use: (palette: QuickRepliesController) => void) =>
      palette().then(use, (error: unknown) => console.warn('[kefu-lens] quick replies failed to load', error));

    const editorOf = (event: Event): HTMLElement | null => {
      const editor = input.current();
      return editor && event.composedPath().includes(editor) ? editor : null;
    };
    // Until the palette is loaded, a typed `/` or the agent entering the input loads it (with the compliance
    // guard and the complaint suggestions); then the palette listens itself.
    const onSlash = (event: Event, data: string | null) => {
      // Also while the script loads (the agent entered the input and typed at once): it reads the input when mounted.
      if (ready || !data?.includes('/')) return;
      const editor = editorOf(event);
      if (editor) void withPalette((loaded) => loaded.attach(editor, true));
    };
    document.addEventListener(
      'focusin',
      (event) => {
        const editor = editorOf(event);
        if (editor) void withPalette((loaded) => loaded.attach(editor, false));
      },
      { capture: true, signal },
    );
    document.addEventListener('input', (event) => !(event as InputEvent).isComposing && onSlash(event, (event as InputEvent).data), { capture: true, signal });
    document.addEventListener('compositionend', (event) => onSlash(event, (event as CompositionEvent).data), { capture: true, signal });

    if (adapter.reviews) {
      const reader = adapter.reviews;
      document.addEventListener(
        'pointerdown',
        (event) => {
          const target = event.composedPath()[0];
          const row = target instanceof Element ? reader.itemOf(target) : null;
          const reading = row ? reader.read(row) : null;
          if (reading?.ok) review = wholeReview(reading);
        },
        { capture: true, signal },
      );
    }

    const toggle = () => {
      const editor = input.current();
      if (editor) void withPalette((loaded) => loaded.toggle(editor));
      return editor !== null;
    };
    const stopListening = onMessage('openQuickReplies', toggle);

    activeFill = async (reply, forReview, openInput) => {
      review = forReview;
      let editor = input.current();
      if (!editor && openInput?.()) editor = await waitForInput(input, signal);
      if (!editor) return false;
      const loaded = await palette();
      await loaded.fill(editor, reply);
      return true;
    };

    const { host, root } = createShadowHost(TAG.quickReplyButton, buttonCss);
    Object.assign(host.style, { position: 'fixed', zIndex: '2147483646', display: 'none' });
    const button = document.createElement('button');
    const shortcut = /Mac/i.test(navigator.platform) ? OPEN_QUICK_REPLIES_KEYS.mac : OPEN_QUICK_REPLIES_KEYS.default;
    button.type = 'button';
    button.textContent = '/';
    button.title = t('quickReplies.button', { shortcut });
    button.setAttribute('aria-label', button.title);
    button.dataset.testid = 'quick-reply-button';
    // Keep the input's caret and selection: the reply goes where the agent left them.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', toggle);
    root.append(button);
    document.body.append(host);

    /** Keeps the button on the input's top-right corner while the input is shown. */
    const placeButton = () => {
      const rect = input.current()?.getBoundingClientRect();
      if (!rect || rect.width === 0) host.style.display = 'none';
      else Object.assign(host.style, { display: 'block', top: `${rect.top + 4}px`, left: `${rect.right - 28}px` });
    };
    placeButton();
    input.onChange(placeButton);
    // The input can move without a change we see (the layout around it): a rectangle read, no search.
    const ticker = setInterval(placeButton, 500);
    window.addEventListener('scroll', placeButton, { capture: true, passive: true, signal });
    signal.addEventListener(
      'abort',
      () => {
        clearInterval(ticker);
        stopListening();
        activeFill = null;
        host.remove();
      },
      { once: true },
    );
  },
};
