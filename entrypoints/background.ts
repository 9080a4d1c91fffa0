import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from '../lib/background/commands';
import { registerHandlers } from '../lib/background/handlers';
import { watchUserHosts } from '../lib/background/user-hosts';
import { openKefuDb } from '../lib/storage/db';

export default defineBackground(() => {
  registerHandlers(openKefuDb());
  watchUserHosts();
  registerCommands();
});
