import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountReviewPanel } from '../lib/features/flag-reviews/panel';
import { mountQuickReplies } from '../lib/features/quick-replies/palette';

// The quick-reply palette and insertion engine, imported by the content script on first use
// (lib/features/quick-replies/index.ts): it runs in the content script's isolated world. The review panel
// (with its suggestions and remedies) ships here too, loaded when the first panel opens.
export default defineUnlistedScript(() => {
  globalThis.kefuMountQuickReplies = mountQuickReplies;
  globalThis.kefuMountReviewPanel = mountReviewPanel;
});
