import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from '../lib/background/commands';
import { registerHandlers } from '../lib/background/handlers';
import { openKefuDb } from '../lib/storage/db';

export default defineBackground(() => {
  registerHandlers(openKefuDb());
  registerCommands();
});
