import { buildHarness } from '../../scripts/lib/build-harness.mjs';
import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';

/** One fixture server for the whole run; its port reaches the tests through the environment. */
export default async function globalSetup() {
  // The editor harness pages are built from source on every run (no committed bundles).
  await buildHarness();
  const server = await startFixtureServer();
  process.env.KEFU_FIXTURE_PORT = String(server.port);
  return () => server.close();
}
