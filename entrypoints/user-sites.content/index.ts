import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnSellerPage } from '../../lib/content/run';

// Sites the agent enabled from the popup: registered at runtime for the granted origins only
// (lib/background/user-hosts.ts); custom adapters and the generic reader run there.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runOnSellerPage(ctx, null),
});
