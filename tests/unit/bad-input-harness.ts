import { emptyStatus } from '../../lib/content/run';
import { flagReviews } from '../../lib/features/flag-reviews';
import { createTranslator } from '../../lib/i18n';
import { wholeReview } from '../../lib/sites/checked-review';
import type { SiteAdapter } from '../../lib/sites/types';
import { NO_INPUT } from '../../lib/dom/track-input';

/** happy-dom never reports intersections: this one says every row is near the viewport at once. */
export class EverythingVisible {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target, isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  unobserve() {}
  disconnect() {}
}

/**
 * Runs an adapter and the flag-reviews feature over `markup`: what the reader made of each row, the
 * popup counts, and how many badges were placed. Callers mock `sendMessage` (vi.mock is per file).
 */
export function readWithFeature(adapter: SiteAdapter, markup: string) {
  document.documentElement.innerHTML = `<head><title>t</title></head><body>${markup}</body>`;
  const reader = adapter.reviews!;
  // Each row in full, its details read with it, as the fixtures' expected files hold them.
  const readings = reader.findItems(document).map((row) => {
    const reading = reader.read(row);
    return reading.ok ? { ...reading, review: wholeReview(reading)! } : reading;
  });
  const controller = new AbortController();
  const observer = globalThis.IntersectionObserver;
  globalThis.IntersectionObserver = EverythingVisible as unknown as typeof IntersectionObserver;
  const status = emptyStatus(adapter.platform, 'reviews');
  flagReviews.init({ signal: controller.signal, adapter, input: NO_INPUT, status, t: createTranslator('zh-CN') });
  const badges = document.querySelectorAll('kefu-badge').length;
  controller.abort();
  globalThis.IntersectionObserver = observer;
  return { readings, reviews: status.reviews, badges };
}
