import { defineConfig } from 'wxt';
import { SELLER_HOST_PATTERNS } from './lib/sites/hosts';

// Explicit imports only (design rule 9): every dependency is visible and mockable.
export default defineConfig({
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'activeTab'],
    host_permissions: SELLER_HOST_PATTERNS,
    // Asked for one site at a time, from the popup, when the agent enables a console we do not know.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
  },
});
