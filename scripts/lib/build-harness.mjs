// Builds the e2e harness pages' scripts (tests/harness/*.ts, with the real React, Vue and Quill
// from npm) into tests/fixtures/harness/dist/, served by the fixture server. Runs before every
// e2e run (Playwright global setup): esbuild takes well under a second.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCES = fileURLToPath(new URL('../../tests/harness/', import.meta.url));
const OUT = fileURLToPath(new URL('../../tests/fixtures/harness/dist/', import.meta.url));

export async function buildHarness() {
  const entryPoints = readdirSync(SOURCES)
    .filter((name) => name.endsWith('.ts') && name !== 'shared.ts')
    .map((name) => `${SOURCES}${name}`);
  await build({
    entryPoints,
    outdir: OUT,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
}
