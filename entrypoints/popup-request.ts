import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstDue } from '../lib/pages/popup/first-request';

// A classic script at the top of the popup's page: the browser runs it as soon as the page has a script
// context, before it has fetched and run the popup's modules. It reads the due list the background kept
// and asks the background for it, that much earlier.
export default defineUnlistedScript(startFirstDue);
