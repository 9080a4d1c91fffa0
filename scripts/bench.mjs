// `npm run bench`: performance figures measured in real Chromium with the built extension, as
// medians over several runs, printed with their targets. Figures, not assertions.
import { chromium } from '@playwright/test';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { run } from './lib/build.mjs';
import { chromiumArgs, findChromium, freshProfile, HOW_TO_INSTALL_CHROMIUM } from './lib/chromium.mjs';
import { hostResolverRules, startFixtureServer } from './lib/fixture-server.mjs';
import { BENCH_URL, benchReviewPage, reviewPage } from './bench/review-page.mjs';
import { benchCases } from './bench/cases.mjs';

// `--only cases` or `--only review-page` runs one group of figures.
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'no-build': { type: 'boolean', default: false }, only: { type: 'string' } } });
const runs = Number(values.runs);
const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_INSTALL_CHROMIUM);
  process.exit(1);
}
if (!values['no-build']) run('npx', ['wxt', 'build']);

const server = await startFixtureServer({ generated: { [BENCH_URL]: reviewPage() } });
const profile = freshProfile('bench');
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  locale: 'zh-CN',
  args: chromiumArgs(hostResolverRules(server.port)),
});
if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');

const wanted = (group) => !values.only || values.only === group;
const rows = [...(wanted('review-page') ? await benchReviewPage({ context, runs }) : []), ...(wanted('cases') ? await benchCases({ context, runs }) : [])];
await context.close();
await server.close();
rmSync(profile, { recursive: true, force: true });

console.log(`\nKefu Lens benchmarks — Chromium ${context.browser()?.version() ?? ''} headless, medians of ${runs} runs\n`);
for (const [name, value, unit, note] of rows) console.log(`${name.padEnd(52)} ${value.toFixed(2).padStart(9)} ${unit}   ${note}`);
