// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackInput } from '../../lib/dom/track-input';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Finds `textarea.reply` at or below a scope, recording every scope it was asked about. */
function replyBoxFinder() {
  const scopes: ParentNode[] = [];
  const find = (scope: ParentNode): HTMLElement | null => {
    scopes.push(scope);
    if (scope instanceof HTMLTextAreaElement && scope.matches('.reply')) return scope;
    return scope.querySelector<HTMLElement>('textarea.reply');
  };
  return { find, scopes };
}

describe('trackInput', () => {
  let controller = new AbortController();
  afterEach(() => controller.abort());

  const track = (find: (scope: ParentNode) => HTMLElement | null) => {
    controller = new AbortController();
    const input = trackInput(find, controller.signal);
    const changes: Array<HTMLElement | null> = [];
    input.onChange((next) => changes.push(next));
    return { input, changes };
  };

  it('finds the input the page shows at start, and searches nothing more while the page is still', async () => {
    document.body.innerHTML = '<main><p>列表</p><textarea class="reply"></textarea></main>';
    const { find, scopes } = replyBoxFinder();
    const { input, changes } = track(find);
    expect(input.current()).toBe(document.querySelector('textarea'));
    for (let i = 0; i < 100; i++) input.current();
    await flush();
    expect(scopes).toEqual([document]);
    expect(changes).toEqual([]);
  });

  it('looks only into the subtrees the page adds; an input mounted later takes over', async () => {
    document.body.innerHTML = '<main><textarea class="reply" id="chat"></textarea></main>';
    const { find, scopes } = replyBoxFinder();
    const { input, changes } = track(find);
    const rows = document.createElement('ul');
    rows.innerHTML = '<li>第一行</li><li>第二行</li>';
    document.body.append(rows);
    await flush();
    expect(input.current()?.id).toBe('chat');
    const dialog = document.createElement('div');
    dialog.innerHTML = '<h2>快捷回复</h2><textarea class="reply" id="dialog"></textarea>';
    document.body.append(dialog);
    await flush();
    expect(input.current()?.id).toBe('dialog');
    expect(changes.map((el) => el?.id)).toEqual(['dialog']);
    expect(scopes).toEqual([document, rows, dialog]);
  });

  it('searches the page again once the input left it, and says so', async () => {
    document.body.innerHTML = '<main><textarea class="reply" id="chat"></textarea></main><div id="dialog"><textarea class="reply" id="reply"></textarea></div>';
    const { find, scopes } = replyBoxFinder();
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

  it('looks at what the agent focuses (an input built without a change the page reports)', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const box = document.createElement('textarea');
    const find = vi.fn((scope: ParentNode) => (scope === host ? box : null));
    const { input } = track(find);
    expect(input.current()).toBeNull();
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(input.current()).toBe(box);
    expect(find).toHaveBeenLastCalledWith(host);
  });

  it('ignores our own UI, and stops when the page is left', async () => {
    document.body.innerHTML = '<main></main>';
    const { find, scopes } = replyBoxFinder();
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
