import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { requestDueList } from '../lib/pages/popup/due-request';

// popup.html loads this small classic script `async`: it runs as soon as it arrives, while the popup's
// module graph is still loading, so the due list (what the agent opens the popup for) is asked first.
export default defineUnlistedScript(() => {
  performance.mark('kefu-lens:due-list-asked');
  globalThis.kefuFirstDue = requestDueList();
});
