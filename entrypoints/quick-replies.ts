import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountReplySection } from '../lib/features/flag-reviews/reply-section';
import { mountQuickReplies } from '../lib/features/quick-replies/palette';

// The quick-reply palette and insertion engine, imported by the content script on first use
// (lib/features/quick-replies/index.ts): it runs in the content script's isolated world. The review panel's
// reply section (suggestions, remedies) ships here too, loaded when a panel opens.
export default defineUnlistedScript(() => {
  globalThis.kefuMountQuickReplies = mountQuickReplies;
  globalThis.kefuMountReplySection = mountReplySection;
});
