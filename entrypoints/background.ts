import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from '../lib/background/commands';
import { registerCaseHandlers } from '../lib/background/cases';
import { createFollowUps } from '../lib/background/follow-ups';
import { registerHandlers } from '../lib/background/handlers';
import { recordStorageProblem } from '../lib/background/storage-health';
import { watchUserHosts } from '../lib/background/user-hosts';
import { createWatcher } from '../lib/background/watch';
import { createTranslator } from '../lib/i18n';
import { openKefuDb } from '../lib/storage/db';

export default defineBackground(() => {
  const db = openKefuDb();
  db.catch(recordStorageProblem);
  // Cases and follow-ups (issue 7): alarms are re-armed from IndexedDB at every worker start.
  const t = createTranslator(navigator.language);
  const followUps = createFollowUps(db, t);
  registerHandlers(db, followUps);
  watchUserHosts();
  registerCommands();
  registerCaseHandlers(db, followUps, createWatcher(db, t));
  void followUps.rearm();
});
