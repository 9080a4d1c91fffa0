// Prints the built extension's script sizes, raw and gzip; fails when the content script's
// initial bundle passes its budget (issue 2: under 25 kB gzip).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.output/chrome-mv3';
const CONTENT_BUDGET_GZIP = 25 * 1024;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|css|json)$/.test(name)) yield path;
  }
}

/** Each platform has its own content script: the budget holds for the largest. */
let contentGzip = 0;
let largestContent = '';
const rows = [];
for (const path of files(OUT)) {
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  rows.push([relative(OUT, path), bytes.length, gzip]);
  if (path.includes('content-scripts/') && path.endsWith('.js') && gzip > contentGzip) {
    contentGzip = gzip;
    largestContent = relative(OUT, path);
  }
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
rows.sort((a, b) => b[1] - a[1]);
for (const [path, raw, gzip] of rows) console.log(`${path.padEnd(48)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(9)} gzip`);
console.log(`\nlargest initial content script: ${largestContent}, ${kb(contentGzip)} gzip, budget ${kb(CONTENT_BUDGET_GZIP)}`);
if (contentGzip > CONTENT_BUDGET_GZIP) {
  console.error('content script over budget');
  process.exit(1);
}
