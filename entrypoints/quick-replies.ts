import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountQuickReplies } from '../lib/features/quick-replies/palette';

// The quick-reply palette and insertion engine, imported by the content script on first use
// (lib/features/quick-replies/index.ts): it runs in the content script's isolated world.
export default defineUnlistedScript(() => {
  globalThis.kefuMountQuickReplies = mountQuickReplies;
});
