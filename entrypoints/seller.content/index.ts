import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnSellerPage } from '../../lib/content/run';
import { SELLER_HOST_PATTERNS } from '../../lib/sites/hosts';

export default defineContentScript({
  matches: SELLER_HOST_PATTERNS,
  runAt: 'document_idle',
  main: runOnSellerPage,
});
