import { startFixtureServer } from '../../scripts/lib/fixture-server.mjs';

/** One fixture server for the whole run; its port reaches the tests through the environment. */
export default async function globalSetup() {
  const server = await startFixtureServer();
  process.env.KEFU_FIXTURE_PORT = String(server.port);
  return () => server.close();
}
