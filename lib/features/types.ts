import type { PageKind } from '../domain/platforms';
import type { PageMessageKey, Translate } from '../i18n';
import type { PageStatus } from '../messaging/protocol';
import type { TrackedInput } from '../dom/track-input';
import type { SiteAdapter } from '../sites/types';

export interface FeatureContext {
  /** Aborted when the agent leaves the page or the extension is updated: everything hangs on it. */
  signal: AbortSignal;
  adapter: SiteAdapter;
  /** The input the agent types into (the adapter's `findInput`), tracked once for every feature. */
  input: TrackedInput;
  /** What the popup shows about this page; features count what they read into it. */
  status: PageStatus;
  t: Translate<PageMessageKey>;
}

/** One feature = one id = one folder = one registry line. Features never hold selectors. */
export interface Feature {
  id: string;
  pageKinds: readonly PageKind[];
  init(context: FeatureContext): void | Promise<void>;
}
