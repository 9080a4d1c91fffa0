import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnSellerPage } from '../../lib/content/run';
import { hostPatterns, PLATFORM_HOSTS } from '../../lib/sites/hosts';
import { shopee } from '../../lib/sites/shopee';

// One content script per platform: a seller page loads its own platform's adapter only.
export default defineContentScript({
  matches: hostPatterns(PLATFORM_HOSTS.shopee),
  runAt: 'document_idle',
  main: (ctx) => runOnSellerPage(ctx, shopee),
});
