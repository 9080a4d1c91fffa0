// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackInput } from '../../lib/dom/track-input';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * An adapter's search at or below a scope: the chat box `#chat` before any dialog's `textarea.reply` (as Douyin
 * prefers its chat input), recording every scope it was asked about.
 */
function chatFirstFinder() {
  const scopes: ParentNode[] = [];
  const find = (scope: ParentNode): HTMLElement | null => {
    scopes.push(scope);
    const at = (selector: string) => (scope instanceof HTMLElement && scope.matches(selector) ? scope : scope.querySelector<HTMLElement>(selector));
    return at('#chat') ?? at('textarea.reply');
  };
  return { find, scopes };
}

describe('trackInput', () => {
  let controller = new AbortController();
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const track = (find: (scope: ParentNode) => HTMLElement | null, options?: { searchWhileNone: boolean }) => {
    controller = new AbortController();
    const input = trackInput(find, controller.signal, options);
    const changes: Array<HTMLElement | null> = [];
    input.onChange((next) => changes.push(next));
    return { input, changes };
  };

  it('finds the input the page shows at start, and searches nothing more while the page is still', async () => {
    document.body.innerHTML = '<main><p>列表</p><textarea class="reply"></textarea></main>';
    const { find, scopes } = chatFirstFinder();
    const { input, changes } = track(find);
    expect(input.current()).toBe(document.querySelector('textarea'));
    for (let i = 0; i < 100; i++) input.current();
    await flush();
    expect(scopes).toEqual([document]);
    expect(changes).toEqual([]);
  });

  it('looks into the subtrees the page adds; one holding a candidate has the page searched, so the adapter\'s preference holds', async () => {
    document.body.innerHTML = '<main></main>';
    const { find, scopes } = chatFirstFinder();
    const { input, changes } = track(find);
    const rows = document.createElement('ul');
    rows.innerHTML = '<li>第一行</li><li>第二行</li>';
    document.body.append(rows);
    await flush();
    expect(input.current()).toBeNull();
    expect(scopes).toEqual([document, rows]);

    const dialog = document.createElement('div');
    dialog.innerHTML = '<h2>快捷回复</h2><textarea class="reply" id="dialog"></textarea>';
    document.body.append(dialog);
    await flush();
    expect(input.current()?.id).toBe('dialog');
    expect(scopes.slice(2)).toEqual([dialog, document]);

    // The chat box mounted later is preferred; a note dialog opened after it does not take its place.
    const chat = document.createElement('textarea');
    chat.id = 'chat';
    document.querySelector('main')!.append(chat);
    await flush();
    const notes = document.createElement('div');
    notes.innerHTML = '<textarea class="reply" id="notes"></textarea>';
    document.body.append(notes);
    await flush();
    expect(input.current()?.id).toBe('chat');
    expect(changes.map((el) => el?.id)).toEqual(['dialog', 'chat']);
  });

  it('searches the page again once the input left it, and says so', async () => {
    document.body.innerHTML = '<main><textarea id="chat"></textarea></main><div id="dialog"><textarea class="reply" id="reply"></textarea></div>';
    const { find, scopes } = chatFirstFinder();
    const { input, changes } = track(find);
    expect(input.current()?.id).toBe('chat');
    document.querySelector('main')!.remove();
    await flush();
    expect(input.current()?.id).toBe('reply');
    document.getElementById('dialog')!.remove();
    await flush();
    expect(input.current()).toBeNull();
    expect(changes.map((el) => el?.id ?? null)).toEqual(['reply', null]);
    expect(scopes).toEqual([document, document, document]);
  });

  it('looks at what the agent focuses (an editor built without a change of children we see)', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const box = document.createElement('textarea');
    let built = false;
    const find = vi.fn((scope: ParentNode) => (built && (scope === host || scope === document) ? box : null));
    const { input } = track(find);
    built = true;
    expect(input.current()).toBeNull();
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(input.current()).toBe(box);
    expect(find.mock.calls.map(([scope]) => scope)).toEqual([document, host, document]);
  });

  it('on a chat page showing no input, searches it again every 2 s, and not while it shows one', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main></main>';
    let editor: HTMLElement | null = null;
    const find = vi.fn(() => editor);
    const { input } = track(find, { searchWhileNone: true });
    vi.advanceTimersByTime(1_999);
    expect(find).toHaveBeenCalledTimes(1);
    editor = document.createElement('div');
    vi.advanceTimersByTime(1);
    expect(input.current()).toBe(editor);
    vi.advanceTimersByTime(10_000);
    expect(find).toHaveBeenCalledTimes(2);
  });

  it('elsewhere (a review page, whose reply box opens as a dialog we see mounted) it never searches on a timer', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main></main>';
    const find = vi.fn(() => null);
    track(find);
    vi.advanceTimersByTime(60_000);
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('a failing search or listener stays local', async () => {
    document.body.innerHTML = '<main></main>';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let failing = true;
    const { input } = track((scope) => {
      if (failing) throw new Error('selector broke');
      return scope instanceof HTMLTextAreaElement ? scope : scope.querySelector('textarea');
    });
    expect(input.current()).toBeNull();
    failing = false;
    const heard: string[] = [];
    input.onChange(() => {
      throw new Error('listener broke');
    });
    input.onChange((next) => heard.push(next?.localName ?? 'none'));
    document.body.append(document.createElement('textarea'));
    await flush();
    expect(heard).toEqual(['textarea']);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('ignores our own UI, and stops when the page is left', async () => {
    document.body.innerHTML = '<main></main>';
    const { find, scopes } = chatFirstFinder();
    const { input } = track(find);
    const ours = document.createElement('kefu-palette');
    ours.innerHTML = '<textarea class="reply"></textarea>';
    document.body.append(ours);
    await flush();
    expect(input.current()).toBeNull();
    controller.abort();
    document.body.insertAdjacentHTML('beforeend', '<textarea class="reply"></textarea>');
    await flush();
    expect(input.current()).toBeNull();
    expect(scopes).toEqual([document]);
  });
});
