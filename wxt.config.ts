import { defineConfig } from 'wxt';
import { OPEN_QUICK_REPLIES_COMMAND, OPEN_QUICK_REPLIES_KEYS } from './lib/commands';
import { SELLER_HOST_PATTERNS } from './lib/sites/hosts';

// Explicit imports only (design rule 9): every dependency is visible and mockable.
export default defineConfig({
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: SELLER_HOST_PATTERNS,
    action: { default_title: '__MSG_extName__' },
    // The quick-reply palette, loaded by the content script on first use (not at every page load).
    web_accessible_resources: [{ resources: ['quick-replies.js'], matches: SELLER_HOST_PATTERNS }],
    commands: {
      [OPEN_QUICK_REPLIES_COMMAND]: {
        suggested_key: OPEN_QUICK_REPLIES_KEYS,
        description: '__MSG_commandOpenQuickReplies__',
      },
    },
  },
});
