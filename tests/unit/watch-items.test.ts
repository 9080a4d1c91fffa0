// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    // Attribute changes (our own marks) and our own UI going in or out are not content changes.
    first!.setAttribute('data-kefu-sender', 'buyer');
    const badge = first!.appendChild(document.createElement('kefu-badge'));
    await flush();
    badge.remove();
    await flush();
    expect(watched.batches).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('tells a row read again what it read as before', async () => {
    document.body.innerHTML = '<div id="list"><div class="row">a</div></div>';
    const seen: Array<[string, string | undefined]> = [];
    controller = new AbortController();
    const read = (item: Element, previous: string | undefined) => (seen.push([item.textContent ?? '', previous]), item.textContent ?? '');
    watchItems(finder, { read, write: () => {} }, controller.signal, { label: 'test', rereadChanged: true });
    document.querySelector('.row')!.firstChild!.textContent = 'b';
    await flush();
    expect(seen).toEqual([['a', undefined], ['b', 'a']]);
  });

  it('hands a row the page takes out to forget, with what it read as last; put back, it is read again', async () => {
    document.body.innerHTML = '<div id="list"><div class="row">a</div><div class="row">b</div></div>';
    const forgotten: string[] = [];
    const batches: string[][] = [];
    controller = new AbortController();
    const pass = { read: (item: Element) => item.textContent ?? '', write: (texts: string[]) => batches.push(texts), forget: (_item: Element, last: string) => forgotten.push(last) };
    watchItems(finder, pass, controller.signal, { label: 'test', rereadChanged: true });
    const list = document.getElementById('list')!;
    const first = list.firstElementChild!;
    // Moved within the page: neither forgotten nor read again.
    list.append(first);
    await flush();
    first.remove();
    await flush();
    expect(forgotten).toEqual(['a']);
    list.append(first);
    await flush();
    expect(batches).toEqual([['a', 'b'], ['a']]);
  });

  it('reads a big list in slices that yield between them, and writes it once, in its last slice', async () => {
    document.body.innerHTML = `<div id="list">${Array.from({ length: 100 }, (_, i) => `<div class="row">${i}</div>`).join('')}</div>`;
    // Each row takes a millisecond to read: a slice reads its minimum of rows (past its 8 ms budget), then yields.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slices: number[] = [];
    const writes: string[][] = [];
    const pass = { read: (item: Element) => ((clock += 1), item.textContent ?? ''), write: (texts: string[]) => writes.push(texts) };
    const measure = vi.spyOn(performance, 'measure').mockImplementation(((_name: string, options: { detail: { items: number } }) => {
      slices.push(options.detail.items);
    }) as never);
    controller = new AbortController();
    watchItems(finder, pass, controller.signal, { label: 'test' });
    expect(slices).toEqual([24]);
    expect(writes).toEqual([]);
    for (let i = 0; i < 6; i++) await flush();
    expect(slices).toEqual([24, 24, 24, 24, 4]);
    expect(writes).toEqual([Array.from({ length: 100 }, (_, i) => String(i))]);
    measure.mockRestore();
    vi.mocked(performance.now).mockRestore();
  });

  it('sizes slices by time: cheap rows are read many to a slice', async () => {
    document.body.innerHTML = `<div id="list">${Array.from({ length: 100 }, (_, i) => `<div class="row">${i}</div>`).join('')}</div>`;
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const slices: number[] = [];
    const measure = vi.spyOn(performance, 'measure').mockImplementation(((_name: string, options: { detail: { items: number } }) => {
      slices.push(options.detail.items);
    }) as never);
    controller = new AbortController();
    watchItems(finder, { read: () => (clock += 0.125), write: () => {} }, controller.signal, { label: 'test' });
    for (let i = 0; i < 3; i++) await flush();
    expect(slices).toEqual([64, 36]);
    measure.mockRestore();
    vi.mocked(performance.now).mockRestore();
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
