// `npm test`: type checking, unit tests, the production build and its size budget, then the
// end-to-end tests in real Chromium with the built extension.
import { findChromium, HOW_TO_INSTALL_CHROMIUM } from './lib/chromium.mjs';
import { run } from './lib/build.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(HOW_TO_INSTALL_CHROMIUM);
  process.exit(1);
}
run('npx', ['tsc', '--noEmit']);
run('npx', ['vitest', 'run']);
run('npx', ['wxt', 'build']);
run('node', ['scripts/size.mjs']);
run('npx', ['playwright', 'test']);
