import { defineConfig } from 'wxt';
import { OPEN_QUICK_REPLIES_COMMAND, OPEN_QUICK_REPLIES_KEYS } from './lib/commands';
import { chromeLocaleFiles } from './assets/locales/chrome-messages';
import { SELLER_HOST_PATTERNS } from './lib/sites/hosts';

// Explicit imports only (design rule 9): every dependency is visible and mockable.
export default defineConfig({
  imports: false,
  hooks: {
    // Chrome's _locales come from the typed catalogs (assets/locales), never written by hand.
    'build:publicAssets': (_wxt, files) => {
      files.push(...chromeLocaleFiles());
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'activeTab'],
    host_permissions: SELLER_HOST_PATTERNS,
    // Asked for one site at a time, from the popup, when the agent enables a console we do not know.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    // The quick-reply palette, loaded by the content script on first use (not at every page load);
    // on the seller back-ends and on sites the agent enabled. A per-session URL keeps pages from
    // probing for the extension by a fixed address.
    web_accessible_resources: [{ resources: ['quick-replies.js'], matches: ['*://*/*'], use_dynamic_url: true }],
    commands: {
      [OPEN_QUICK_REPLIES_COMMAND]: {
        suggested_key: OPEN_QUICK_REPLIES_KEYS,
        description: '__MSG_commandOpenQuickReplies__',
      },
    },
  },
});
