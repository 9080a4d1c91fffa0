import type { ItemFinder } from '../sites/types';
import { observeAddedElements } from './observe';

/** A slice of reading ends once it has worked this long: input and frames of the page get a turn between slices. */
const SLICE_BUDGET_MS = 8;
/** The clock is read once every this many items: reading it costs about a microsecond, as much as a cheap item. */
const ITEMS_PER_CLOCK_READ = 8;
/** Read in every slice whatever the clock says, so reading always moves on (a multiple of the above). */
const MIN_ITEMS_PER_SLICE = 3 * ITEMS_PER_CLOCK_READ;

export interface WatchOptions {
  /** Names the User Timing measure `kefu-lens:<label>` each slice of reading is recorded as. */
  label: string;
  /**
   * Hand an item over again when its content changes in place (a recycled row of a virtualised
   * list, a row the framework patched for the next page). `read` then gets what the item read as
   * before; the item may no longer read. Items the page takes out go to `forget`.
   */
  rereadChanged?: boolean;
}

/**
 * What a consumer does with the items of a list: `read` each one, then `write` what a whole batch
 * read at once. A write that restyles the host page belongs in `write`: on a big table one restyle
 * and repaint costs more than reading hundreds of rows, so a batch spread over several slices is
 * written once, in its last slice. `read` may only write what no stylesheet reads.
 */
export interface ItemPass<T> {
  /** `previous`: what the item read as before, when it is read again (`rereadChanged`). */
  read(item: Element, previous: T | undefined): T;
  write(readings: T[]): void;
  /** An item the page took out (the list replaced, the next page rendered): what it read as last (`rereadChanged`). */
  forget?(item: Element, last: T): void;
}

/** Lets the page's input and rendering run before reading goes on. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Hands every item of a list page to `pass` once: those present now, then those added later
 * (infinite scroll, list replaced by the framework), read from the added subtrees only; with
 * `rereadChanged`, again whenever something inside it changes. Reading runs in slices of about
 * 8 ms, so the page never waits on one long task; each slice is recorded as a User Timing measure
 * (visible in DevTools and to the benchmark), so the cost to the host page is measurable.
 */
export function watchItems<T>(finder: ItemFinder, pass: ItemPass<T>, signal: AbortSignal, options: WatchOptions): void {
  const seen = new WeakSet<Element>();
  /** What each item on the page read as last, kept only for items that may be read again. */
  const lastReadings = options.rereadChanged ? new Map<Element, T>() : null;
  /** Batches waiting to be read, oldest first; the first one is being read. */
  const queue: Array<{ items: Element[]; next: number; readings: T[] }> = [];

  const readSlice = () => {
    const batch = queue[0];
    if (signal.aborted || !batch) return;
    const start = performance.now();
    const first = batch.next;
    const { items, readings } = batch;
    while (batch.next < items.length) {
      const item = items[batch.next++]!;
      const reading = pass.read(item, lastReadings?.get(item));
      lastReadings?.set(item, reading);
      readings.push(reading);
      const count = batch.next - first;
      if (count >= MIN_ITEMS_PER_SLICE && count % ITEMS_PER_CLOCK_READ === 0 && performance.now() - start >= SLICE_BUDGET_MS) break;
    }
    const done = batch.next === batch.items.length;
    if (done) {
      queue.shift();
      pass.write(batch.readings);
    }
    performance.measure(`kefu-lens:${options.label}`, { start, detail: { items: batch.next - first } });
    if (queue.length > 0) void yieldToPage().then(readSlice);
  };

  const handle = (candidates: Iterable<Element>, changed: Iterable<Element> = []) => {
    const batch = new Set<Element>();
    for (const item of candidates) {
      if (seen.has(item)) continue;
      seen.add(item);
      batch.add(item);
    }
    for (const item of changed) {
      seen.add(item);
      batch.add(item);
    }
    if (batch.size === 0) return;
    queue.push({ items: [...batch], next: 0, readings: [] });
    // A batch behind one still being read waits for its turn.
    if (queue.length === 1) readSlice();
  };
  handle(finder.findItems(document));
  const owners = (elements: Element[]) => {
    const items = new Set<Element>();
    for (const el of elements) {
      const owner = finder.itemOf(el);
      if (owner) items.add(owner);
    }
    return items;
  };
  /** Items the page took out are forgotten (their readings handed to `forget`); put back later, they are read again. */
  const forgetRemoved = (last: Map<Element, T>) => {
    for (const [item, reading] of last) {
      if (item.isConnected) continue;
      last.delete(item);
      seen.delete(item);
      pass.forget?.(item, reading);
    }
  };
  observeAddedElements(
    document.body,
    (added) => {
      const candidates = owners(added);
      for (const el of added) for (const item of finder.findItems(el)) candidates.add(item);
      handle(candidates);
    },
    signal,
    // A changed element's item is re-read; the list around it is not re-scanned.
    lastReadings ? { onChanged: (changed) => handle([], owners(changed)), onRemoved: () => forgetRemoved(lastReadings) } : {},
  );
}
