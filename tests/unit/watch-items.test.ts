// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchItems } from '../../lib/dom/watch-items';
import type { ItemFinder } from '../../lib/sites/types';

const finder: ItemFinder = {
  findItems: (scope) => [...(scope instanceof Element && scope.matches('.row') ? [scope] : []), ...scope.querySelectorAll('.row')],
  itemOf: (node) => node.closest('.row'),
};

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function watch(options?: { rereadChanged?: boolean }) {
  const batches: string[][] = [];
  const controller = new AbortController();
  watchItems(finder, { read: (item) => item.textContent ?? '', write: (texts) => batches.push(texts) }, controller.signal, { label: 'test', ...options });
  return { batches, controller };
}

describe('watchItems', () => {
  let controller: AbortController | undefined;
  afterEach(() => controller?.abort());

  it('hands over present rows, then added ones, each once', async () => {
    document.body.innerHTML = '<div id="list"><div class="row">a</div></div>';
    const watched = watch();
    controller = watched.controller;
    const row = document.createElement('div');
    row.className = 'row';
    row.textContent = 'b';
    document.getElementById('list')!.append(row);
    await flush();
    row.firstChild!.textContent = 'b2';
    await flush();
    expect(watched.batches).toEqual([['a'], ['b']]);
  });

  it('with rereadChanged, a recycled row is handed over again when its text or children change', async () => {
    document.body.innerHTML = '<div id="list"><div class="row"><span>a</span></div><div class="row"><span>b</span></div></div>';
    const watched = watch({ rereadChanged: true });
    controller = watched.controller;
    const [first, second] = document.querySelectorAll('.row');
    first!.querySelector('span')!.firstChild!.textContent = 'c';
    await flush();
    second!.replaceChildren(Object.assign(document.createElement('b'), { textContent: 'd' }));
    await flush();
    // Attribute changes (our own marks) are not content changes.
    first!.setAttribute('data-kefu-sender', 'buyer');
    await flush();
    expect(watched.batches).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('stops when aborted', async () => {
    document.body.innerHTML = '<div id="list"></div>';
    const watched = watch({ rereadChanged: true });
    watched.controller.abort();
    document.getElementById('list')!.innerHTML = '<div class="row">x</div>';
    await flush();
    expect(watched.batches).toEqual([]);
  });
});
